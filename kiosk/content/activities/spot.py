"""``spot``: find the warning signs on a mock message (lessons/README.md, "spot").

The mock's parts carry ids; ``signs`` names the parts that are warning signs (with a ``kind``
and the ``feedback`` said once found), ``decoys`` the parts that look suspicious and are not
(with the ``feedback`` said when marked). Every other part with an id may be marked too, and is
no sign. An answer is the ``frozenset`` of the marked part ids, stored as
``{"marked": ["enlace", "urgencia"]}`` (sorted); it is right when the marked parts are exactly
the signs: every sign found and nothing else marked (no decoy, no other part).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.content.mock import Mock, parse_mock_field
from kiosk.content.model import Activity
from kiosk.content.yaml_fields import Fields, SequenceNode

from ._base import ActivityKind, Body, word

Answer = frozenset  # of part ids

# The kinds of warning sign, with how staff reports name them.
SIGN_KINDS: dict[str, dict[str, str]] = {
    "urgency": {"es": "urgencia", "en": "urgency"},
    "odd-sender": {"es": "remitente raro", "en": "odd sender"},
    "asks-for-code": {"es": "pide un código", "en": "asks for a code"},
    "short-link": {"es": "enlace acortado o raro", "en": "shortened or odd link"},
    "impossible-prize": {"es": "premio imposible", "en": "impossible prize"},
    "asks-for-data": {"es": "pide datos personales", "en": "asks for personal data"},
    "asks-for-money": {"es": "pide dinero", "en": "asks for money"},
    "odd-attachment": {"es": "archivo adjunto raro", "en": "odd attachment"},
    "fake-verified": {"es": "insignia de verificado falsa", "en": "fake verified badge"},
    "secrecy": {"es": "pide guardar un secreto", "en": "asks to keep a secret"},
    "threat": {"es": "amenaza", "en": "threat"},
    "other": {"es": "otra señal", "en": "another sign"},
}
SIGN_KEYS = ("part", "kind", "feedback", "hint")
DECOY_KEYS = ("part", "feedback")
MAX_SIGNS = 6

_WORDS = {
    "es": {"found": "encontró {n} de {total}", "missed": "le faltó", "extra": "marcó además",
           "part": "«{text}»"},
    "en": {"found": "found {n} of {total}", "missed": "missed", "extra": "also marked",
           "part": "“{text}”"},
}


@dataclass(frozen=True)
class Sign:
    part: str  # a part id of the mock
    kind: str  # one of SIGN_KINDS
    feedback: str  # said once it is found
    hint: str = ""  # said while it is still missing (may be "")


@dataclass(frozen=True)
class Decoy:
    part: str
    feedback: str  # said when it is marked


@dataclass(frozen=True)
class SpotSpec:
    mock: Mock
    signs: tuple[Sign, ...]
    decoys: tuple[Decoy, ...] = ()

    @property
    def sign_parts(self) -> frozenset[str]:
        return frozenset(sign.part for sign in self.signs)

    def sign(self, part: str) -> Sign | None:
        return next((s for s in self.signs if s.part == part), None)

    def decoy(self, part: str) -> Decoy | None:
        return next((d for d in self.decoys if d.part == part), None)


class Spot(ActivityKind):
    name = "spot"
    order = 40
    keys = ("mock", "signs", "decoys")

    # -- the lesson file ----------------------------------------------------------------------
    def parse(self, fields: Fields) -> Body | None:
        fields.check_required(("mock", "signs"))
        mock = parse_mock_field(fields)
        parts = set(mock.part_ids) if mock is not None else None
        seen: dict[str, int] = {}
        signs = self._list(fields, "signs", SIGN_KEYS, parts, seen)
        decoys = self._list(fields, "decoys", DECOY_KEYS, parts, seen) if "decoys" in fields else []
        if mock is None or signs is None or decoys is None:
            return None
        if not signs:
            fields.doc.report.add(fields.key_line("signs"), "«signs» necesita al menos una señal")
            return None
        if parts is not None and parts <= {s.part for s in signs}:
            fields.doc.report.add(
                fields.key_line("signs"),
                "todas las partes con «id» son señales: marcar todo sería la respuesta; "
                "dale un «id» también a una parte que no sea una señal",
            )
            return None
        return Body(spec=SpotSpec(mock, tuple(signs), tuple(decoys)))  # type: ignore[arg-type]

    def _list(
        self, fields: Fields, key: str, allowed: tuple[str, ...], parts: set[str] | None,
        seen: dict[str, int],
    ) -> list[Sign] | list[Decoy] | None:
        node = fields.items.get(key, (None, None))[1]
        if node is None:
            return None
        doc = fields.doc
        line = fields.key_line(key)
        if not isinstance(node, SequenceNode) or not node.value:
            doc.report.add(line, f"«{key}» debe ser una lista («- part: ...»)")
            return None
        if key == "signs" and len(node.value) > MAX_SIGNS:
            doc.report.add(line, f"demasiadas señales (tiene {len(node.value)}; como mucho {MAX_SIGNS})")
            return None
        what = "la señal" if key == "signs" else "la parte que no es señal"
        out: list[Any] = []
        for number, item in enumerate(node.value, start=1):
            entry = Fields.of(doc, item, doc.line(item), f"{what} {number}", f" en {what} {number}")
            if entry is None:
                continue
            entry.check_unknown(allowed)
            entry.check_required(allowed[:3] if key == "signs" else allowed)
            part = entry.text("part")
            feedback = entry.text("feedback")
            kind = entry.text("kind") if key == "signs" else "other"
            hint = (entry.text("hint", required=False) or "") if "hint" in entry else ""
            if part is not None:
                part_line = entry.key_line("part")
                if parts is not None and part not in parts:
                    known = f"tiene: {', '.join(sorted(parts))}" if parts else "ninguna parte tiene «id»"
                    doc.report.add(part_line, f"el mensaje no tiene una parte con id «{part}» ({known})")
                    part = None
                elif part in seen:
                    doc.report.add(part_line, f"la parte «{part}» ya se nombró en la línea {seen[part]}")
                    part = None
                else:
                    seen[part] = part_line
            if kind is not None and kind not in SIGN_KINDS:
                doc.report.add(
                    entry.key_line("kind"),
                    f"tipo de señal «{kind}» desconocido (se esperaba {', '.join(SIGN_KINDS)})",
                )
                kind = None
            if part is None or kind is None or feedback is None:
                continue
            out.append(Sign(part, kind, feedback, hint) if key == "signs" else Decoy(part, feedback))
        return out if len(out) == len(node.value) else None

    def mismatch(self, original: Activity, translation: Activity) -> str | None:
        a, b = original.spec, translation.spec
        if set(a.mock.part_ids) != set(b.mock.part_ids):
            return (f"las partes del mensaje no son las mismas (en español: {', '.join(a.mock.part_ids)}; "
                    f"aquí: {', '.join(b.mock.part_ids)})")
        if {(s.part, s.kind) for s in a.signs} != {(s.part, s.kind) for s in b.signs}:
            return (f"las señales no son las mismas (en español: "
                    f"{', '.join(f'{s.part} ({s.kind})' for s in a.signs)}; aquí: "
                    f"{', '.join(f'{s.part} ({s.kind})' for s in b.signs)})")
        if {d.part for d in a.decoys} != {d.part for d in b.decoys}:
            return "las partes que no son señales («decoys») no son las mismas"
        return None

    # -- answers ------------------------------------------------------------------------------
    def evaluate(self, activity: Activity, answer: Any) -> bool:
        return frozenset(answer) == activity.spec.sign_parts

    def encode(self, answer: Any) -> dict[str, Any]:
        return {"marked": sorted(answer)}

    def decode(self, activity: Activity, value: Any) -> Any | None:
        if isinstance(value, dict):
            marked = value.get("marked")
            if isinstance(marked, list) and all(isinstance(i, str) for i in marked):
                return Answer(marked)
        return None

    def describe(self, activity: Activity, answer: Any, lang: str) -> str:
        if not answer:
            return word("nothing", lang)
        words = _WORDS.get(lang, _WORDS["es"])
        spec: SpotSpec = activity.spec
        found = [s for s in spec.signs if s.part in answer]
        missed = [s for s in spec.signs if s.part not in answer]
        extra = [p for p in spec.mock.part_ids if p in answer and spec.sign(p) is None]
        extra += sorted(set(answer) - set(spec.mock.part_ids))
        said = words["found"].format(n=len(found), total=len(spec.signs))
        if found:
            said += f" ({', '.join(sign_label(s.kind, lang) for s in found)})"
        if missed:
            said += f"; {words['missed']}: {', '.join(sign_label(s.kind, lang) for s in missed)}"
        if extra:
            texts = [words["part"].format(text=_short(spec.mock.part_text(p) or p)) for p in extra]
            said += f"; {words['extra']}: {', '.join(texts)}"
        return said[:1].upper() + said[1:]

    def solution(self, activity: Activity) -> Any:
        return activity.spec.sign_parts

    def wrong_answers(self, activity: Activity) -> list[Any]:
        spec: SpotSpec = activity.spec
        signs = spec.sign_parts
        others = [p for p in spec.mock.part_ids if p not in signs]
        wrong: list[Any] = []
        if len(signs) > 1:
            wrong.append(Answer(sorted(signs)[1:]))
        wrong.append(Answer(signs | {others[0]}))
        return wrong


def sign_label(kind: str, lang: str) -> str:
    """How the reports name a kind of warning sign."""
    labels = SIGN_KINDS.get(kind, SIGN_KINDS["other"])
    return labels.get(lang) or labels["es"]


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


KIND = Spot()
