"""``turtle``: a coding challenge -- the learner writes a program (blocks or text) that draws the
target drawn by a reference program (lessons/README.md, "turtle").

This module only reads the lesson file and says answers in words: it stays pure ``content``
(no program runs here). The reference program and the "near miss" are run by ``kiosk lessons
check`` (``kiosk/turtle/challenge.py``, wired in by the command line): the solution must run and
pass its own challenge, the near miss must fail it, and a translation's solution must draw the
same. The studio (``kiosk/ui/activities/turtle.py``) runs the learner's program in the sandbox
and checks it; the verdict travels in the answer.

An answer is a ``TurtleAnswer``: the program, whether it passed, and the rule that failed
(``"drawing"``, ``"output"``, ``"must_use:loop"``, ``"max_blocks"``, ``"error:<code>"``...),
stored as ``{"program": "...", "passed": false, "rule": "drawing"}``. The program is capped at
``MAX_PROGRAM`` characters. Two answers are equal when program and verdict are (the rule is
a detail of the verdict, not compared).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kiosk.content.model import Activity
from kiosk.content.yaml_fields import INT, Fields, MappingNode, Node, ScalarNode, SequenceNode, scalar_text

from ._base import ActivityKind, Body

MODES = ("blocks", "text")
MUST_USE = ("loop", "if", "def", "variable")
RULE_KEYS = ("must_use", "max_blocks", "max_lines", "ideal_blocks")
MAX_PROGRAM = 20_000  # characters of a learner's program kept in an attempt
MAX_REFERENCE = 4_000  # characters of a program written in the lesson file
MAX_HINTS = 5
MAX_OUTPUT_LINES = 50
TOLERANCE_RANGE = (0.0, 50.0)  # turtle units; 0 excluded
DEFAULT_TOLERANCE = 2.0
PALETTE_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SHOWN_LINES = 3  # lines of a program shown to staff


@dataclass(frozen=True)
class TurtleRules:
    """The optional structure rules (plain values: ``kiosk.turtle.model.Rules`` is built from
    them where programs run)."""

    must_use: tuple[str, ...] = ()
    max_blocks: int | None = None
    max_lines: int | None = None
    ideal_blocks: int | None = None


@dataclass(frozen=True)
class TurtleSpec:
    mode: str  # "blocks" or "text"
    solution: str  # the reference program: its drawing is the target
    near_miss: str  # a wrong program that must fail the check
    starter: str = ""  # what the editor starts with
    palette: tuple[str, ...] = ()  # blocks mode: the tiles offered (empty: the studio's default)
    tolerance: float = DEFAULT_TOLERANCE
    rules: TurtleRules = field(default_factory=TurtleRules)
    output: tuple[str, ...] | None = None  # the printed lines expected
    hints: tuple[str, ...] = ()
    solution_line: int = 0  # file line of the solution's first line (errors point into it)
    near_miss_line: int = 0
    # A free drawing: no target is shown nor compared; the learner passes by drawing something
    # that keeps the rules (the solution is one example, the near miss breaks a rule).
    free: bool = False


@dataclass(frozen=True)
class TurtleAnswer:
    """One run of the learner's program, as the studio checked it."""

    program: str
    passed: bool
    rule: str | None = field(default=None, compare=False)  # the failed rule; None when passed


def make_answer(program: str, passed: bool, rule: str | None = None) -> TurtleAnswer:
    """An answer: the program without the blank end an editor leaves, capped at ``MAX_PROGRAM``
    characters."""
    return TurtleAnswer(str(program).rstrip()[:MAX_PROGRAM], bool(passed), None if passed else rule)


