"""The help lines of ``lessons/ayuda.yaml`` (lessons/README.md, "Help lines"): who a learner
can call, shown by the ```` ```ayuda ```` block and by the "¿Necesitás ayuda?" card of a
sensitive lesson.  Plain text only; nothing here raises on bad content."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .model import SCHEMA, WARNING, Problem, pick
from .yaml_fields import ID_HINT, ID_RE, NULL, Fields, Report, ScalarNode, SequenceNode, YamlDoc, read_text

__all__ = ["HELP_FILE", "HelpLine", "HelpLines", "parse_help_lines", "stale_warnings"]

HELP_FILE = "ayuda.yaml"
LINE_REQUIRED = ("id", "name", "who", "hours", "verified")
LINE_KEYS = LINE_REQUIRED + ("number", "cost")
STALE_AFTER = dt.timedelta(days=365)


@dataclass(frozen=True)
class HelpLine:
    id: str
    number: str  # "" for a person on site (the facilitator)
    names: dict[str, str]
    who: dict[str, str]  # who answers
    hours: dict[str, str]
    costs: dict[str, str]
    verified: dt.date | None  # the day a person last checked the number and the hours
    line: int  # in ayuda.yaml
    verified_line: int = 0

    def name(self, lang: str) -> str:
        return pick(self.names, lang)

    def who_answers(self, lang: str) -> str:
        return pick(self.who, lang)

    def when(self, lang: str) -> str:
        return pick(self.hours, lang)

    def cost(self, lang: str) -> str:
        return pick(self.costs, lang) if self.costs else ""


@dataclass(frozen=True)
class HelpLines:
    lines: tuple[HelpLine, ...] = ()
    path: Path | None = None
    problems: tuple[Problem, ...] = field(default=())


def _verified(fields: Fields) -> tuple[bool, dt.date | None]:
    node = fields.items["verified"][1] if "verified" in fields else None
    if node is None:
        return False, None
    if isinstance(node, ScalarNode) and node.tag == NULL:
        return True, None
    text = node.value.strip() if isinstance(node, ScalarNode) else ""
    try:
        return True, dt.date.fromisoformat(text)
    except ValueError:
        fields.doc.at(node, f"«verified» debe ser una fecha como 2026-11-30, o null (tiene «{text}»)")
        return False, None


def parse_help_lines(root: Path) -> HelpLines:
    """``<root>/ayuda.yaml``; a missing file is a problem (sensitive lessons need it)."""
    path = Path(root) / HELP_FILE
    report = Report(path)
    if not path.is_file():
        report.add(0, f"falta {HELP_FILE}: las líneas de ayuda de las lecciones sensibles")
        return HelpLines((), path, tuple(report.problems))
    text = read_text(path, report)
    if text is None:
        return HelpLines((), path, tuple(report.problems))
    doc = YamlDoc(report, 1)
    top = Fields.of(doc, doc.compose(text), 1, HELP_FILE)
    lines: list[HelpLine] = []
    if top is not None:
        top.check_unknown(("schema", "lines"))
        top.check_required(("schema", "lines"))
        schema = top.text("schema")
        if schema is not None and schema != SCHEMA:
            report.add(top.key_line("schema"), f"esquema «{schema}» desconocido: debe ser «{SCHEMA}»")
        node = top.items.get("lines", (None, None))[1]
        if node is not None and (not isinstance(node, SequenceNode) or not node.value):
            doc.at(node, "«lines» debe ser una lista de líneas de ayuda")
        elif node is not None:
            seen: set[str] = set()
            for item in node.value:
                line = _parse_line(doc, item, seen)
                if line is not None:
                    lines.append(line)
    if report.problems:
        return HelpLines((), path, tuple(report.problems))
    return HelpLines(tuple(lines), path, ())


def _parse_line(doc: YamlDoc, item, seen: set[str]) -> HelpLine | None:
    where = f" en la línea de ayuda de la fila {doc.line(item)}"
    fields = Fields.of(doc, item, doc.line(item), "cada línea de ayuda", where)
    if fields is None:
        return None
    fields.check_unknown(LINE_KEYS)
    fields.check_required(LINE_REQUIRED)
    ident = fields.text("id")
    if ident is not None and not ID_RE.match(ident):
        doc.report.add(fields.key_line("id"), f"«{ident}» no sirve como id: {ID_HINT}")
    elif ident is not None and ident in seen:
        doc.report.add(fields.key_line("id"), f"la línea de ayuda «{ident}» está repetida")
    number = fields.text("number", required=False) if "number" in fields else ""
    if number and not number.replace(" ", "").isdigit():
        doc.report.add(fields.key_line("number"), f"«number» debe tener solo cifras (tiene «{number}»)")
    names, who, hours = fields.lang_map("name"), fields.lang_map("who"), fields.lang_map("hours")
    costs = fields.lang_map("cost") if "cost" in fields else {}
    has_verified, verified = _verified(fields)
    if None in (ident, number, names, who, hours, costs) or not has_verified:
        return None
    seen.add(ident)  # type: ignore[arg-type]
    return HelpLine(ident, number or "", names, who, hours, costs or {}, verified,  # type: ignore[arg-type]
                    doc.line(item), fields.key_line("verified"))


# The rule name of "nobody verified this line yet": ``kiosk lessons check --strict --allow
# help-unverified`` lets it pass (CI, until a person verifies the bundled lines).
UNVERIFIED_RULE = "help-unverified"


def stale_warnings(help_lines: HelpLines, today: dt.date) -> list[Problem]:
    """A warning for each line with a number that nobody verified, or that was verified more
    than a year before ``today`` (a person on site, without a number, is not called)."""
    out = []
    for line in help_lines.lines:
        if not line.number:
            continue
        rule = ""
        if line.verified is None:
            why = "nadie verificó todavía el número y el horario"
            rule = UNVERIFIED_RULE
        elif today - line.verified > STALE_AFTER:
            why = f"se verificó el {line.verified.isoformat()}, hace más de un año"
        else:
            continue
        out.append(Problem(help_lines.path or Path(HELP_FILE), line.verified_line,
                           f"línea de ayuda «{line.id}»: {why}; llamá, verificá y anotá la fecha en «verified»",
                           severity=WARNING, rule=rule))
    return out
