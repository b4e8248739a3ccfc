"""Mock messages (kiosk/content/mock.py) and the ``spot`` kind (kiosk/content/activities/spot.py):
what the lesson files say, the problems at path:line, the answers and what staff read."""

from __future__ import annotations

from pathlib import Path

import pytest
from lesson_tree import LESSON_ES, MODULE_ID, line_of

from kiosk.content.activities import KINDS, kind_of
from kiosk.content.catalog import load_catalog
from kiosk.content.mock import Mock
from kiosk.content.model import MockBlock
from kiosk.content.parser import parse_lesson

ROOT = Path(__file__).resolve().parents[2]
FRONT = LESSON_ES.split("\n---\n# Tu")[0]

SMS = """\
```mock
kind: sms
sender:
  name: "+595 900 000 417"
  id: numero
messages:
  - text: ¡Ganaste un celular!
    time: "10:42"
    id: premio
  - text: Reclamalo ya
    id: apuro
    link:
      text: acorta.do/GaNa7
      id: enlace
    attachment: premio.apk
```
"""

SPOT = """\
```quiz
id: encontrar
type: spot
prompt: Tocá las señales.
mock:
  kind: chat
  sender: {name: Desconocido, id: quien}
  messages:
    - text: Hola
      id: hola
    - text: Pasame el código de 6 números
      id: codigo
    - text: No le cuentes a nadie
      id: secreto
signs:
  - part: codigo
    kind: asks-for-code
    feedback: Nunca des el código.
    hint: ¿Qué te pide?
  - part: secreto
    kind: secrecy
    feedback: Pedir secreto es una señal.
decoys:
  - part: hola
    feedback: Saludar es normal.
```
"""


def parse(tree, body: str):
    text = f"{FRONT}\n---\n# Una página\n\n{body}"
    lesson, problems = parse_lesson(tree.lesson(text), MODULE_ID)
    return text, lesson, [(p.line, p.message) for p in problems]


def test_a_mock_block_is_a_page_block_with_its_parts(tree):
    _text, lesson, problems = parse(tree, "Mirá este mensaje:\n\n" + SMS + "\nDespués.\n")
    assert problems == []
    [page] = lesson.pages
    blocks = page.blocks
    assert [type(b).__name__ for b in blocks] == ["MarkdownBlock", "MockBlock", "MarkdownBlock"]
    mock = next(b for b in blocks if isinstance(b, MockBlock)).mock
    assert mock.kind == "sms" and mock.sender.name == "+595 900 000 417"
    assert mock.part_ids == ("numero", "premio", "apuro", "enlace")  # the attachment has no id
    assert mock.messages[1].link.text == "acorta.do/GaNa7" and mock.messages[1].attachment.text == "premio.apk"
    assert not any("mock" in b.source for b in blocks if hasattr(b, "source"))  # never shown as code


@pytest.mark.parametrize("kind", ["single", "truefalse"])
def test_real_or_fake_is_a_question_with_a_mock(tree, kind):
    fields = ("options:\n  - text: Es real\n  - text: Es falso\n    correct: true\n" if kind == "single"
              else "answer: false\n")
    body = (f"```quiz\nid: real\ntype: {kind}\nprompt: ¿Real o falso?\nmock:\n  kind: email\n"
            "  subject: Último aviso\n  sender: {name: Centro, detail: avisos@centro.xyz, verified: true}\n"
            "  time: hoy\n  messages:\n    - Confirmá tu clave\n    - link: centro.xyz/clave\n" + fields + "```\n")
    _text, lesson, problems = parse(tree, body)
    assert problems == []
    [activity] = [a for a in lesson.activities if a.id == "real"]
    assert isinstance(activity.spec, Mock) and activity.spec.kind == "email"
    assert activity.spec.subject.text == "Último aviso" and activity.spec.sender.verified
    assert kind_of(activity).evaluate(activity, kind_of(activity).solution(activity))


def test_multi_takes_no_mock(tree):
    body = ("```quiz\nid: m\ntype: multi\nprompt: ¿Cuáles?\nmock:\n  kind: sms\n  sender: X\n"
            "  messages: [hola]\noptions:\n  - text: A\n    correct: true\n  - text: B\n```\n")
    text, _lesson, problems = parse(tree, body)
    assert (line_of(text, "mock:"), "campo desconocido «mock»") in problems


