"""``kiosk lessons guide``: the facilitators' page, a Markdown list of the curriculum (issue 11,
point 7): each track, each module with its bands, and each lesson with its bands, duration,
whether it is sensitive, its activities by kind, its languages with their review state and
its pictures, with the totals at the top.  In Spanish, the facilitators' language.

``guide_markdown`` is a pure function of a ``TreeScan``: sorted, no dates, no paths of this PC,
so that the committed page (docs/curriculo.md) can be compared with a fresh one
(tests/content/test_curriculum_guide.py).  Demo tracks are not part of the curriculum and are
left out.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .activities import KINDS
from .catalog import TreeScan
from .model import AUDIENCE_TAGS, DEFAULT_LANG, LANGS, Lesson, LessonEntry, MarkdownBlock, Module, Track

__all__ = ["guide_markdown", "GUIDE_COMMAND", "KIND_NAMES", "BAND_NAMES"]

GUIDE_COMMAND = "kiosk lessons guide lessons --out docs/curriculo.md"

# What each activity kind is, said to a facilitator (lessons/README.md, "Activities").
KIND_NAMES = {
    "single": "elegir una respuesta",
    "multi": "elegir varias respuestas",
    "truefalse": "verdadero o falso",
    "order": "ordenar pasos",
    "spot": "encontrar señales en un mensaje",
    "match": "unir parejas",
    "sort": "clasificar",
    "scenario": "historia con decisiones",
    "reflect": "reflexión (sin nota)",
    "turtle": "desafío de programación (tortuga)",
}
BAND_NAMES = {  # short, for the tables; the legend says them whole
    "ninos-8-11": "8–11",
    "adolescentes-12-17": "12–17",
    "docentes": "docentes",
    "familias": "familias",
}
BAND_LEGEND = {
    "ninos-8-11": "niñas y niños de 8 a 11 años",
    "adolescentes-12-17": "adolescentes de 12 a 17 años",
    "docentes": "docentes",
    "familias": "familias (madres, padres, personas que cuidan)",
}
LANG_NAMES = {"es": "español", "gn": "guaraní", "en": "inglés"}

_IMAGE_RE = re.compile(r"(?<!\\)!\[[^\]]*\]\(\s*<?([^\s)>]+)")


def _cell(text: str) -> str:
    """Text that stays inside one table cell."""
    return " ".join(text.replace("|", "\\|").split())


def _bands(tags: tuple[str, ...]) -> str:
    return ", ".join(BAND_NAMES.get(tag, tag) for tag in AUDIENCE_TAGS if tag in tags) or "—"


def _kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind)


def _kind_order(kinds: Counter[str]) -> list[str]:
    return [name for name in KINDS if kinds[name]] + sorted(set(kinds) - set(KINDS))


def _activities(lesson: Lesson) -> str:
    kinds = Counter(a.kind for a in lesson.activities)
    return ", ".join(f"{kinds[name]} {_kind_name(name)}" for name in _kind_order(kinds)) or "—"


def _paths(value: Any, seen: set[int]) -> Iterator[Path]:
    """Every ``Path`` inside an activity (picture options and items, whatever the kind)."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Path):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _paths(getattr(value, item.name), seen)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _paths(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _paths(item, seen)


def pictures(lesson: Lesson) -> int:
    """How many different pictures a lesson shows: Markdown images and picture options/items."""
    found: set[str] = set()
    for page in lesson.pages:
        for block in page.blocks:
            if isinstance(block, MarkdownBlock):
                found.update(Path(src).name for src in _IMAGE_RE.findall(block.source))
    for activity in lesson.activities:
        found.update(path.name for path in _paths(activity, set()))
    return len(found)


def _language(entry: LessonEntry, lang: str) -> str:
    """A language of a lesson with its review state, as a learner of that language meets it."""
    name = LANG_NAMES.get(lang, lang)
    if lang == DEFAULT_LANG:
        return name
    shown = entry.shown(lang)
    if shown.fallback == "major":
        return f"{name} (desactualizada: se muestra en español)"
    if shown.fallback == "review":
        return f"{name} (sin revisar: se muestra en español)"
    state = "en revisión" if shown.in_review else "revisada"
    if shown.updating:
        state += ", actualizándose"
    return f"{name} ({state})"


def _languages(entry: LessonEntry) -> str:
    return ", ".join(_language(entry, lang) for lang in LANGS if lang in entry.versions)


