"""The learner's sentences (kiosk.turtle.messages): one for every checker feedback and every
error code, with the line or block, every placeholder filled, Spanish for every English source."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kiosk.turtle.messages as messages_module
from kiosk.turtle.messages import SENTENCES, TurtleMessages, all_sources, message
from kiosk.turtle.model import Feedback, TurtleError

STRINGS = Path("/work/i12-strings/i12-check.json")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
MISSING = re.compile(r"(^|[\s\u201c(])\?([\s\u201d.,;:)]|$)")  # a "?" standing for a missing param

# every code kiosk.turtle.check produces, with the params it gives
FEEDBACK = [
    Feedback("nothing-drawn"), Feedback("sides", {"have": 3, "want": 4}), Feedback("wrong-place"),
    Feedback("pen-up-forgotten", {"count": 1, "line": 4}), Feedback("missing-turn", {"line": 2}),
    Feedback("extra-turn", {"line": 3}), Feedback("wrong-direction", {"want": "left", "line": 2}),
    Feedback("wrong-direction", {"want": "right"}), Feedback("wrong-angle", {"have": 60, "want": 90, "line": 2}),
    Feedback("too-long", {"have": 120, "want": 100, "line": 1}), Feedback("too-short", {"have": 80, "want": 100}),
    Feedback("not-closed"), Feedback("extra-lines", {"count": 1}), Feedback("extra-lines", {"count": 3}),
    Feedback("missing-lines", {"count": 1}), Feedback("missing-lines", {"count": 2}), Feedback("extra-parts"),
    Feedback("missing-parts"), Feedback("wrong-color", {"have": "red", "want": "blue", "line": 2}),
    Feedback("nothing-printed", {"want": "10"}), Feedback("output-wrong", {"number": 2, "have": "21", "want": "20"}),
    Feedback("output-missing", {"number": 2, "want": "20"}), Feedback("output-extra", {"number": 3, "have": "30"}),
    Feedback("must-use", {"what": "loop"}), Feedback("must-use", {"what": "if"}), Feedback("must-use", {"what": "def"}),
    Feedback("must-use", {"what": "variable"}), Feedback("must-use", {"what": "while"}),
    Feedback("too-many-blocks", {"have": 8, "max": 4}),
    Feedback("too-many-lines", {"have": 8, "max": 5}), Feedback("ideal-blocks", {"ideal": 3, "have": 5}),
]
# every code the language, interpreter and sandbox raise (kiosk/turtle/language.py's docstring)
ERRORS = [
    TurtleError("syntax", 2, {"kind": "indentation", "text": "avanzar(10)"}),
    TurtleError("syntax", 2, {"kind": "unclosed", "text": ""}), TurtleError("syntax", 2, {"kind": "too-complex"}),
    TurtleError("syntax", 2, {"kind": "other", "text": "x ="}),
    TurtleError("not-allowed", 1, {"what": "import"}), TurtleError("not-allowed", 1, {"what": "attribute", "name": "x"}),
    TurtleError("not-allowed", 1, {"what": "operator", "op": "@"}), TurtleError("not-allowed", 1, {"what": "zzz"}),
    TurtleError("private-name", 1, {"name": "__class__"}), TurtleError("forbidden-name", 1, {"name": "open"}),
    TurtleError("reserved-name", 1, {"name": "avanzar"}),
    TurtleError("unknown-command", 1, {"name": "avanzr", "suggestion": "avanzar"}),
    TurtleError("unknown-command", 1, {"name": "saltar", "suggestion": None}),
    TurtleError("outside-loop", 1, {"word": "break"}), TurtleError("outside-function", 1, {}),
    TurtleError("unknown-name", 3, {"name": "lado", "suggestion": None}),
    TurtleError("unknown-name", 3, {"name": "ladoo", "suggestion": "lado"}),
    TurtleError("unbound-local", 3, {"name": "n"}), TurtleError("too-many-steps", 4, {"limit": 100000}),
    TurtleError("too-many-moves", 4, {"limit": 10000}), TurtleError("number-too-big", 2, {"limit": 1e9}),
    TurtleError("string-too-long", 2, {"limit": 10000}),
    TurtleError("collection-too-big", 2, {"limit": 10000, "what": "range"}), TurtleError("too-deep", 5, {"limit": 50}),
    TurtleError("too-much-output", 2, {"lines": 200, "chars": 10000}), TurtleError("division-by-zero", 2, {"op": "/"}),
    TurtleError("type-mismatch", 2, {"op": "+", "left": "number", "right": "text"}),
    TurtleError("bad-argument", 2, {"name": "avanzar", "position": 1, "expected": "number", "got": "text"}),
    TurtleError("wrong-arg-count", 2, {"name": "avanzar", "expected": "1", "got": 2}),
    TurtleError("wrong-arguments", 2, {"name": "avanzar", "expected": "1", "got": 0}),
    TurtleError("not-a-number", 2, {"op": "**"}), TurtleError("not-callable", 3, {"name": "lado"}),
    TurtleError("bad-argument", 2, {"name": "rango", "position": 3, "expected": "not-zero", "got": "number"}),
    TurtleError("not-allowed", 1, {"what": "other", "node": "Await"}),
    TurtleError("unknown-color", 2, {"color": "rojizo"}), TurtleError("not-iterable", 2, {"got": "number"}),
    TurtleError("index-error", 2, {"index": 5, "length": 3}), TurtleError("index-type", 2, {"got": "text"}),
    TurtleError("out-of-memory", None, {}), TurtleError("timeout", None, {"seconds": 5}),
    TurtleError("crashed", None, {"exitcode": -9}),
]
ALL = FEEDBACK + ERRORS
TYPE_MISMATCH = next(e for e in ERRORS if e.code == "type-mismatch")
GENERAL = message(TurtleError("no-such-code"), "en")


@pytest.mark.parametrize("item", ALL, ids=lambda i: f"{i.code}-{sorted(i.params.items(), key=str)}")
def test_every_code_has_its_own_sentence_with_every_placeholder_filled(item):
    for variant in range(3):
        for where in ("line", "block"):
            text = message(item, "en", where=where, variant=variant)
            assert text and "{" not in text and "}" not in text and not MISSING.search(text), text
            assert "None" not in text and "Traceback" not in text
            assert GENERAL not in text, item.code


def test_the_line_or_the_block_is_named():
    item = Feedback("too-long", {"have": 120, "want": 100, "line": 3})
    assert message(item, "en", variant=1) == "Line 3: That line is too long: 120 steps instead of 100."
    assert message(item, "en", where="block", variant=1).startswith("Block 3: ")
    err = TurtleError("unknown-name", 4, {"name": "avanzr", "suggestion": "avanzar"})
    assert message(err, "en") == "Line 4: The turtle does not know avanzr. Did you mean avanzar?"
    assert not message(Feedback("sides", {"have": 3, "want": 4}), "en").startswith("Line")
    assert not message(TurtleError("timeout", None, {"seconds": 5}), "en").startswith("Line")


def test_the_words_in_params_are_words():
    assert "a number and a text" in message(TYPE_MISMATCH, "en")
    assert message(Feedback("wrong-color", {"have": "red", "want": "blue"}), "en", variant=0) == \
        "This line should be in blue, not in red."
    assert "#ff0000" in message(Feedback("wrong-color", {"have": "#ff0000", "want": "blue"}), "en")
    assert message(TurtleError("not-allowed", 1, {"what": "operator", "op": "@"}), "en").startswith("Line 1: The sign @ ")
    assert "turn left" in message(Feedback("wrong-direction", {"want": "left"}), "en", variant=0)
    assert "one line" in message(Feedback("extra-lines", {"count": 1}), "en", variant=0)
    assert "3 lines" in message(Feedback("extra-lines", {"count": 3}), "en", variant=0)


def test_sentences_vary_and_the_default_is_stable():
    varied = [code for code, choices in SENTENCES.items() if len(choices) > 1]
    assert len(varied) >= 15
    item = Feedback("sides", {"have": 3, "want": 4})
    assert message(item, "en", variant=0) != message(item, "en", variant=1)
    assert message(item, "en") == message(item, "en")


def test_an_unknown_code_or_missing_params_never_crash():
    assert message(TurtleError("no-such-code", 2), "en").startswith("Line 2: Something went wrong")
    assert "?" in message(Feedback("sides", {}), "en", variant=0)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted({i.code for i in ALL}) + ["x"]),
       st.dictionaries(st.sampled_from(["have", "want", "line", "name", "what", "kind", "count", "op", "got", "{x}"]),
                       st.one_of(st.none(), st.integers(), st.text(max_size=8), st.booleans()), max_size=4),
       st.sampled_from(["line", "block", "elsewhere"]), st.integers(0, 5))
def test_any_params_give_a_sentence(code, params, where, variant):
    assert message(Feedback(code, params), "en", where=where, variant=variant)
    assert message(TurtleError(code, params.get("line") if isinstance(params.get("line"), int) else None, params),
                   "es", where=where, variant=variant)


def test_every_source_is_in_the_catalog_s_context_as_a_literal():
    """lupdate extracts only literal QT_TRANSLATE_NOOP("TurtleMessages", "...") calls."""
    tree = ast.parse(Path(messages_module.__file__).read_text(encoding="utf-8"))
    literal = {node.args[1].value for node in ast.walk(tree)
               if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
               and node.args[0].value == "TurtleMessages" and isinstance(node.args[1], ast.Constant)}
    assert set(all_sources()) == literal
    assert TurtleMessages.name == "TurtleMessages"


def test_the_spanish_strings_cover_every_source_and_keep_placeholders():
    spanish = json.loads(STRINGS.read_text(encoding="utf-8"))
    assert set(spanish) == set(all_sources())
    for source, text in spanish.items():
        assert text and sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source


def test_spanish_sentences_read_as_the_issue_asks(monkeypatch):
    spanish = json.loads(STRINGS.read_text(encoding="utf-8"))
    monkeypatch.setattr(messages_module, "translate",
                        lambda context, source, lang=None: spanish[source] if lang == "es" else source)
    assert message(Feedback("sides", {"have": 3, "want": 4}), "es", variant=0) == \
        "Tu dibujo tiene 3 lados; el objetivo, 4."
    assert message(Feedback("not-closed"), "es", variant=0) == "La figura no se cierra: la tortuga tiene que volver a donde empezó."
    assert message(Feedback("extra-turn", {"line": 3}), "es", variant=0).startswith("Línea 3: Te sobró un giro.")
    assert message(Feedback("wrong-color", {"have": "red", "want": "blue"}), "es", where="block", variant=0) == \
        "Esta línea tiene que ser de color azul, no rojo."
    assert message(TYPE_MISMATCH, "es", where="block") == \
        "Bloque 2: + no funciona con un número y un texto. Fijate qué es cada valor."


def test_the_language_s_error_codes_all_have_sentences():
    """Against the codes kiosk/turtle/language_errors.py documents."""
    from kiosk.turtle import language_errors

    table = language_errors.__doc__ or ""
    documented = set(re.findall(r"``([a-z]+(?:-[a-z]+)*)`` \{", table))
    documented |= set(re.findall(r"^- ``([a-z]+(?:-[a-z]+)*)``", table, re.M))
    assert documented, "the docstring lists no codes"
    assert documented <= set(SENTENCES) | {k.split(":")[0] for k in SENTENCES}