_WORDS = {
    "es": {"passed": "Resuelto", "failed": "Sin resolver", "empty": "(programa vacío)",
           "lines": "{n} líneas más",
           "rules": {"drawing": "el dibujo no es el pedido", "output": "lo que muestra no es lo pedido",
                     "max_blocks": "usa demasiados bloques", "max_lines": "usa demasiadas líneas",
                     "must_use": "le falta usar {what}", "error": "el programa tiene un error ({code})"}},
    "en": {"passed": "Solved", "failed": "Not solved", "empty": "(empty program)",
           "lines": "{n} more lines",
           "rules": {"drawing": "the drawing is not the one asked for", "output": "the printed lines are not the ones asked for",
                     "max_blocks": "uses too many blocks", "max_lines": "uses too many lines",
                     "must_use": "does not use {what}", "error": "the program has an error ({code})"}},
}


def rule_words(rule: str | None, lang: str) -> str:
    """A failed rule in plain words for staff ("" for None)."""
    if not rule:
        return ""
    words = _WORDS.get(lang, _WORDS["es"])["rules"]
    name, _, detail = rule.partition(":")
    if name == "must_use":
        return words["must_use"].format(what=detail)
    if name == "error":
        return words["error"].format(code=detail or "?")
    return words.get(name, rule)


def program_excerpt(program: str, lang: str, lines: int = SHOWN_LINES) -> str:
    """The first ``lines`` non-empty lines of ``program`` joined by " / " (staff reports)."""
    words = _WORDS.get(lang, _WORDS["es"])
    code = [line.strip() for line in program.splitlines() if line.strip()]
    if not code:
        return words["empty"]
    said = " / ".join(code[:lines])
    if len(code) > lines:
        said += " … (" + words["lines"].format(n=len(code) - lines) + ")"
    return said


class Turtle(ActivityKind):
    name = "turtle"
    order = 9
    # The learner's program is text they wrote: never in a sensitive lesson.
    free_text = True
    keys = ("mode", "solution", "near_miss", "starter", "palette", "tolerance", "rules", "output",
            "hints", "free")

    # -- the lesson file ----------------------------------------------------------------------
    def parse(self, fields: Fields) -> Body | None:
        doc = fields.doc
        fields.check_required(("mode", "solution", "near_miss"))
        ok = True
        mode = fields.text("mode")
        if mode is not None and mode not in MODES:
            doc.report.add(fields.key_line("mode"),
                           f"«mode» debe ser blocks (bloques, de 8 a 11 años) o text (texto), no «{mode}»")
            ok = False
        solution, solution_line = _program(fields, "solution")
        near_miss, near_line = _program(fields, "near_miss")
        if solution is not None and near_miss is not None and _same(solution, near_miss):
            doc.report.add(fields.key_line("near_miss"),
                           "«near_miss» es igual a «solution»: escribí un programa casi bien, pero con un error")
            ok = False
        starter = ""
        if "starter" in fields:
            read, _ = _program(fields, "starter", required=False)
            ok = ok and read is not None
            starter = read or ""
        palette = _palette(fields, mode)
        tolerance = _tolerance(fields)
        rules = _rules(fields)
        output = _output(fields)
        hints = _hints(fields)
        free = fields.boolean("free") if "free" in fields else False
        if free is None:
            return None
        if (not ok or mode is None or solution is None or near_miss is None or palette is None
                or tolerance is None or rules is None or output is False or hints is None):
            return None
        return Body(spec=TurtleSpec(
            mode=mode, solution=solution, near_miss=near_miss, starter=starter, palette=palette,
            tolerance=tolerance, rules=rules, output=output, hints=hints,  # type: ignore[arg-type]
            solution_line=solution_line, near_miss_line=near_line, free=free))

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        mine, theirs = original.spec, translation.spec
        if theirs.mode != mine.mode:
            return f"«mode» debe ser el mismo que en español ({mine.mode})"
        if theirs.tolerance != mine.tolerance:
            return f"«tolerance» debe ser la misma que en español ({mine.tolerance:g})"
        if theirs.rules != mine.rules:
            return "«rules» deben ser las mismas que en español: deciden si un programa está bien"
        if theirs.output != mine.output:
            return "«output» debe ser el mismo que en español: decide si un programa está bien"
        return None  # the drawing is compared by ``kiosk lessons check`` (it runs both solutions)

    # -- answers ------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        """The verdict the studio stored (the checker ran when the learner pressed Run)."""
        return bool(answer.passed)

    def encode(self, answer: Any) -> dict[str, Any]:
        return {"program": answer.program[:MAX_PROGRAM], "passed": bool(answer.passed),
                "rule": None if answer.passed else answer.rule}

    def decode(self, activity: Activity, value: Any) -> Any | None:
        if not isinstance(value, dict):
            return None
        program, passed, rule = value.get("program"), value.get("passed"), value.get("rule")
        if not isinstance(program, str) or not isinstance(passed, bool):
            return None
        if rule is not None and not isinstance(rule, str):
            return None
        return TurtleAnswer(program, passed, rule)

    def describe(self, activity: Activity, answer: Any, lang: str) -> str:
        words = _WORDS.get(lang, _WORDS["es"])
        verdict = words["passed"] if answer.passed else words["failed"]
        why = rule_words(answer.rule, lang) if not answer.passed else ""
        head = f"{verdict} ({why})" if why else verdict
        if not answer.program.strip() and why:  # counted by rule (``counted_as``)
            return head
        return f"{head}: {program_excerpt(answer.program, lang)}"

    def counted_as(self, activity: Activity, answer: Any) -> Any:
        """Every learner's program is different: the difficult questions count the runs by
        the rule that failed ("the drawing is not the one asked for — 5")."""
        return TurtleAnswer("", bool(answer.passed), None if answer.passed else (answer.rule or "drawing"))

    def solution(self, activity: Activity) -> Any:
        return TurtleAnswer(activity.spec.solution, True)

    def wrong_answers(self, activity: Activity) -> list[Any]:
        return [TurtleAnswer(activity.spec.near_miss, False, "drawing")]