def _minutes(entries: list[LessonEntry]) -> int:
    return sum(entry.original.duration_min for entry in entries)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _totals(tracks: list[Track]) -> list[str]:
    modules = [m for t in tracks for m in t.modules]
    entries = [e for m in modules for e in m.lessons]
    kinds: Counter[str] = Counter(a.kind for e in entries for a in e.original.activities)
    langs: Counter[str] = Counter(lang for e in entries for lang in e.versions)
    bands: Counter[str] = Counter(tag for e in entries for tag in e.audience)
    pending = sum(1 for e in entries for lang, lesson in e.versions.items()
                  if lang != DEFAULT_LANG and lesson.review_status != "revisada")
    shown_in_spanish = sum(1 for e in entries for lang in e.versions
                           if lang != DEFAULT_LANG and e.shown(lang).fallback is not None)
    per_kind = ", ".join(f"{_kind_name(name)} {kinds[name]}" for name in _kind_order(kinds))
    rows = [
        ("Recorridos", str(len(tracks))),
        ("Módulos", str(len(modules))),
        ("Lecciones", f"{len(entries)} ({_minutes(entries)} minutos en total)"),
        ("Lecciones por grupo", "; ".join(f"{BAND_LEGEND[tag]}: {bands[tag]}" for tag in AUDIENCE_TAGS)),
        ("Lecciones sensibles", str(sum(e.sensitive for e in entries))),
        ("Actividades", f"{sum(kinds.values())}" + (f": {per_kind}" if per_kind else "")),
        ("Imágenes", str(sum(pictures(e.original) for e in entries))),
        ("Lecciones por idioma", ", ".join(f"{LANG_NAMES[lang]} {langs[lang]}" for lang in LANGS)),
        ("Traducciones sin revisar", f"{pending} (de ellas, {shown_in_spanish} se muestran en español)"),
    ]
    return ["| | |", "|---|---|"] + [f"| {name} | {_cell(value)} |" for name, value in rows]


def _module(module: Module) -> list[str]:
    entries = list(module.lessons)
    out = [
        f"### Módulo {module.order}. {module.title(DEFAULT_LANG)}",
        "",
        f"Para: {_bands(module.audience)} · {_plural(len(entries), 'lección', 'lecciones')} · "
        f"{_minutes(entries)} minutos",
    ]
    description = module.description(DEFAULT_LANG)
    if description:
        out += ["", " ".join(description.split())]
    if module.translations_need_review:
        names = " y ".join(LANG_NAMES.get(lang, lang) for lang in module.translations_need_review)
        out += ["", f"> En {names}, este módulo se muestra solo con traducciones revisadas por una "
                    "persona hablante nativa; hasta entonces, en español."]
    out += [
        "",
        "| Lección | Para | Minutos | Sensible | Actividades | Idiomas | Imágenes |",
        "|---|---|---|---|---|---|---|",
    ]
    for entry in entries:
        lesson = entry.original
        out.append(
            f"| {_cell(lesson.title)} | {_bands(lesson.audience)} | {lesson.duration_min} | "
            f"{'sí' if entry.sensitive else 'no'} | {_cell(_activities(lesson))} | "
            f"{_cell(_languages(entry))} | {pictures(lesson)} |"
        )
    return out


def guide_markdown(scan: TreeScan) -> str:
    """The facilitators' page for the usable, non-demo content of ``scan``."""
    tracks = [t for t in scan.catalog.tracks if not t.demo]
    out = [
        "# Currículo del kiosco: qué se aprende",
        "",
        "Para facilitadoras, facilitadores y docentes: cada recorrido, sus módulos y sus lecciones; "
        "para quién es cada lección, cuánto dura, si es sensible, qué actividades tiene, en qué "
        "idiomas está y cuántas imágenes muestra.",
        "",
        f"> Página generada con `{GUIDE_COMMAND}` a partir de las lecciones: no la edites a mano; "
        "cuando cambien las lecciones, volvé a generarla.",
        "",
        "## En números",
        "",
        *_totals(tracks),
        "",
        "**Para**: 8–11, niñas y niños de 8 a 11 años; 12–17, adolescentes de 12 a 17 años; "
        "docentes y familias, las personas adultas que acompañan. Cada persona ve solo las "
        "lecciones de su grupo.",
        "",
        "**Sensible**: un tema que puede doler (acoso, grooming, sextorsión, discurso de odio). Cada "
        "página muestra la tarjeta «¿Necesitás ayuda?» con las líneas de ayuda, y los informes "
        "muestran solo cuántos la hicieron, nunca la nota ni las respuestas.",
        "",
        "**Idiomas**: una traducción «en revisión» es automática y espera que una persona hablante "
        "nativa la lea; en una lección sensible (y en los módulos que lo piden) no se muestra hasta "
        "entonces: quien aprende la ve en español.",
    ]
    for track in tracks:
        out += ["", f"## {track.title(DEFAULT_LANG)}"]
        modules = list(track.modules)
        entries = [e for m in modules for e in m.lessons]
        out += ["", f"{_plural(len(modules), 'módulo', 'módulos')}, "
                    f"{_plural(len(entries), 'lección', 'lecciones')}, {_minutes(entries)} minutos."]
        for module in modules:
            out += [""] + _module(module)
    return "\n".join(out) + "\n"
