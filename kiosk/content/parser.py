"""Parse ``kiosco-leccion/1`` files (lessons/README.md) into the dataclasses of ``model.py``.

Nothing here raises on bad content: every function returns what it could build plus a list of
``Problem`` (``path:line: message``, messages in Spanish for the authors).  A lesson is only
returned when it has no problem at all.

YAML is *composed* (not loaded) so that every value keeps its line, and so that a scalar's
resolved tag tells a quoted ``"1.0"`` from a float ``1.0``.
"""

from __future__ import annotations

import codecs
import difflib
import functools
import logging
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import unquote

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .model import (
    AUDIENCE_TAGS,
    GRADED_KINDS,
    LANGS,
    PLANNED_KINDS,
    SCHEMA,
    Activity,
    Block,
    Lesson,
    MarkdownBlock,
    Option,
    Page,
    Problem,
)

try:  # libyaml is ~10x faster; the pure-Python loader gives the same nodes and marks.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

log = logging.getLogger("kiosk.content")

__all__ = [
    "parse_lesson",
    "parse_module_yaml",
    "parse_track_yaml",
    "resolve_image",
    "split_lesson_filename",
    "ID_RE",
]

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # track, module and lesson ids
ID_HINT = "usá minúsculas sin acentos, números y guiones"
LANG_HINT = "(se esperaba es, gn o en)"
ACTIVITY_ID_RE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")
SEMVER_RE = re.compile(r"^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$")
SPDX_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
ICON_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.(?:svg|png)$")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")

OPTION_LIMITS = {"single": (2, 6), "multi": (2, 8)}
MAX_FILE_BYTES = 1_000_000  # a lesson is a few KB; refuse to slurp anything absurd
MAX_YAML_CHARS = 16_000  # one front matter, quiz block, module.yaml or track.yaml
MAX_YAML_BRACKETS = 1_000

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
LESSON_KEYS = LESSON_REQUIRED + ("translation_of", "review")
MODULE_REQUIRED = ("schema", "id", "version", "title", "audience", "order", "lessons")
MODULE_KEYS = MODULE_REQUIRED + ("description",)
TRACK_REQUIRED = ("schema", "id", "title", "color", "icon", "order")
TRACK_KEYS = TRACK_REQUIRED
QUIZ_COMMON_KEYS = ("id", "type", "prompt", "explanation")
QUIZ_KEYS = {
    "single": QUIZ_COMMON_KEYS + ("options",),
    "multi": QUIZ_COMMON_KEYS + ("options",),
    "truefalse": QUIZ_COMMON_KEYS + ("answer", "feedback_true", "feedback_false"),
}
OPTION_KEYS = ("text", "correct", "feedback")

_TAG = "tag:yaml.org,2002:"
STR, INT, BOOL, NULL = _TAG + "str", _TAG + "int", _TAG + "bool", _TAG + "null"
_constructor = SafeConstructor()


# --------------------------------------------------------------------------- reporting


