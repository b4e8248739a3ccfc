"""A ```` ```quiz ```` block: the fields every activity has, then its kind's own.

``id``, ``type``, ``prompt`` and ``explanation`` are read here; the rest belongs to the kind
(``kiosk.content.activities``), which reports its problems with the same ``path:line`` helpers.
"""

from __future__ import annotations

from .activities import KINDS, PLANNED, names
from .model import Activity
from .yaml_fields import ACTIVITY_ID_RE, Fields, Report, YamlDoc

__all__ = ["parse_activity", "COMMON_KEYS"]

COMMON_KEYS = ("id", "type", "prompt", "explanation")


def parse_activity(
    body: list[str],
    fence_line: int,
    report: Report,
    seen_ids: dict[str, int],
) -> Activity | None:
    """The activity of the block whose lines are ``body`` (the fence opens at ``fence_line``),
    or None with its problems in ``report``. ``seen_ids``: activity ids met so far -> line."""
    doc = YamlDoc(report, fence_line + 1)
    start = len(report.problems)
    if not "".join(body).strip():
        report.add(fence_line, "el bloque «quiz» está vacío")
        return None
    before = len(report.problems)
    node = doc.compose("\n".join(body))
    if node is None:
        if len(report.problems) == before:
            report.add(fence_line, "el bloque «quiz» está vacío")
        return None
    fields = Fields.of(doc, node, fence_line, "el bloque «quiz»")
    if fields is None:
        return None

    activity_id = fields.text("id")
    if activity_id is not None:
        id_line = fields.key_line("id")
        if not ACTIVITY_ID_RE.match(activity_id):
            report.add(
                id_line,
                f"id de actividad «{activity_id}» no válido: "
                "usá letras sin acentos, números y guiones",
            )
        elif activity_id in seen_ids:
            report.add(
                id_line,
                f"el id de actividad «{activity_id}» ya se usa en la línea {seen_ids[activity_id]}",
            )
        else:
            seen_ids[activity_id] = id_line
    name = fields.text("type")
    if name is not None and name in PLANNED:
        report.add(
            fields.key_line("type"),
            f"tipo de actividad «{name}» todavía no está disponible en esta versión del kiosco",
        )
        return None
    if name is not None and name not in KINDS:
        report.add(
            fields.key_line("type"),
            f"tipo de actividad desconocido «{name}» (se esperaba {names()})",
        )
        return None
    fields.check_required(("id", "type", "prompt"))
    if name is None:
        return None
    kind = KINDS[name]
    fields.check_unknown(COMMON_KEYS + kind.keys)
    prompt = fields.text("prompt")
    explanation = fields.text("explanation", required=False) or ""
    parsed = kind.parse(fields)
    if parsed is None and len(report.problems) == start:  # a kind must say why; just in case
        report.add(fence_line, f"la actividad «{name}» no se pudo leer")
    if len(report.problems) != start or activity_id is None or prompt is None or parsed is None:
        return None
    return Activity(
        id=activity_id,
        kind=name,
        prompt=prompt,
        options=parsed.options,
        explanation=explanation,
        line=fence_line,
        spec=parsed.spec,
    )