@pytest.mark.parametrize("broken, needle, message", [
    ("kind: sms", "kind: whatsapp",
     "tipo de mensaje «whatsapp» desconocido (se esperaba chat, sms, email, profile, post)"),
    ("  id: numero", "  verified: si", "«verified» debe ser true o false (sin comillas)"),
    ("    id: premio", "    id: numero", "el id de parte «numero» ya se usa en la línea {numero}"),
    ("    time: \"10:42\"", "    from: yo", "«from» debe ser «me» o «them» (tiene «yo») en el mensaje 1"),
    ("    attachment: premio.apk", "    colour: red", "campo desconocido «colour»"),
    ("kind: sms", "kind: sms\nsubject: Hola", "«subject» (el asunto) es solo para «kind: email»"),
    ("    id: premio", "    id: \"premio ya\"",
     "id de parte «premio ya» no válido: usá letras sin acentos, números y guiones"),
])
def test_mock_problems_are_reported_at_their_line(tree, broken, needle, message):
    assert broken in SMS
    text, lesson, problems = parse(tree, SMS.replace(broken, needle, 1))
    expected_line = line_of(text, needle.split("\n")[-1])
    if "{numero}" in message:
        message = message.format(numero=line_of(text, "  id: numero"))
    assert (expected_line, message) in problems
    assert not any(isinstance(b, MockBlock) for page in (lesson.pages if lesson else ()) for b in page.blocks)


def test_email_only_fields_and_from_only_in_conversations(tree):
    body = "```mock\nkind: post\nsender: Club\nmessages:\n  - text: Hola\n    from: me\n```\n"
    text, _lesson, problems = parse(tree, body)
    assert (line_of(text, "from: me"), "«from» es solo para «kind: chat» o «kind: sms» en el mensaje 1") in problems


def test_a_message_needs_something_to_show(tree):
    body = "```mock\nkind: chat\nsender: X\nmessages:\n  - text: Hola\n  - time: \"10:43\"\n    id: vacio\n```\n"
    text, _lesson, problems = parse(tree, body)
    assert (line_of(text, "  - time:"), "el mensaje 2 necesita «text», «link» o «attachment»") in problems


def test_an_empty_or_unclosed_mock_block(tree):
    text, _lesson, problems = parse(tree, "```mock\n```\n")
    assert (line_of(text, "```mock"), "el bloque «mock» está vacío") in problems
    text, _lesson, problems = parse(tree, "```mock\nkind: chat\n")
    assert (line_of(text, "```mock"), "el bloque «mock» no se cierra (falta una línea ```)") in problems


def test_too_many_messages_and_too_long_a_text(tree):
    many = "```mock\nkind: chat\nsender: X\nmessages:\n" + "  - hola\n" * 13 + "```\n"
    text, _lesson, problems = parse(tree, many)
    assert (line_of(text, "messages:"), "demasiados mensajes (tiene 13; como mucho 12)") in problems
    long = "```mock\nkind: chat\nsender: X\nmessages:\n  - text: " + "a" * 401 + "\n```\n"
    text, _lesson, problems = parse(tree, long)
    assert (line_of(text, "  - text: "), "«text» es demasiado largo (más de 400 letras)") in problems


# -- spot -----------------------------------------------------------------------------------


def test_spot_parses_its_signs_and_decoys(tree):
    _text, lesson, problems = parse(tree, SPOT)
    assert problems == []
    activity = lesson.activity("encontrar")
    spec = activity.spec
    assert [(s.part, s.kind) for s in spec.signs] == [("codigo", "asks-for-code"), ("secreto", "secrecy")]
    assert spec.signs[0].hint == "¿Qué te pide?" and spec.signs[1].hint == ""
    assert [(d.part, d.feedback) for d in spec.decoys] == [("hola", "Saludar es normal.")]
    assert spec.mock.part_ids == ("quien", "hola", "codigo", "secreto")


@pytest.mark.parametrize("broken, needle, message", [
    ("  - part: codigo", "  - part: codig", "el mensaje no tiene una parte con id «codig» (tiene: codigo, hola, quien, secreto)"),
    ("    kind: secrecy", "    kind: secreto",
     "tipo de señal «secreto» desconocido (se esperaba urgency, odd-sender, asks-for-code, short-link, "
     "impossible-prize, asks-for-data, asks-for-money, odd-attachment, fake-verified, secrecy, threat, other)"),
    ("  - part: hola", "  - part: codigo", "la parte «codigo» ya se nombró en la línea {codigo}"),
    ("    feedback: Pedir secreto es una señal.", "    hint: nada", "falta el campo obligatorio «feedback» en la señal 2"),
])
def test_spot_problems_are_reported_at_their_line(tree, broken, needle, message):
    assert broken in SPOT
    text, lesson, problems = parse(tree, SPOT.replace(broken, needle, 1))
    where = {"falta": "  - part: secreto"}.get(message.split()[0], needle)
    if "{codigo}" in message:
        message = message.format(codigo=line_of(text, "  - part: codigo"))
    assert (line_of(text, where, -1 if "ya se nombró" in message else 1), message) in problems
    assert lesson is None or lesson.activity("encontrar") is None