# -- reading the fields --------------------------------------------------------------------------


def _same(one: str, other: str) -> bool:
    def squeeze(text: str) -> list[str]:
        return [line.rstrip() for line in text.splitlines() if line.strip()]

    return squeeze(one) == squeeze(other)


def _program(fields: Fields, key: str, *, required: bool = True) -> tuple[str | None, int]:
    """A program written in the file (best as a ``|`` block): its text with trailing spaces and
    blank lines around it removed, and the file line of its first line."""
    item = fields.items.get(key)
    if item is None:
        return None, 0
    node = item[1]
    doc = fields.doc
    if not isinstance(node, ScalarNode):
        doc.at(node, f"«{key}» debe ser un programa: escribilo debajo de «{key}: |», con sangría")
        return None, 0
    raw = node.value
    lines = [line.rstrip() for line in raw.splitlines()]
    first = doc.line(node) + (1 if node.style in ("|", ">") else 0)
    while lines and not lines[0]:
        lines.pop(0)
        first += 1
    while lines and not lines[-1]:
        lines.pop()
    text = "\n".join(lines)
    if not text.strip():
        if required:
            doc.at(node, f"«{key}» está vacío: escribí el programa debajo de «{key}: |»")
            return None, 0
        return "", first
    if node.style == ">":
        doc.at(node, f"«{key}» debe ir con «|» (no «>»): «>» junta las líneas del programa en una sola")
        return None, 0
    if len(text) > MAX_REFERENCE:
        doc.at(node, f"«{key}» es demasiado largo (más de {MAX_REFERENCE} letras)")
        return None, 0
    if "\t" in text:
        doc.at(node, f"«{key}» tiene un tabulador: para sangrar usá espacios")
        return None, 0
    return text, first


def _palette(fields: Fields, mode: str | None) -> tuple[str, ...] | None:
    if "palette" not in fields:
        return ()
    line = fields.key_line("palette")
    if mode == "text":
        fields.doc.report.add(line, "«palette» es solo para «mode: blocks»: en modo texto no hay bloques para elegir")
        return None
    read = fields.text_list("palette", example="[avanzar, derecha, repetir]")
    if read is None:
        return None
    names: list[str] = []
    for name, node in read:
        if not PALETTE_RE.match(name):
            fields.doc.at(node, f"«{name}» no es un nombre de bloque: usá el nombre del comando, como avanzar o repetir")
            return None
        if name in names:
            fields.doc.at(node, f"el bloque «{name}» está repetido en «palette»")
            return None
        names.append(name)
    return tuple(names)


