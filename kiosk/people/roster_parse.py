"""Reading a CSV roster, PURE: a file (or bytes) in, a ``RosterPreview`` out, one ``RosterRow``
per data row with its problems in Spanish (see ``kiosk.people.roster_import``).

The file is never read whole: its size is checked first (``MAX_BYTES``, from ``os.fstat`` or a
seek to its end: nothing is read from a file that is too big), then ``csv`` reads it line by
line through a text decoder, and reading stops after ``MAX_ROWS`` data rows.  UTF-8 (with or
without a BOM) is tried first; at the first byte that is not UTF-8 the file is read again from
the start as Windows-1252 (what Excel in Spanish often saves).

Names and class names are cleaned like every name (``kiosk.core.names.clean_name``), and the
raw cells kept for the preview are cleaned too (no control, bidi or invisible characters).
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import IO

from kiosk import resources
from kiosk.core.names import clean_name, name_key
from kiosk.core.people import DISPLAY_NAME_MAX, AgeBand, Role
from kiosk.people.classes import CLASS_NAME_MAX
from kiosk.people.roster_words import COLUMN_TITLES, COLUMNS, column_of, is_private, parse_age_band, parse_role

MAX_BYTES = 2 * 1024 * 1024  # 2 MB: ten thousand rows at 200 bytes each; anything bigger is not a roster
MAX_MB = MAX_BYTES // (1024 * 1024)
MAX_ROWS = 10_000  # data rows (blank lines not counted)
SHOWN_MAX = 40  # characters of a bad name quoted in a message

Source = bytes | bytearray | IO[bytes]


@dataclass(frozen=True)
class RosterRow:
    line: int  # the row's number as a spreadsheet shows it (the header is row 1)
    name: str
    age_band: AgeBand | None
    role: Role | None
    class_name: str | None  # as it will be stored (an existing class's spelling wins)
    avatar: str | None  # the picture this learner will get
    errors: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()  # the cells (cleaned), to show in the preview

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class RosterPreview:
    rows: tuple[RosterRow, ...] = ()
    problems: tuple[str, ...] = ()  # about the whole file: nothing can be imported
    warnings: tuple[str, ...] = ()  # worth knowing, not blocking (encoding, ignored columns)
    new_classes: tuple[str, ...] = ()  # classes the import will create
    delimiter: str = ","
    encoding: str = "utf-8"
    readable: bool = True  # False: not a text file at all (an .xlsx, a picture...) or far too big
    columns: tuple[str, ...] = ()  # the recognised columns, in file order

    @property
    def good_rows(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self.rows if r.ok) if not self.problems else ()

    @property
    def bad_rows(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self.rows if not r.ok)

    @property
    def has_errors(self) -> bool:
        return bool(self.problems) or any(not r.ok for r in self.rows)

    @property
    def can_import_all(self) -> bool:
        return not self.has_errors and bool(self.rows)

    @property
    def can_import_valid(self) -> bool:
        return not self.problems and bool(self.good_rows)

    def messages(self) -> list[str]:
        """Every problem, the file's first, then row by row."""
        return [*self.problems, *(e for r in self.rows for e in r.errors)]

    def summary(self) -> str:
        if self.problems:
            return "No se puede importar este archivo."
        bad = len(self.bad_rows)
        if bad:
            return f"{bad} de {len(self.rows)} filas tienen problemas."
        if not self.rows:
            return "El archivo no tiene ninguna fila con estudiantes."
        return f"{len(self.rows)} filas listas para importar."


@dataclass(frozen=True)
class Existing:
    """What the kiosk already has, as far as the import cares."""

    taken: frozenset[tuple[str, str]] = frozenset()  # (name_key, avatar) of active learners
    names: frozenset[str] = frozenset()  # name keys of active learners
    classes: dict[str, str] = field(default_factory=dict)  # class name_key -> its stored name
    members: dict[str, frozenset[str]] = field(default_factory=dict)  # class name_key -> learner name keys