class _Report:
    """Collects problems for one file; YAML node lines are shifted by ``offset``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, max(int(line), 1), message))


class _Yaml:
    """A YAML text that starts at line ``offset`` (1-based) of the file."""

    def __init__(self, report: _Report, offset: int) -> None:
        self.report = report
        self.offset = offset

    def line(self, node: Node) -> int:
        return self.offset + node.start_mark.line

    def at(self, node: Node, message: str) -> None:
        self.report.add(self.line(node), message)

    def compose(self, text: str) -> Node | None:
        # libyaml's composer recurses in C: tens of thousands of nested "[" or "- " crash the
        # process (a tampered file must not take the kiosk down), so refuse absurd YAML first.
        if len(text) > MAX_YAML_CHARS:
            self.report.add(
                self.offset, f"el YAML es demasiado largo (más de {MAX_YAML_CHARS} letras)"
            )
            return None
        if text.count("[") + text.count("{") > MAX_YAML_BRACKETS:
            self.report.add(self.offset, "el YAML tiene demasiados «[» o «{»")
            return None
        try:
            return yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as exc:
            problem = exc.problem or str(exc)
            mark = exc.problem_mark or exc.context_mark
            if exc.context_mark is not None and _POINT_AT_START.search(problem):
                mark = exc.context_mark  # where the unclosed quote or list begins
            line = self.offset + mark.line if mark is not None else self.offset
            char = ""
            if exc.problem_mark is not None and 0 <= exc.problem_mark.index < len(text):
                char = text[exc.problem_mark.index]
            self.report.add(line, _yaml_message(problem, char))
        except yaml.YAMLError as exc:  # ReaderError: control characters and the like
            self.report.add(self.offset, _yaml_message(str(exc)))
        except RecursionError:  # the pure-Python loader on deep nesting
            self.report.add(self.offset, "el YAML está anidado demasiado hondo")
        return None


_YAML_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"mapping values are not allowed"),
        "hay un «:» donde no corresponde (si el texto lleva «:», ponelo entre comillas)",
    ),
    (re.compile(r"tab|cannot start any token"), "hay un tabulador: para sangrar usá espacios"),
    (re.compile(r"could not find expected ':'"), "falta «:» después del nombre del campo"),
    (
        re.compile(r"did not find expected (key|'-' indicator)"),
        "la sangría no coincide con la de las líneas de arriba",
    ),
    (re.compile(r"another document"), "hay más de un documento YAML (¿una línea «---» de más?)"),
    (re.compile(r"unexpected end of stream"), "falta cerrar unas comillas"),
    (
        re.compile(r"found undefined alias"),
        "un valor no puede empezar con «*»: ponelo entre comillas",
    ),
    (re.compile(r"did not find expected ',' or '([\]}])'"), "falta cerrar la lista con «{0}»"),
    (
        re.compile(r"special characters are not allowed"),
        "el archivo tiene caracteres de control no válidos",
    ),
)


_POINT_AT_START = re.compile(r"end of stream|did not find expected ',' or")


def _yaml_message(problem: str, char: str = "") -> str:
    if "cannot start any token" in problem and char and char != "\t":
        return f"error de YAML: un valor no puede empezar con «{char}»: ponelo entre comillas"
    for pattern, message in _YAML_HINTS:
        match = pattern.search(problem)
        if match:
            return "error de YAML: " + message.format(*match.groups())
    return f"error de YAML: {problem}"


# --------------------------------------------------------------------------- reading


def _read_text(path: Path, report: _Report) -> str | None:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        report.add(1, f"no se pudo leer el archivo ({exc.strerror or exc})")
        return None
    if len(data) > MAX_FILE_BYTES:
        report.add(1, f"el archivo es demasiado grande (más de {MAX_FILE_BYTES // 1000} KB)")
        return None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        report.add(line, "el archivo no está en UTF-8: guardalo con la codificación UTF-8")
        return None


# --------------------------------------------------------------------------- typed YAML access


class _Fields:
    """The keys of one YAML mapping, each with its key node and value node."""

    def __init__(self, doc: _Yaml, node: MappingNode, missing_line: int, where: str = "") -> None:
        self.doc = doc
        self.missing_line = missing_line
        self.where = where  # appended to "missing" messages, e.g. " en la opción 2"
        self.items: dict[str, tuple[Node, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode) or not key.value:
                doc.at(key, "nombre de campo no válido")
                continue
            if key.value in self.items:
                doc.at(key, f"el campo «{key.value}» está repetido")
                continue
            self.items[key.value] = (key, value)

    @classmethod
    def of(
        cls, doc: _Yaml, node: Node | None, missing_line: int, what: str, where: str = ""
    ) -> _Fields | None:
        if node is None:
            doc.report.add(missing_line, f"{what} está vacío")
            return None
        if not isinstance(node, MappingNode):
            doc.at(node, f"{what} debe tener campos «nombre: valor», uno por línea")
            return None
        return cls(doc, node, missing_line, where)

    def __contains__(self, key: str) -> bool:
        return key in self.items

    def key_line(self, key: str) -> int:
        return self.doc.line(self.items[key][0]) if key in self.items else self.missing_line

    def check_unknown(self, allowed: Sequence[str]) -> None:
        for key, (key_node, _) in self.items.items():
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f" (¿quisiste decir «{close[0]}»?)" if close else ""
                self.doc.at(key_node, f"campo desconocido «{key}»{hint}")

    def check_required(self, required: Iterable[str]) -> None:
        for key in required:
            if key not in self.items:
                self.doc.report.add(
                    self.missing_line, f"falta el campo obligatorio «{key}»{self.where}"
                )

    def _value(self, key: str) -> Node | None:
        """The value node, or None when the key is absent (reported by check_required)."""
        item = self.items.get(key)
        return item[1] if item else None

    def text(self, key: str, *, required: bool = True) -> str | None:
        node = self._value(key)
        if node is None:
            return None
        value = _scalar_text(node)
        if value is None:
            self.doc.at(node, f"«{key}» debe ser un texto")
            return None
        if not value and required:
            self.doc.at(node, f"«{key}» está vacío")
            return None
        return value

    def integer(self, key: str) -> int | None:
        node = self._value(key)
        if node is None:
            return None
        if isinstance(node, ScalarNode) and node.tag == INT:
            try:
                return int(_constructor.construct_yaml_int(node))
            except (ValueError, yaml.YAMLError):  # pragma: no cover - resolver said int
                pass
        self.doc.at(node, f"«{key}» debe ser un número entero")
        return None

    def boolean(self, key: str) -> bool | None:
        node = self._value(key)
        if node is None:
            return None
        if isinstance(node, ScalarNode) and node.tag == BOOL:
            return bool(_constructor.bool_values[node.value.lower()])
        self.doc.at(node, f"«{key}» debe ser true o false (sin comillas)")
        return None

    def version(self, key: str) -> str | None:
        node = self._value(key)
        if node is None:
            return None
        if not isinstance(node, ScalarNode) or node.tag != STR:
            self.doc.at(node, f'«{key}» debe ir entre comillas, por ejemplo "1.0.0"')
            return None
        if not SEMVER_RE.match(node.value.strip()):
            self.doc.at(node, f'«{key}» debe ser una versión como "1.0.0" (tiene «{node.value}»)')
            return None
        return node.value.strip()

    def text_list(
        self, key: str, *, allowed: Sequence[str] | None = None, example: str = ""
    ) -> list[tuple[str, Node]] | None:
        node = self._value(key)
        if node is None:
            return None
        if not isinstance(node, SequenceNode):
            hint = f", por ejemplo {example}" if example else ""
            self.doc.at(node, f"«{key}» debe ser una lista{hint}")
            return None
        if not node.value:
            self.doc.at(node, f"«{key}» no puede estar vacío")
            return None
        out: list[tuple[str, Node]] = []
        ok = True
        for item in node.value:
            value = _scalar_text(item)
            if not value:
                self.doc.at(item, f"cada elemento de «{key}» debe ser un texto no vacío")
                ok = False
            elif allowed is not None and value not in allowed:
                self.doc.at(
                    item,
                    f"valor desconocido «{value}» en «{key}» "
                    f"(se esperaba: {', '.join(allowed)})",
                )
                ok = False
            else:
                out.append((value, item))
        return out if ok else None

    def lang_map(self, key: str) -> dict[str, str] | None:
        """``{es: ..., gn: ..., en: ...}`` with ``es`` required."""
        node = self._value(key)
        if node is None:
            return None
        if not isinstance(node, MappingNode):
            self.doc.at(node, f"«{key}» debe tener un texto por idioma, por ejemplo «es: ...»")
            return None
        out: dict[str, str] = {}
        ok = True
        for lang_node, text_node in node.value:
            lang = _scalar_text(lang_node)
            if lang not in LANGS:
                self.doc.at(lang_node, f"idioma «{lang}» no válido en «{key}» {LANG_HINT}")
                ok = False
                continue
            if lang in out:
                self.doc.at(lang_node, f"el idioma «{lang}» está repetido en «{key}»")
                ok = False
                continue
            text = _scalar_text(text_node)
            if not text:
                self.doc.at(text_node, f"«{key}» en «{lang}» debe ser un texto no vacío")
                ok = False
                continue
            out[lang] = text
        if ok and "es" not in out:
            self.doc.report.add(self.key_line(key), f"falta el texto en español («es») de «{key}»")
            ok = False
        return out if ok else None


def _scalar_text(node: Node) -> str | None:
    """A scalar as the text the author wrote (``text: 1234`` is "1234"); None if not a scalar.

    A null (``~`` or nothing) is the empty string.
    """
    if not isinstance(node, ScalarNode):
        return None
    if node.tag == NULL and not node.style:
        return ""
    return node.value.strip()


# --------------------------------------------------------------------------- file names, images


def split_lesson_filename(name: str) -> tuple[str, str] | None:
    """``"cerrar-sesion.es.md"`` -> ``("cerrar-sesion", "es")``; None if not that shape."""
    if not name.endswith(".md"):
        return None
    slug, dot, lang = name[: -len(".md")].rpartition(".")
    if not dot or not slug or not lang:
        return None
    return slug, lang


_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def resolve_image(src: str, module_dir: Path) -> tuple[Path | None, str | None]:
    """Resolve a Markdown image ``src`` inside ``module_dir``.

    Returns ``(absolute_path, None)`` for a usable image, else ``(None, reason_in_spanish)``.
    Shared by the checker (which reports the reason) and the renderer (which drops the image).
    """
    src = src.strip()
    if src.startswith("<") and src.endswith(">"):
        src = src[1:-1].strip()
    if not src:
        return None, "la imagen no tiene archivo: escribí ![descripción](img/archivo.png)"
    lowered = src.lower()
    if lowered.startswith(("http:", "https:", "//", "www.")):
        return None, (
            f"la imagen «{src}» es una dirección web: el kiosco no tiene internet; "
            "guardá la imagen en la carpeta img/ del módulo"
        )
    if _SCHEME_RE.match(src):
        return None, f"la imagen «{src}» no es un archivo de la carpeta del módulo"
    if src.startswith(("/", "\\")):
        return None, (
            f"la imagen «{src}» tiene una ruta absoluta: usá una ruta dentro de la carpeta "
            "del módulo, como img/foto.png"
        )
    if "\\" in src:
        return None, f"en la ruta de la imagen «{src}» usá «/» y no «\\»"
    relative = unquote(src)
    try:
        base = module_dir.resolve()
        target = (base / relative).resolve()
    except (OSError, ValueError, RuntimeError):
        return None, f"la ruta de la imagen «{src}» no es válida"
    if target == base or not target.is_relative_to(base):
        return None, f"la imagen «{src}» está fuera de la carpeta del módulo"
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        return None, f"la imagen «{src}» debe ser PNG, JPEG o SVG"
    if not target.is_file():
        return None, f"no existe el archivo de imagen «{src}»"
    try:
        exact = target.name in os.listdir(target.parent)
    except OSError:
        exact = False
    if not exact:  # a case-insensitive disk found it; the kiosk's disk will not
        return None, f"no existe el archivo de imagen «{src}» (revisá mayúsculas y minúsculas)"
    return target, None


_CODE_SPAN_RE = re.compile(r"(`+)(?:.+?)(?<!`)\1(?!`)")
_INLINE_IMAGE_RE = re.compile(
    r"(?<!\\)!\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(?P<src><[^>\n]*>|[^\s)]*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
_REF_IMAGE_RE = re.compile(r"(?<!\\)!\[(?P<alt>[^\]]*)\](?:\[(?P<ref>[^\]]*)\])?")
_REF_DEF_RE = re.compile(r"^ {0,3}\[(?P<ref>[^\]]+)\]:\s*(?P<url><[^>]*>|\S+)")


def _ref_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def _check_images(prose: list[tuple[int, str]], module_dir: Path, report: _Report) -> None:
    """Report every Markdown image (inline or by reference) that is not a module file."""
    refs: dict[str, str] = {}
    for _, text in prose:
        match = _REF_DEF_RE.match(text)
        if match:
            refs.setdefault(_ref_key(match["ref"]), match["url"])
    for line, text in prose:
        if "![" not in text:
            continue
        text = _CODE_SPAN_RE.sub(lambda m: " " * len(m[0]), text)
        sources: list[str] = []
        for match in _INLINE_IMAGE_RE.finditer(text):
            sources.append(match["src"])
        text = _INLINE_IMAGE_RE.sub(lambda m: " " * len(m[0]), text)
        for match in _REF_IMAGE_RE.finditer(text):
            label = match["ref"] or match["alt"]
            url = refs.get(_ref_key(label)) if label else None
            if url is not None:
                sources.append(url)
        for src in sources:
            _, reason = resolve_image(src, module_dir)
            if reason:
                report.add(line, reason)


# --------------------------------------------------------------------------- lesson body

_FENCE_OPEN_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*?)\s*$")
_FENCE_CLOSE_RE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})\s*$")


def _is_separator(line: str) -> bool:
    return line.rstrip() == "---"


def _open_fence(line: str) -> tuple[str, int, str] | None:
    match = _FENCE_OPEN_RE.match(line)
    if not match:
        return None
    fence, info = match["fence"], match["info"]
    if fence[0] == "`" and "`" in info:
        return None  # inline code such as ```x``` on one line
    word = info.split()[0].lower() if info.split() else ""
    return fence[0], len(fence), word


def _closes(line: str, char: str, length: int) -> bool:
    match = _FENCE_CLOSE_RE.match(line)
    return bool(match) and match["fence"][0] == char and len(match["fence"]) >= length


class _PageBuilder:
    def __init__(self, separator_line: int) -> None:
        self.separator_line = separator_line  # the "---" before this page
        self.blocks: list[Block] = []
        self.has_content = False  # also true for a broken activity (not an "empty page")
        self.markdown: list[tuple[int, str]] = []

    def flush_markdown(self) -> None:
        chunk = self.markdown
        self.markdown = []
        while chunk and not chunk[0][1].strip():
            chunk.pop(0)
        while chunk and not chunk[-1][1].strip():
            chunk.pop()
        if chunk:
            self.has_content = True
            self.blocks.append(MarkdownBlock("\n".join(t for _, t in chunk), chunk[0][0]))


def _parse_body(lines: list[str], first: int, module_dir: Path, report: _Report) -> list[Page]:
    """Split ``lines[first:]`` into pages and blocks. ``first`` is a 0-based index."""
    pages: list[Page] = []
    prose: list[tuple[int, str]] = []  # Markdown lines outside code, for the image check
    seen_ids: dict[str, int] = {}
    page = _PageBuilder(first)  # line `first` (1-based) is the closing "---" of the front matter
    fence: tuple[str, int, int, bool] | None = None  # char, length, line, is_quiz
    quiz_lines: list[str] = []

    def end_page() -> None:
        page.flush_markdown()
        if not page.has_content:
            report.add(page.separator_line, "página vacía: después de este «---» no hay contenido")
        else:
            pages.append(Page(tuple(page.blocks), page.separator_line + 1))

    for index in range(first, len(lines)):
        number = index + 1
        line = lines[index]
        if fence is not None:
            char, length, fence_line, is_quiz = fence
            if _closes(line, char, length):
                fence = None
                if is_quiz:
                    page.has_content = True
                    activity = _parse_activity(quiz_lines, fence_line, report, seen_ids)
                    if activity is not None:
                        page.blocks.append(activity)
                    continue
            elif is_quiz:
                quiz_lines.append(line)
                continue
            page.markdown.append((number, line))
            continue
        if _is_separator(line):
            end_page()
            page = _PageBuilder(number)
            continue
        opened = _open_fence(line)
        if opened is not None:
            char, length, word = opened
            is_quiz = word == "quiz"
            fence = (char, length, number, is_quiz)
            if is_quiz:
                page.flush_markdown()
                quiz_lines = []
                continue
            page.markdown.append((number, line))
            continue
        page.markdown.append((number, line))
        prose.append((number, line))

    if fence is not None:
        char, length, fence_line, is_quiz = fence
        what = "el bloque «quiz»" if is_quiz else "el bloque de código"
        report.add(fence_line, f"{what} no se cierra (falta una línea {char * length})")
        page.has_content = True
    end_page()
    _check_images(prose, module_dir, report)
    return pages


def _parse_activity(
    body: list[str],
    fence_line: int,
    report: _Report,
    seen_ids: dict[str, int],
) -> Activity | None:
    doc = _Yaml(report, fence_line + 1)
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
    fields = _Fields.of(doc, node, fence_line, "el bloque «quiz»")
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
    kind = fields.text("type")
    if kind is not None and kind in PLANNED_KINDS:
        report.add(
            fields.key_line("type"),
            f"tipo de actividad «{kind}» todavía no está disponible en esta versión del kiosco",
        )
        return None
    if kind is not None and kind not in GRADED_KINDS:
        report.add(
            fields.key_line("type"),
            f"tipo de actividad desconocido «{kind}» (se esperaba single, multi o truefalse)",
        )
        return None
    fields.check_required(("id", "type", "prompt"))
    if kind is None:
        return None
    fields.check_unknown(QUIZ_KEYS[kind])
    prompt = fields.text("prompt")
    explanation = fields.text("explanation", required=False) or ""
    if kind == "truefalse":
        fields.check_required(("answer",))
        answer = fields.boolean("answer")
        feedback_true = fields.text("feedback_true", required=False) or ""
        feedback_false = fields.text("feedback_false", required=False) or ""
        options: tuple[Option, ...] = ()
        if answer is not None:
            options = (
                Option("true", answer is True, feedback_true),
                Option("false", answer is False, feedback_false),
            )
    else:
        fields.check_required(("options",))
        options = _parse_options(fields, kind, doc)
    if len(report.problems) != start or activity_id is None or prompt is None:
        return None
    return Activity(activity_id, kind, prompt, options, explanation, fence_line)


def _parse_options(fields: _Fields, kind: str, doc: _Yaml) -> tuple[Option, ...]:
    node = fields.items.get("options", (None, None))[1]
    if node is None:
        return ()
    line = fields.key_line("options")
    if not isinstance(node, SequenceNode):
        doc.report.add(line, "«options» debe ser una lista de opciones («- text: ...»)")
        return ()
    low, high = OPTION_LIMITS[kind]
    count = len(node.value)
    if not low <= count <= high:
        doc.report.add(
            line,
            f"una pregunta «{kind}» necesita entre {low} y {high} opciones (tiene {count})",
        )
    options: list[Option] = []
    texts: dict[str, int] = {}
    for number, item in enumerate(node.value, start=1):
        where = f" en la opción {number}"
        option = _Fields.of(doc, item, doc.line(item), f"la opción {number}", where)
        if option is None:
            continue
        option.check_unknown(OPTION_KEYS)
        option.check_required(("text",))
        text = option.text("text")
        correct = option.boolean("correct") if "correct" in option else False
        feedback = option.text("feedback", required=False) or ""
        if text is None or correct is None:
            continue
        if text in texts:
            doc.report.add(option.key_line("text"), f"la opción «{text}» está repetida")
        texts.setdefault(text, number)
        options.append(Option(text, correct, feedback))
    right = sum(1 for option in options if option.correct)
    if len(options) == count:  # every option was readable: the count is meaningful
        if kind == "single" and right != 1:
            doc.report.add(
                line,
                "una pregunta «single» necesita exactamente una opción con «correct: true» "
                f"(tiene {right})",
            )
        elif kind == "multi" and right == 0:
            doc.report.add(
                line, "una pregunta «multi» necesita al menos una opción con «correct: true»"
            )
    return tuple(options)


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

    Returns ``(lesson, [])`` or ``(None, problems)``; never raises on bad content.
    """
    path = Path(path)
    report = _Report(path)
    text = _read_text(path, report)
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
    if not _is_separator(lines[0]):
        report.add(1, "el archivo debe empezar con una línea «---» que abre la cabecera")
        return None, report.problems
    close = next((i for i in range(1, len(lines)) if _is_separator(lines[i])), None)
    if close is None:
        report.add(1, "la cabecera no se cierra: falta la segunda línea «---»")
        return None, report.problems

    meta = _parse_front_matter(lines[1:close], report, module_id, slug, file_lang)
    pages = _parse_body(lines, close + 1, path.parent, report)
    if report.problems or meta is None or slug is None:
        return None, report.problems
    lesson = Lesson(
        id=f"{module_id}/{slug}",
        slug=slug,
        module_id=module_id,
        pages=tuple(pages),
        path=path,
        **meta,
    )
    return lesson, []