def _number(node: Node) -> float | None:
    if not isinstance(node, ScalarNode) or node.style:  # quoted: a text
        return None
    if node.tag == INT:
        try:
            return float(int(node.value.replace("_", ""), 0))
        except ValueError:
            return None
    try:
        return float(node.value)
    except ValueError:
        return None


def _tolerance(fields: Fields) -> float | None:
    if "tolerance" not in fields:
        return DEFAULT_TOLERANCE
    node = fields.items["tolerance"][1]
    value = _number(node)
    low, high = TOLERANCE_RANGE
    if value is None or value != value or not low < value <= high:
        fields.doc.at(node, f"«tolerance» debe ser un número mayor que {low:g} y hasta {high:g} "
                            "(pasos de tortuga), por ejemplo 2")
        return None
    return value


def _positive(rules: Fields, key: str) -> tuple[int | None, bool]:
    if key not in rules:
        return None, True
    value = rules.integer(key)
    if value is None:
        return None, False
    if value < 1:
        rules.doc.at(rules.items[key][1], f"«{key}» debe ser un número entero mayor que 0")
        return None, False
    return value, True


def _rules(fields: Fields) -> TurtleRules | None:
    if "rules" not in fields:
        return TurtleRules()
    doc = fields.doc
    node = fields.items["rules"][1]
    if not isinstance(node, MappingNode):
        doc.at(node, "«rules» debe tener campos, por ejemplo «must_use: [loop]» y «max_blocks: 4»")
        return None
    rules = Fields(doc, node, fields.key_line("rules"), " en «rules»")
    before = len(doc.report.problems)
    rules.check_unknown(RULE_KEYS)
    must_use: tuple[str, ...] = ()
    if "must_use" in rules:
        read = rules.text_list("must_use", allowed=MUST_USE, example="[loop]")
        if read is not None:
            must_use = tuple(dict.fromkeys(name for name, _ in read))
    max_blocks, _ = _positive(rules, "max_blocks")
    max_lines, _ = _positive(rules, "max_lines")
    ideal, _ = _positive(rules, "ideal_blocks")
    if ideal is not None and max_blocks is not None and ideal > max_blocks:
        doc.report.add(rules.key_line("ideal_blocks"),
                       f"«ideal_blocks» ({ideal}) no puede ser mayor que «max_blocks» ({max_blocks})")
    if len(doc.report.problems) != before:
        return None
    return TurtleRules(must_use, max_blocks, max_lines, ideal)


def _output(fields: Fields) -> tuple[str, ...] | None | bool:
    """The expected printed lines; None when not asked; False when wrong (reported)."""
    if "output" not in fields:
        return None
    node = fields.items["output"][1]
    if not isinstance(node, SequenceNode) or not node.value:
        fields.doc.at(node, '«output» debe ser la lista de líneas que el programa muestra, por ejemplo ["10"]')
        return False
    if len(node.value) > MAX_OUTPUT_LINES:
        fields.doc.at(node, f"«output» tiene demasiadas líneas (más de {MAX_OUTPUT_LINES})")
        return False
    lines = []
    for item in node.value:
        text = scalar_text(item)
        if text is None:
            fields.doc.at(item, "cada línea de «output» debe ser un texto")
            return False
        lines.append(text)
    return tuple(lines)


def _hints(fields: Fields) -> tuple[str, ...] | None:
    if "hints" not in fields:
        return ()
    read = fields.text_list("hints", example="«- Un cuadrado tiene cuatro lados iguales.»")
    if read is None:
        return None
    if len(read) > MAX_HINTS:
        fields.doc.report.add(fields.key_line("hints"), f"«hints» tiene demasiadas pistas (hasta {MAX_HINTS})")
        return None
    return tuple(text for text, _ in read)


KIND = Turtle()