@cache
def bundled_avatar_files() -> tuple[str, ...]:
    """The avatar pictures in display order (assets/avatars/avatars.yaml)."""
    folder = resources.assets_dir() / "avatars"
    index = folder / "avatars.yaml"
    if index.exists():
        import yaml

        entries = yaml.safe_load(index.read_text(encoding="utf-8")) or []
        found = tuple(str(e["file"]) for e in entries if isinstance(e, dict) and (folder / str(e.get("file", ""))).is_file())
        if found:
            return found
    return tuple(p.name for p in sorted(folder.glob("*.svg")))


# -- the file ----------------------------------------------------------------------------------

CP1252_WARNING = ("El archivo no está en UTF-8: se leyó como Windows-1252 (lo que suele guardar Excel). "
                  "Revisá que las tildes y la ñ se vean bien en la vista previa.")


def too_large(size: int) -> RosterPreview:
    """The preview of a file too big to be a roster (nothing of it was read)."""
    mb = f"{size / (1024 * 1024):.1f}".replace(".", ",")
    return RosterPreview(readable=False, problems=(
        f"El archivo es demasiado grande para ser una lista de estudiantes: pesa {mb} MB y puede pesar "
        f"hasta {MAX_MB} MB. ¿Elegiste el archivo correcto? Si la lista es tan larga, dividila en partes.",
    ))


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings).  UTF-8 (BOM or not) first, Windows-1252 as a fallback."""
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252", [CP1252_WARNING]


def sniff_delimiter(text: str) -> str:
    """',' ';' or tab: the one the header line uses most (outside quotes)."""
    import re

    first = next((line for line in text.splitlines() if line.strip()), "")
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _looks_binary(head: bytes) -> bool:
    return head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x89PNG", b"\xff\xd8")) or b"\x00" in head[:4096]


def source_size(stream: IO[bytes]) -> int:
    """The bytes left to read in ``stream``, found without reading any."""
    try:
        return os.fstat(stream.fileno()).st_size - stream.tell()
    except (AttributeError, OSError, io.UnsupportedOperation):
        start = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(start)
        return end - start


def _records(stream: IO[bytes], encoding: str) -> Iterator[tuple[str, list[str]]]:
    """``(delimiter, record)`` for every record of the file, read line by line."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig" if encoding == "utf-8" else encoding,
                            errors="strict" if encoding == "utf-8" else "replace", newline="")
    try:
        lines = iter(text)
        head: list[str] = []
        for line in lines:
            head.append(line)
            if line.strip():
                break
        delimiter = sniff_delimiter(head[-1] if head else "")
        for record in csv.reader(itertools.chain(head, lines), delimiter=delimiter):
            yield delimiter, record
    finally:
        text.detach()  # the caller's stream stays open


# -- parsing -----------------------------------------------------------------------------------


def parse_roster(
    source: Source,
    *,
    existing: Existing | None = None,
    default_class: str | None = None,
    avatars: Sequence[str] | None = None,
) -> RosterPreview:
    """Read a roster (bytes, or a binary file open for reading) and say, row by row, what would
    be imported and what is wrong.  Pure: ``existing`` is what the kiosk already has."""
    stream: IO[bytes] = io.BytesIO(bytes(source)) if isinstance(source, bytes | bytearray) else source
    size = source_size(stream)
    if size > MAX_BYTES:
        return too_large(size)
    start = stream.tell()
    head = stream.read(4096)
    stream.seek(start)
    if _looks_binary(head):
        return RosterPreview(readable=False, problems=(
            "Este archivo no es un CSV (¿es una planilla de Excel o de LibreOffice?). "
            "Abrilo en la planilla y guardalo como «CSV», después elegí ese archivo.",
        ))
    pictures = tuple(avatars) if avatars is not None else bundled_avatar_files()
    try:
        return _parse(stream, "utf-8", [], existing or Existing(), default_class, pictures)
    except UnicodeDecodeError:
        stream.seek(start)
        return _parse(stream, "cp1252", [CP1252_WARNING], existing or Existing(), default_class, pictures)


