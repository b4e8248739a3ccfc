"""Parse ``kiosco-leccion/1`` files (lessons/README.md) into the dataclasses of ``model.py``.

Nothing here raises on bad content: every function returns what it could build plus a list of
``Problem`` (``path:line: message``, messages in Spanish for the authors).  A lesson is only
returned when it has no problem at all.

The parts: ``yaml_fields`` (typed YAML with lines), ``front_matter``, ``blocks`` (pages,
Markdown, images), ``activity_block`` and the kinds of ``activities``; this module reads the
files and puts them together, and parses module.yaml and track.yaml.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

from .activities import kind_of
from .blocks import is_separator, parse_body, resolve_image
from .front_matter import parse_front_matter
from .model import AUDIENCE_TAGS, DEFAULT_LANG, LANGS, SCHEMA, Lesson, Problem
from .yaml_fields import ID_HINT, ID_RE, LANG_HINT, Fields, Report, YamlDoc, read_text

log = logging.getLogger("kiosk.content")

__all__ = [
    "parse_lesson",
    "parse_module_yaml",
    "parse_track_yaml",
    "resolve_image",
    "split_lesson_filename",
    "ID_RE",
    "ID_HINT",
]

COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
ICON_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.(?:svg|png)$")
MODULE_REQUIRED = ("schema", "id", "version", "title", "audience", "order", "lessons")
MODULE_KEYS = MODULE_REQUIRED + ("description", "translations_need_review")
TRACK_REQUIRED = ("schema", "id", "title", "color", "icon", "order")
TRACK_KEYS = TRACK_REQUIRED + ("demo",)  # demo: true -- not in the curriculum


def split_lesson_filename(name: str) -> tuple[str, str] | None:
    """``"cerrar-sesion.es.md"`` -> ``("cerrar-sesion", "es")``; None if not that shape."""
    if not name.endswith(".md"):
        return None
    slug, dot, lang = name[: -len(".md")].rpartition(".")
    if not dot or not slug or not lang:
        return None
    return slug, lang


# --------------------------------------------------------------------------- lesson


def _never_raise(function):
    """A bug in this module must not take the kiosk down: log it, report the file, go on."""

    @functools.wraps(function)
    def wrapper(path, *args):
        try:
            return function(path, *args)
        except Exception:  # noqa: BLE001 - the safety net is the point
            log.exception("error interno al leer %s", path)
            return None, [Problem(Path(path), 1, "error interno del kiosco al leer este archivo")]

    return wrapper


@_never_raise
def parse_lesson(path: Path, module_id: str) -> tuple[Lesson | None, list[Problem]]:
    """Parse ``<track>/<module>/<lesson>.<lang>.md``; ``module_id`` is ``"<track>/<module>"``.

    Returns ``(lesson, warnings)`` or ``(None, problems)``; never raises on bad content.
    """
    path = Path(path)
    report = Report(path)
    text = read_text(path, report)
    if text is None:
        return None, report.problems

    slug = file_lang = None
    parts = split_lesson_filename(path.name)
    if parts is None:
        report.add(
            1, "el nombre del archivo debe ser <lección>.<idioma>.md, como cerrar-sesion.es.md"
        )
    else:
        slug, file_lang = parts
        if not ID_RE.match(slug):
            report.add(1, f"«{slug}» no sirve como id de lección: {ID_HINT}")
            slug = None
        if file_lang not in LANGS:
            report.add(1, f"idioma «{file_lang}» del nombre del archivo no válido {LANG_HINT}")
            file_lang = None

    lines = [line.rstrip("\r") for line in text.split("\n")]
    if not is_separator(lines[0]):
        report.add(1, "el archivo debe empezar con una línea «---» que abre la cabecera")
        return None, report.problems
    close = next((i for i in range(1, len(lines)) if is_separator(lines[i])), None)
    if close is None:
        report.add(1, "la cabecera no se cierra: falta la segunda línea «---»")
        return None, report.problems

    meta = parse_front_matter(lines[1:close], report, module_id, slug, file_lang)
    pages = parse_body(lines, close + 1, path.parent, report)
    errors = any(problem.is_error for problem in report.problems)
    if errors or meta is None or slug is None:
        return None, report.problems
    lesson = Lesson(
        id=f"{module_id}/{slug}",
        slug=slug,
        module_id=module_id,
        pages=tuple(pages),
        path=path,
        **meta,
    )
    problems = [Problem(path, line, message) for activity in lesson.activities
                for line, message in kind_of(activity).lesson_problems(activity, lesson)]
    if problems:
        return None, problems + report.problems
    return lesson, report.problems  # warnings only (severity WARNING), usually none



# --------------------------------------------------------------------------- module, track


def _parse_yaml_file(path: Path, what: str) -> tuple[Fields | None, Report]:
    path = Path(path)
    report = Report(path)
    text = read_text(path, report)
    if text is None:
        return None, report
    doc = YamlDoc(report, 1)
    if not text.strip():
        report.add(1, f"{what} está vacío")
        return None, report
    node = doc.compose(text)
    if node is None:
        if not report.problems:
            report.add(1, f"{what} está vacío")
        return None, report
    return Fields.of(doc, node, 1, what), report


def _check_schema_and_id(fields: Fields, report: Report, folder: str) -> str | None:
    schema = fields.text("schema")
    if schema is not None and schema != SCHEMA:
        report.add(
            fields.key_line("schema"), f"esquema «{schema}» desconocido: debe ser «{SCHEMA}»"
        )
    ident = fields.text("id")
    if ident is not None and ident != folder:
        report.add(fields.key_line("id"), f"el id «{ident}» no coincide con la carpeta «{folder}»")
    return ident


@_never_raise
def parse_module_yaml(path: Path) -> tuple[dict | None, list[Problem]]:
    """Parse ``<track>/<module>/module.yaml``.

    Returns a dict with ``id, version, title (dict), description (dict), audience (list),
    order (int), lessons (list of slugs), lesson_lines ({slug: line in module.yaml}),
    translations_need_review (list of languages)`` or None.
    """
    path = Path(path)
    fields, report = _parse_yaml_file(path, "module.yaml")
    if fields is None:
        return None, report.problems
    fields.check_unknown(MODULE_KEYS)
    fields.check_required(MODULE_REQUIRED)
    ident = _check_schema_and_id(fields, report, path.parent.name)
    version = fields.version("version")
    title = fields.lang_map("title")
    description = fields.lang_map("description") if "description" in fields else {}
    audience = fields.text_list("audience", allowed=AUDIENCE_TAGS, example="[docentes, familias]")
    order = fields.integer("order")
    lessons = fields.text_list("lessons", example="[contrasenas-fuertes, cerrar-sesion]")
    # The languages whose translations learners see only once reviewed (lessons/README.md,
    # "module.yaml"): the modules whose topics a machine-made text must not carry.
    need_review = (
        fields.text_list("translations_need_review",
                         allowed=[lang for lang in LANGS if lang != DEFAULT_LANG], example="[gn]")
        if "translations_need_review" in fields else []
    )
    lesson_lines: dict[str, int] = {}
    for slug, node in lessons or ():
        if not ID_RE.match(slug):
            fields.doc.at(node, f"«{slug}» no sirve como id de lección: {ID_HINT}")
        elif slug in lesson_lines:
            fields.doc.at(node, f"la lección «{slug}» está repetida en «lessons»")
        else:
            lesson_lines[slug] = fields.doc.line(node)
    if report.problems:
        return None, report.problems
    return {
        "id": ident,
        "version": version,
        "title": title,
        "description": description,
        "audience": [value for value, _ in audience or ()],
        "order": order,
        "lessons": list(lesson_lines),
        "lesson_lines": lesson_lines,
        "translations_need_review": [value for value, _ in need_review or ()],
    }, []


@_never_raise
def parse_track_yaml(path: Path) -> tuple[dict | None, list[Problem]]:
    """Parse ``<track>/track.yaml``: ``id, title (dict), color, icon, order`` or None."""
    path = Path(path)
    fields, report = _parse_yaml_file(path, "track.yaml")
    if fields is None:
        return None, report.problems
    fields.check_unknown(TRACK_KEYS)
    fields.check_required(TRACK_REQUIRED)
    ident = _check_schema_and_id(fields, report, path.parent.name)
    title = fields.lang_map("title")
    color = fields.text("color", required=False)
    if color == "":
        report.add(
            fields.key_line("color"),
            '«color» está vacío: escribilo entre comillas, como "#1F6FB2" '
            "(sin comillas, # empieza un comentario)",
        )
        color = None
    elif color is not None and not COLOR_RE.match(color):
        report.add(fields.key_line("color"), f'«color» debe ser como "#1F6FB2" (tiene «{color}»)')
    icon = fields.text("icon")
    if icon is not None and not ICON_RE.match(icon):
        report.add(
            fields.key_line("icon"),
            f"«icon» debe ser un archivo .svg o .png de assets/icons/ (tiene «{icon}»)",
        )
    order = fields.integer("order")
    meta = {"id": ident, "title": title, "color": color, "icon": icon, "order": order}
    if "demo" in fields:  # demo: true -- a demo track, not in the curriculum
        meta["demo"] = fields.boolean("demo")
    if report.problems:
        return None, report.problems
    return meta, []
