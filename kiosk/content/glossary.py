"""The Guaraní glossary, ``lessons/glosario.gn.yaml`` (lessons/README.md, "The Guaraní
glossary"): the Guaraní word every lesson uses for a Spanish term, so that a term stays the
same across lessons.  For authors and reviewers: the kiosk shows it nowhere.

``kiosk lessons check`` reads it: a broken glossary is an error, a ``gn`` term spelt with an
apostrophe for the puso (or a look-alike g̃) a warning (``guarani.py``).  A missing glossary is
fine (a lesson tree without Guaraní).  Nothing here raises on bad content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .guarani import yaml_gn_warnings
from .model import REVIEW_STATES, Problem
from .yaml_fields import Fields, Report, SequenceNode, YamlDoc, read_text

__all__ = ["GLOSSARY_FILE", "Term", "Glossary", "parse_glossary"]

GLOSSARY_FILE = "glosario.gn.yaml"
MAX_GLOSSARY_CHARS = 200_000  # about 2,000 terms; module.yaml's limit is far smaller
TERM_REQUIRED = ("es", "gn")
TERM_KEYS = TERM_REQUIRED + ("note",)


@dataclass(frozen=True)
class Term:
    es: str  # the Spanish term
    gn: str  # the Guaraní every lesson uses for it
    note: str  # why, or an alternative that is also fine; may be ""
    line: int  # in the glossary


@dataclass(frozen=True)
class Glossary:
    path: Path
    review: str | None = None  # REVIEW_STATES: "pendiente" until a native speaker reviews it
    terms: tuple[Term, ...] = ()
    problems: tuple[Problem, ...] = ()  # errors: the glossary is broken
    warnings: tuple[Problem, ...] = field(default=())  # orthography of the gn terms

    def term(self, spanish: str) -> Term | None:
        return next((t for t in self.terms if t.es == spanish), None)


def parse_glossary(root: Path) -> Glossary | None:
    """``<root>/glosario.gn.yaml``, or None when there is none."""
    path = Path(root) / GLOSSARY_FILE
    if not path.is_file():
        return None
    report = Report(path)
    text = read_text(path, report)
    if text is None:
        return Glossary(path, problems=tuple(report.problems))
    doc = YamlDoc(report, 1)
    top = Fields.of(doc, doc.compose(text, max_chars=MAX_GLOSSARY_CHARS), 1, GLOSSARY_FILE)
    review: str | None = None
    terms: list[Term] = []
    if top is not None:
        top.check_unknown(("review", "terms"))
        top.check_required(("review", "terms"))
        review = top.text("review")
        if review is not None and review not in REVIEW_STATES:
            report.add(top.key_line("review"),
                       f"«review» debe ser {' o '.join(REVIEW_STATES)} (tiene «{review}»)")
        node = top.items.get("terms", (None, None))[1]
        if node is not None and (not isinstance(node, SequenceNode) or not node.value):
            doc.at(node, "«terms» debe ser una lista de términos (es, gn y, si hace falta, note)")
        elif node is not None:
            seen: dict[str, int] = {}
            for item in node.value:
                term = _parse_term(doc, item, seen)
                if term is not None:
                    terms.append(term)
    if report.problems:
        return Glossary(path, review, problems=tuple(report.problems))
    return Glossary(path, review, tuple(terms), warnings=tuple(yaml_gn_warnings(
        path, text, max_chars=MAX_GLOSSARY_CHARS)))


def _parse_term(doc: YamlDoc, item, seen: dict[str, int]) -> Term | None:
    line = doc.line(item)
    fields = Fields.of(doc, item, line, "cada término", f" en el término de la fila {line}")
    if fields is None:
        return None
    fields.check_unknown(TERM_KEYS)
    fields.check_required(TERM_REQUIRED)
    spanish, guarani = fields.text("es"), fields.text("gn")
    note = fields.text("note", required=False) if "note" in fields else ""
    if spanish is not None and spanish in seen:
        doc.report.add(fields.key_line("es"),
                       f"el término «{spanish}» ya está en la fila {seen[spanish]}: dejá uno solo")
        return None
    if spanish is None or guarani is None or note is None:
        return None
    seen[spanish] = line
    return Term(spanish, guarani, note, line)