def _parse(stream: IO[bytes], encoding: str, warnings: list[str], have: Existing,
           default_class: str | None, pictures: tuple[str, ...]) -> RosterPreview:
    reading = _records(stream, encoding)
    records = enumerate(reading)
    delimiter = ","
    base = dict(encoding=encoding)
    try:
        # The header: the first row with something in it.
        header: list[str] | None = None
        for _position, (delimiter, record) in records:
            if any(c.strip() for c in record):
                header = record
                break
        base["delimiter"] = delimiter
        if header is None:
            return RosterPreview(problems=("El archivo está vacío.",), warnings=tuple(warnings), **base)
        where, problems = _read_header(header, warnings)
        columns = tuple(sorted(where, key=lambda c: where[c]))
        if problems:
            return RosterPreview(problems=tuple(problems), warnings=tuple(warnings), columns=columns, **base)
        check = _RowChecker(where, have, default_class, pictures)
        # The row number as a spreadsheet shows it: csv.reader keeps blank lines as [] so the
        # position of a record is its line (quoted cells spanning lines are the rare exception).
        for position, (_d, record) in records:
            if not any(c.strip() for c in record):
                continue
            if len(check.rows) >= MAX_ROWS:
                return RosterPreview(problems=(
                    f"El archivo tiene más de {MAX_ROWS:,} filas con estudiantes; el kiosco importa hasta "
                    f"{MAX_ROWS:,} por vez. Dividí la lista en partes y importalas una por una.".replace(",", "."),
                ), warnings=tuple(warnings), columns=columns, **base)
            check.row(position + 1, record)
    except csv.Error:  # a cell longer than csv's field limit (128 KB), a NUL in the text
        return RosterPreview(problems=(
            "El archivo no se puede leer como una lista CSV: tiene una celda enorme o caracteres extraños. "
            "Abrilo en la planilla, revisalo y guardalo de nuevo como «CSV».",
        ), warnings=tuple(warnings), **base)
    finally:
        reading.close()  # detaches the decoder: the caller's stream stays open
    return RosterPreview(tuple(check.rows), (), tuple(warnings), check.created(), delimiter, encoding, True, columns)


def _read_header(header: list[str], warnings: list[str]) -> tuple[dict[str, int], list[str]]:
    """Which column is where, and the problems that refuse the whole file (warnings appended)."""
    problems: list[str] = []
    where: dict[str, int] = {}
    ignored: list[str] = []
    private: list[str] = []
    for index, raw_title in enumerate(header):
        title = clean_name(raw_title)
        if not title:
            continue
        column = column_of(title)
        if column is None and is_private(title):
            private.append(title[:SHOWN_MAX])
        elif column is None:
            ignored.append(title[:SHOWN_MAX])
        elif column in where:
            problems.append(f"La columna «{COLUMN_TITLES[column]}» aparece dos veces; dejá una sola.")
        else:
            where[column] = index
    if private:
        names = ", ".join(f"«{p}»" for p in private)
        which = "esa columna" if len(private) == 1 else "esas columnas"
        problems.append(
            f"El archivo tiene datos que el kiosco no guarda sobre chicos y chicas: {names}. "
            f"Borrá {which} (el kiosco solo usa nombre o apodo, edad, rol y clase) y volvé a intentar."
        )
    if not where:
        problems.append(
            "La primera fila tiene que tener los títulos de las columnas: nombre, edad, rol y clase "
            "(también valen en inglés: name, age_band, role, class)."
        )
    else:
        if "name" not in where:
            problems.append("Falta la columna «nombre» (solo el nombre o un apodo, sin apellido).")
        if "age_band" not in where:
            problems.append("Falta la columna «edad» (la franja de edad: 8-11, 12-17 o adulto).")
    if ignored and not problems:
        names = ", ".join(f"«{i}»" for i in ignored)
        warnings.append(f"Estas columnas no se usan y se van a ignorar: {names}.")
    return where, problems


def _shown(name: str) -> str:
    return name if len(name) <= SHOWN_MAX else name[:SHOWN_MAX] + "…"