def _parse_front_matter(
    lines: list[str],
    report: _Report,
    module_id: str,
    slug: str | None,
    file_lang: str | None,
) -> dict | None:
    doc = _Yaml(report, 2)
    if not "".join(lines).strip():
        report.add(1, "la cabecera está vacía")
        return None
    before = len(report.problems)
    node = doc.compose("\n".join(lines))
    if node is None:
        if len(report.problems) == before:
            report.add(1, "la cabecera está vacía")
        return None
    fields = _Fields.of(doc, node, 1, "la cabecera")
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
    }


# --------------------------------------------------------------------------- module, track


def _parse_yaml_file(path: Path, what: str) -> tuple[_Fields | None, _Report]:
    path = Path(path)
    report = _Report(path)
    text = _read_text(path, report)
    if text is None:
        return None, report
    doc = _Yaml(report, 1)
    if not text.strip():
        report.add(1, f"{what} está vacío")
        return None, report
    node = doc.compose(text)
    if node is None:
        if not report.problems:
            report.add(1, f"{what} está vacío")
        return None, report
    return _Fields.of(doc, node, 1, what), report


def _check_schema_and_id(fields: _Fields, report: _Report, folder: str) -> str | None:
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
    order (int), lessons (list of slugs), lesson_lines ({slug: line in module.yaml})`` or None.
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
    if report.problems:
        return None, report.problems
    return {"id": ident, "title": title, "color": color, "icon": icon, "order": order}, []