def test_spot_needs_a_part_that_is_no_sign(tree):
    body = SPOT.replace("      id: hola\n", "\n").replace("  sender: {name: Desconocido, id: quien}",
                                                           "  sender: Desconocido")
    body = body.replace("decoys:\n  - part: hola\n    feedback: Saludar es normal.\n", "")
    text, _lesson, problems = parse(tree, body)
    assert (line_of(text, "signs:"), "todas las partes con «id» son señales: marcar todo sería la respuesta; "
            "dale un «id» también a una parte que no sea una señal") in problems


def test_spot_is_right_when_exactly_the_signs_are_marked(tree):
    _text, lesson, _problems = parse(tree, SPOT)
    activity = lesson.activity("encontrar")
    spot = KINDS["spot"]
    assert spot.evaluate(activity, frozenset({"codigo", "secreto"}))
    assert not spot.evaluate(activity, frozenset({"codigo"}))  # a sign missed
    assert not spot.evaluate(activity, frozenset({"codigo", "secreto", "hola"}))  # a decoy marked
    assert not spot.evaluate(activity, frozenset({"codigo", "secreto", "quien"}))  # another part marked
    assert spot.encode(frozenset({"secreto", "codigo"})) == {"marked": ["codigo", "secreto"]}
    assert spot.decode(activity, {"marked": ["codigo"]}) == frozenset({"codigo"})
    assert spot.decode(activity, {"marked": "codigo"}) is None and spot.decode(activity, [0]) is None


def test_staff_read_which_signs_were_found_missed_and_marked_too(tree):
    _text, lesson, _problems = parse(tree, SPOT)
    activity = lesson.activity("encontrar")
    spot = KINDS["spot"]
    answer = frozenset({"codigo", "hola"})
    assert spot.describe(activity, answer, "es") == (
        "Encontró 1 de 2 (pide un código); le faltó: pide guardar un secreto; marcó además: «Hola»")
    assert spot.describe(activity, answer, "en") == (
        "Found 1 of 2 (asks for a code); missed: asks to keep a secret; also marked: “Hola”")
    assert spot.describe(activity, frozenset({"codigo", "secreto"}), "es") == (
        "Encontró 2 de 2 (pide un código, pide guardar un secreto)")
    assert spot.describe(activity, frozenset(), "es") == "(no eligió nada)"


def test_a_translation_must_keep_the_parts_and_the_signs(tree):
    _text, lesson, _problems = parse(tree, SPOT)
    original = lesson.activity("encontrar")
    spot = KINDS["spot"]
    translated = SPOT.replace("Pasame el código de 6 números", "Send me the 6-digit code").replace(
        "Nunca des el código.", "Never give the code.")
    _text, same, _problems = parse(tree, translated)
    assert spot.mismatch(original, same.activity("encontrar")) is None  # texts are translated
    _text, other, _problems = parse(tree, SPOT.replace("kind: secrecy", "kind: urgency"))
    assert spot.mismatch(original, other.activity("encontrar")) == (
        "las señales no son las mismas (en español: codigo (asks-for-code), secreto (secrecy); "
        "aquí: codigo (asks-for-code), secreto (urgency))")
    _text, renamed, _problems = parse(tree, SPOT.replace("id: quien", "id: quien-es"))
    assert spot.mismatch(original, renamed.activity("encontrar")).startswith("las partes del mensaje no son las mismas")


def test_the_demo_lessons_use_every_mock_variant_and_spot_twice():
    catalog = load_catalog(ROOT / "lessons")
    assert [p.format() for p in catalog.problems] == []
    spot = catalog.lesson("muestra/todas-las-actividades/spot", "es")
    assert [a.kind for a in spot.activities].count("spot") >= 2
    kinds = {a.spec.mock.kind for a in spot.activities}
    assert kinds == {"sms", "chat"}
    mock = catalog.lesson("muestra/todas-las-actividades/mock", "es")
    shown = [b.mock for page in mock.pages for b in page.blocks if isinstance(b, MockBlock)]
    shown += [a.spec for a in mock.activities if isinstance(a.spec, Mock)]
    assert len([b for page in mock.pages for b in page.blocks if isinstance(b, MockBlock)]) >= 2
    assert {m.kind for m in shown} | kinds == {"chat", "sms", "email", "profile", "post"}
    assert {a.kind for a in mock.activities if isinstance(a.spec, Mock)} == {"single", "truefalse"}


def test_spot_on_a_mock_without_part_ids_says_so(tree):
    body = ("```quiz\nid: s\ntype: spot\nprompt: x\nmock:\n  kind: sms\n  sender: X\n  messages: [hola]\n"
            "signs:\n  - part: hola\n    kind: urgency\n    feedback: Apura.\n```\n")
    text, _lesson, problems = parse(tree, body)
    assert (line_of(text, "  - part: hola"),
            "el mensaje no tiene una parte con id «hola» (ninguna parte tiene «id»)") in problems