class _RowChecker:
    """Checks the rows one by one: the duplicates among them and with the kiosk's learners,
    the classes they create, the picture each new learner gets."""

    def __init__(self, where: dict[str, int], have: Existing, default_class: str | None,
                 pictures: tuple[str, ...]) -> None:
        self.where, self.have, self.pictures = where, have, pictures
        self.default = clean_name(default_class) if default_class else None
        self.rows: list[RosterRow] = []
        self.new_classes: dict[str, str] = {}
        self.seen: dict[tuple[str, str], int] = {}  # (name key, class key) -> first line
        self.taken = set(have.taken)
        self.next_avatar = 0

    def cell(self, record: list[str], column: str) -> str:
        index = self.where.get(column)
        return record[index].strip() if index is not None and index < len(record) else ""

    def created(self) -> tuple[str, ...]:
        """Only the classes some good row needs are created."""
        needed = {name_key(r.class_name) for r in self.rows if r.ok and r.class_name}
        return tuple(name for key, name in self.new_classes.items() if key in needed)

    def row(self, line: int, record: list[str]) -> None:
        have = self.have
        errors: list[str] = []
        raw_name, raw_age, raw_role, raw_class = (self.cell(record, c) for c in COLUMNS)
        name = clean_name(raw_name)
        if not name:
            errors.append(f"fila {line}: falta el nombre" if not raw_name else
                          f"fila {line}: el nombre solo tiene caracteres invisibles o de control; "
                          "escribí un nombre o un apodo")
        elif len(name) > DISPLAY_NAME_MAX:
            errors.append(f"fila {line}: el nombre «{_shown(name)}» es muy largo (como máximo {DISPLAY_NAME_MAX} "
                          "letras); usá solo el nombre o un apodo")
        band = parse_age_band(raw_age) if raw_age else None
        if not raw_age:
            errors.append(f"fila {line}: falta la franja de edad; usá 8-11, 12-17 o adulto")
        elif band is None:
            errors.append(f"fila {line}: la franja de edad «{_shown(clean_name(raw_age))}» no es válida; "
                          "usá 8-11, 12-17 o adulto")
        role = parse_role(raw_role) if raw_role else Role.LEARNER
        if role is None:
            errors.append(f"fila {line}: el rol «{_shown(clean_name(raw_role))}» no es válido; "
                          "usá estudiante, docente o familia")
        class_name = clean_name(raw_class) or self.default
        class_key = name_key(class_name) if class_name else ""
        if class_name and len(class_name) > CLASS_NAME_MAX:
            errors.append(f"fila {line}: el nombre de la clase es muy largo (como máximo {CLASS_NAME_MAX} letras)")
        elif class_name:
            if class_key in have.classes:
                class_name = have.classes[class_key]
            else:
                class_name = self.new_classes.setdefault(class_key, class_name)
        avatar = None
        if name and len(name) <= DISPLAY_NAME_MAX:
            avatar = self._avatar_or_duplicate(line, name, class_name, class_key, errors)
        self.rows.append(RosterRow(line, name, band, role, class_name, avatar, tuple(errors),
                                   tuple(clean_name(c) for c in record)))

    def _avatar_or_duplicate(self, line: int, name: str, class_name: str | None, class_key: str,
                             errors: list[str]) -> str | None:
        have = self.have
        key = name_key(name)
        first = self.seen.get((key, class_key))
        if first is not None:
            errors.append(f"fila {line}: «{name}» ya está en la fila {first}"
                          + (" (misma clase)" if class_name else "")
                          + "; si son dos personas, agregá un apodo o una inicial a uno de los nombres")
        elif class_name and key in have.members.get(class_key, frozenset()):
            errors.append(f"fila {line}: ya hay alguien llamado «{name}» en la clase «{class_name}»; "
                          "si es otra persona, agregá un apodo o una inicial al nombre")
        elif not class_name and key in have.names:
            errors.append(f"fila {line}: ya hay un perfil llamado «{name}» en este kiosco; "
                          "si es otra persona, agregá un apodo o una inicial al nombre")
        else:
            self.seen[(key, class_key)] = line
        if errors:
            return None
        pictures = self.pictures
        for step in range(len(pictures)):
            candidate = pictures[(self.next_avatar + step) % len(pictures)]
            if (key, candidate) not in self.taken:
                self.next_avatar = (self.next_avatar + step + 1) % len(pictures)
                self.taken.add((key, candidate))
                return candidate
        errors.append(f"fila {line}: ya hay demasiados perfiles llamados «{name}»; "
                      "agregá un apodo o una inicial al nombre")
        return None
