"""The front matter of a lesson file: the YAML between its first two ``---`` lines."""

from __future__ import annotations

import re

from .model import AUDIENCE_TAGS, LANGS, REVIEW_STATES, SCHEMA
from .yaml_fields import LANG_HINT, Fields, Report, YamlDoc

__all__ = ["parse_front_matter"]

SPDX_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")
LESSON_REQUIRED = (
    "schema",
    "id",
    "version",
    "lang",
    "title",
    "audience",
    "duration_min",
    "objectives",
    "license",
    "authors",
)
LESSON_KEYS = LESSON_REQUIRED + ("translation_of", "review", "sensitive")


def parse_front_matter(
    lines: list[str],
    report: Report,
    module_id: str,
    slug: str | None,
    file_lang: str | None,
) -> dict | None:
    doc = YamlDoc(report, 2)
    if not "".join(lines).strip():
        report.add(1, "la cabecera está vacía")
        return None
    before = len(report.problems)
    node = doc.compose("\n".join(lines))
    if node is None:
        if len(report.problems) == before:
            report.add(1, "la cabecera está vacía")
        return None
    fields = Fields.of(doc, node, 1, "la cabecera")
    if fields is None:
        return None
    fields.check_unknown(LESSON_KEYS)
    fields.check_required(LESSON_REQUIRED)

    schema = fields.text("schema")
    if schema is not None and schema != SCHEMA:
        report.add(
            fields.key_line("schema"), f"esquema «{schema}» desconocido: debe ser «{SCHEMA}»"
        )
    lesson_id = fields.text("id")
    if lesson_id is not None and slug is not None:
        expected = f"{module_id}/{slug}"
        if lesson_id != expected:
            report.add(
                fields.key_line("id"),
                f"el id «{lesson_id}» no coincide con la ubicación del archivo: "
                f"debe ser «{expected}»",
            )
    version = fields.version("version")
    lang = fields.text("lang")
    if lang is not None:
        if lang not in LANGS:
            report.add(fields.key_line("lang"), f"idioma «{lang}» no válido {LANG_HINT}")
            lang = None
        elif file_lang is not None and lang != file_lang:
            report.add(
                fields.key_line("lang"),
                f"el idioma «{lang}» no coincide con el del nombre del archivo («{file_lang}»)",
            )
    title = fields.text("title")
    audience = fields.text_list("audience", allowed=AUDIENCE_TAGS, example="[docentes, familias]")
    duration = fields.integer("duration_min")
    if duration is not None and not 1 <= duration <= 120:
        report.add(
            fields.key_line("duration_min"),
            f"«duration_min» debe estar entre 1 y 120 minutos (tiene {duration})",
        )
    objectives = fields.text_list("objectives", example="[Reconocer una contraseña fuerte.]")
    license_id = fields.text("license")
    if license_id is not None and not SPDX_RE.match(license_id):
        report.add(
            fields.key_line("license"),
            f"«license» debe ser un identificador SPDX como CC-BY-SA-4.0 (tiene «{license_id}»)",
        )
    authors = fields.text_list("authors", example="[Equipo Telecentro]")

    effective_lang = lang or file_lang
    translation_of = None
    if "translation_of" in fields:
        if effective_lang == "es":
            report.add(
                fields.key_line("translation_of"),
                "«translation_of» no va en la versión en español (solo en gn y en)",
            )
        else:
            translation_of = fields.version("translation_of")
    elif effective_lang in ("gn", "en"):
        report.add(
            1,
            "falta el campo obligatorio «translation_of» (la versión del archivo en español "
            'que sigue esta traducción, por ejemplo "1.0.0")',
        )
    review = fields.text("review") if "review" in fields else None
    if review is not None and review not in REVIEW_STATES:
        report.add(
            fields.key_line("review"),
            f"«review» debe ser {' o '.join(REVIEW_STATES)} (tiene «{review}»)",
        )
        review = None
    elif review is not None and effective_lang == "es":
        report.add(fields.key_line("review"), "«review» no va en la versión en español (solo en gn y en)")
    sensitive = fields.boolean("sensitive") if "sensitive" in fields else False

    if None in (schema, lesson_id, version, lang, title, audience, duration, objectives, authors):
        return None
    if license_id is None:
        return None
    return {
        "version": version,
        "lang": lang,
        "title": title,
        "audience": tuple(value for value, _ in audience),
        "duration_min": duration,
        "objectives": tuple(value for value, _ in objectives),
        "license": license_id,
        "authors": tuple(value for value, _ in authors),
        "translation_of": translation_of,
        "review_status": review,
        "sensitive": bool(sensitive),
        "audience_line": fields.key_line("audience"),
    }

