"""Typed access to composed YAML, with every problem reported as ``path:line: message``.

Shared by every part of the lesson parser (front matter, module.yaml, track.yaml and each
activity kind in ``kiosk.content.activities``).  YAML is *composed* (not loaded) so that every
value keeps its line, and so that a scalar's resolved tag tells a quoted ``"1.0"`` from a float
``1.0``.  Nothing here raises on bad content.
"""

from __future__ import annotations

import codecs
import difflib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .model import LANGS, Problem

try:  # libyaml is ~10x faster; the pure-Python loader gives the same nodes and marks.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = [
    "Report",
    "YamlDoc",
    "Fields",
    "scalar_text",
    "read_text",
    "MappingNode",
    "Node",
    "ScalarNode",
    "SequenceNode",
]

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # track, module and lesson ids
ID_HINT = "usá minúsculas sin acentos, números y guiones"
LANG_HINT = "(se esperaba es, gn o en)"
ACTIVITY_ID_RE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")  # activity and option ids
SEMVER_RE = re.compile(r"^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$")

MAX_FILE_BYTES = 1_000_000  # a lesson is a few KB; refuse to slurp anything absurd
MAX_YAML_CHARS = 16_000  # one front matter, quiz block, module.yaml or track.yaml
MAX_YAML_BRACKETS = 1_000

_TAG = "tag:yaml.org,2002:"
STR, INT, BOOL, NULL = _TAG + "str", _TAG + "int", _TAG + "bool", _TAG + "null"
_constructor = SafeConstructor()


# --------------------------------------------------------------------------- reporting


class Report:
    """Collects problems for one file; YAML node lines are shifted by ``offset``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, max(int(line), 1), message))


class YamlDoc:
    """A YAML text that starts at line ``offset`` (1-based) of the file."""

    def __init__(self, report: Report, offset: int) -> None:
        self.report = report
        self.offset = offset

    def line(self, node: Node) -> int:
        return self.offset + node.start_mark.line

    def at(self, node: Node, message: str) -> None:
        self.report.add(self.line(node), message)

    def compose(self, text: str, *, max_chars: int = MAX_YAML_CHARS) -> Node | None:
        # libyaml's composer recurses in C: tens of thousands of nested "[" or "- " crash the
        # process (a tampered file must not take the kiosk down), so refuse absurd YAML first.
        if len(text) > max_chars:
            self.report.add(
                self.offset, f"el YAML es demasiado largo (más de {max_chars} letras)"
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


def read_text(path: Path, report: Report) -> str | None:
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


class Fields:
    """The keys of one YAML mapping, each with its key node and value node."""

    def __init__(self, doc: YamlDoc, node: MappingNode, missing_line: int, where: str = "") -> None:
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
        cls, doc: YamlDoc, node: Node | None, missing_line: int, what: str, where: str = ""
    ) -> Fields | None:
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
        value = scalar_text(node)
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
            value = scalar_text(item)
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
            lang = scalar_text(lang_node)
            if lang not in LANGS:
                self.doc.at(lang_node, f"idioma «{lang}» no válido en «{key}» {LANG_HINT}")
                ok = False
                continue
            if lang in out:
                self.doc.at(lang_node, f"el idioma «{lang}» está repetido en «{key}»")
                ok = False
                continue
            text = scalar_text(text_node)
            if not text:
                self.doc.at(text_node, f"«{key}» en «{lang}» debe ser un texto no vacío")
                ok = False
                continue
            out[lang] = text
        if ok and "es" not in out:
            self.doc.report.add(self.key_line(key), f"falta el texto en español («es») de «{key}»")
            ok = False
        return out if ok else None


def scalar_text(node: Node) -> str | None:
    """A scalar as the text the author wrote (``text: 1234`` is "1234"); None if not a scalar.

    A null (``~`` or nothing) is the empty string.
    """
    if not isinstance(node, ScalarNode):
        return None
    if node.tag == NULL and not node.style:
        return ""
    return node.value.strip()
