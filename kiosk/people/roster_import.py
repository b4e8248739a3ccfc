"""Import learners from a CSV roster: name, age band, role, class.

Three steps, so the staff page and ``kiosk learners import`` share every rule:

* ``parse_roster(data, existing=...)`` -- a PURE function: bytes in, a ``RosterPreview`` out,
  with one ``RosterRow`` per data row (its number as a spreadsheet shows it, the header being
  row 1), the picture each new learner will get, and every problem in Spanish
  ("fila 7: la franja de edad «9» no es válida; usá 8-11, 12-17 o adulto").
* ``preview_roster(store, data)`` -- the same against the learners and classes on this kiosk.
* ``import_roster(store, data)`` -- parses again INSIDE one write transaction (so nothing that
  changed since the preview slips through) and writes every row with bulk Core inserts, or
  nothing: a file with any problem is refused whole (``RosterRefused``) unless the caller
  explicitly asks for ``only_valid=True`` ("import only the good rows" in the preview).

What is accepted: headers in Spanish or English (nombre/name, edad|franja/age band, rol/role,
clase/class), ',' ';' or tab as separator, UTF-8 with or without BOM, and Windows-1252 (what
Excel in Spanish often saves) with a warning.  Unknown columns are ignored and named; a column
that looks like a surname, an ID number, a birth date, a photo or contact details refuses the
file: the kiosk keeps no such data about children (DESIGN.md "Data").
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from kiosk import resources
from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem
from kiosk.core.ids import new_id
from kiosk.core.people import DISPLAY_NAME_MAX, AgeBand, Role, clean_display_name, name_key
from kiosk.core.text import fold_for_search
from kiosk.people.classes import CLASS_NAME_MAX
from kiosk.store.models import ClassMember, Learner, SchoolClass

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.store.store import Store

MAX_BYTES = 5_000_000  # a roster of 50,000 learners; anything bigger is not a roster
COLUMNS = ("name", "age_band", "role", "class")
COLUMN_TITLES = {"name": "nombre", "age_band": "edad", "role": "rol", "class": "clase"}

_HEADERS = {
    "name": {"nombre", "nombres", "name", "first name", "firstname", "apodo", "nickname", "nombre o apodo",
             "nombre apodo", "alumno", "alumna", "estudiante", "learner"},
    "age_band": {"edad", "franja", "franja de edad", "franja etaria", "rango de edad", "grupo de edad",
                 "age", "age band", "ageband", "age group"},
    "role": {"rol", "role", "perfil", "tipo"},
    "class": {"clase", "class", "grupo", "group", "grado", "curso", "seccion", "grado seccion", "turno clase"},
}
# Words that mark a column the kiosk must not hold (children's privacy).
_PRIVATE_WORDS = {
    "apellido", "apellidos", "surname", "surnames", "lastname",
    "ci", "cedula", "documento", "dni", "rut", "pasaporte", "passport",
    "nacimiento", "nacimientos", "birth", "birthdate", "birthday", "dob", "cumpleanos", "nac",
    "foto", "fotos", "photo", "picture", "imagen",
    "telefono", "celular", "phone", "mobile", "email", "mail", "correo", "direccion", "domicilio", "address",
}
_PRIVATE_PHRASES = ("last name", "family name", "date of birth", "id number", "fecha nac")
_PRIVATE_COMPACT = {"ci", "nci", "nroci", "nrodeci", "numerodeci", "cino", "fnac", "fdenac", "fechanac"}

_ADULT = {"adulto", "adulta", "adultos", "adultas", "adulto a", "adult", "adults", "18+", "+18", "mayor",
          "mayor de edad", "mayores", "soy adulto", "soy adulta", "soy adulto a"}
_CHILD_WORDS = {"nino", "nina", "ninos", "ninas", "nino a", "ninos as", "child", "children", "kid", "kids"}
_TEEN_WORDS = {"adolescente", "adolescentes", "teen", "teens", "teenager", "joven", "jovenes"}
_ROLES = {
    Role.LEARNER: {"estudiante", "estudiantes", "alumno", "alumna", "alumno a", "learner", "student", "nino", "nina",
                   "adolescente"},
    Role.TEACHER: {"docente", "docentes", "maestro", "maestra", "maestro a", "profesor", "profesora", "profe",
                   "teacher", "facilitador", "facilitadora"},
    Role.PARENT: {"familia", "familiar", "madre", "padre", "mama", "papa", "encargado", "encargada", "encargado a",
                  "tutor", "tutora", "parent", "caregiver", "madre padre", "mama papa", "abuela", "abuelo"},
}
_ROLE_BY_WORD = {word: role for role, words in _ROLES.items() for word in words}
_PUNCT = re.compile(r"[._\-:/*()\[\]°º#\"]+")


class RosterRefused(InputProblem):
    """The roster was not imported (nothing was written); ``preview`` says why, row by row."""

    code = Code.ROSTER_REFUSED

    def __init__(self, preview: RosterPreview) -> None:
        super().__init__(summary=preview.summary())
        self.preview = preview


@dataclass(frozen=True)
class RosterRow:
    line: int  # the row's number as a spreadsheet shows it (the header is row 1)
    name: str
    age_band: AgeBand | None
    role: Role | None
    class_name: str | None  # as it will be stored (an existing class's spelling wins)
    avatar: str | None  # the picture this learner will get
    errors: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()  # the raw cells, to show in the preview

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
    readable: bool = True  # False: not a text file at all (an .xlsx, a picture...)
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


@dataclass(frozen=True)
class ImportResult:
    added: int
    classes_created: tuple[str, ...]
    skipped: int  # bad rows left out (only with only_valid=True)
    learner_ids: tuple[str, ...]
    preview: RosterPreview


# -- parsing (pure) ----------------------------------------------------------------------


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


def _fold(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold_for_search(text)).split())


def _column_of(header: str) -> str | None:
    folded = _fold(header)
    for column, names in _HEADERS.items():
        if folded in names:
            return column
    return None


def _is_private(header: str) -> bool:
    folded = _fold(header)
    words = set(folded.split())
    return (bool(words & _PRIVATE_WORDS) or folded.replace(" ", "") in _PRIVATE_COMPACT
            or any(phrase in folded for phrase in _PRIVATE_PHRASES))


def parse_age_band(value: str) -> AgeBand | None:
    """ "8-11", "8 a 11", "de 8 a 11 años", "12–17", "adulto", "adult"... or None."""
    folded = _fold(value.replace("–", "-").replace("—", "-"))
    if folded in _ADULT:
        return AgeBand.ADULT
    if folded in _CHILD_WORDS:
        return AgeBand.CHILD
    if folded in _TEEN_WORDS:
        return AgeBand.TEEN
    compact = re.sub(r"\b(anos|years|de|from)\b", " ", fold_for_search(value))
    compact = re.sub(r"\s*(-|–|—|\ba\b|\bal\b|\bto\b)\s*", "-", compact.strip())
    compact = compact.replace(" ", "")
    if compact in {"8-11"}:
        return AgeBand.CHILD
    if compact in {"12-17"}:
        return AgeBand.TEEN
    return None


def parse_role(value: str) -> Role | None:
    return _ROLE_BY_WORD.get(_fold(value))


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings).  UTF-8 (BOM or not) first, Windows-1252 as a fallback."""
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return text, "cp1252", [
        "El archivo no está en UTF-8: se leyó como Windows-1252 (lo que suele guardar Excel). "
        "Revisá que las tildes y la ñ se vean bien en la vista previa."
    ]


def sniff_delimiter(text: str) -> str:
    """',' ';' or tab: the one the header line uses most (outside quotes)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _looks_binary(data: bytes) -> bool:
    return data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x89PNG", b"\xff\xd8")) or b"\x00" in data[:4096]


def parse_roster(
    data: bytes,
    *,
    existing: Existing | None = None,
    default_class: str | None = None,
    avatars: Sequence[str] | None = None,
) -> RosterPreview:
    """Read a roster and say, row by row, what would be imported and what is wrong.  Pure:
    ``existing`` is what the kiosk already has (``read_existing``)."""
    have = existing or Existing()
    pictures = tuple(avatars) if avatars is not None else bundled_avatar_files()
    if _looks_binary(data):
        return RosterPreview(readable=False, problems=(
            "Este archivo no es un CSV (¿es una planilla de Excel o de LibreOffice?). "
            "Abrilo en la planilla y guardalo como «CSV», después elegí ese archivo.",
        ))
    if len(data) > MAX_BYTES:
        return RosterPreview(readable=False, problems=("El archivo es demasiado grande para ser una lista de estudiantes.",))
    text, encoding, warnings = decode(data)
    delimiter = sniff_delimiter(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))

    # The header: the first row with something in it.
    header_index = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
    base = dict(delimiter=delimiter, encoding=encoding)
    if header_index is None:
        return RosterPreview(problems=("El archivo está vacío.",), warnings=tuple(warnings), **base)
    header = records[header_index]
    problems: list[str] = []
    where: dict[str, int] = {}
    ignored: list[str] = []
    private: list[str] = []
    for index, title in enumerate(header):
        if not title.strip():
            continue
        column = _column_of(title)
        if column is None and _is_private(title):
            private.append(title.strip())
        elif column is None:
            ignored.append(title.strip())
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
    columns = tuple(sorted(where, key=lambda c: where[c]))
    if problems:
        return RosterPreview(problems=tuple(problems), warnings=tuple(warnings), columns=columns, **base)

    default = clean_display_name(default_class) if default_class else None
    rows: list[RosterRow] = []
    new_classes: dict[str, str] = {}
    seen: dict[tuple[str, str], int] = {}  # (name key, class key) -> first line
    taken = set(have.taken)
    next_avatar = 0

    def cell(record: list[str], column: str) -> str:
        index = where.get(column)
        return record[index].strip() if index is not None and index < len(record) else ""

    # The row number as a spreadsheet shows it: csv.reader keeps blank lines as [] so the
    # position in ``records`` is the line (quoted cells spanning lines are the rare exception).
    for position in range(header_index + 1, len(records)):
        record = records[position]
        if not any(c.strip() for c in record):
            continue
        line = position + 1
        errors: list[str] = []
        raw_name, raw_age, raw_role, raw_class = (cell(record, c) for c in COLUMNS)
        name = clean_display_name(raw_name)
        if not name:
            errors.append(f"fila {line}: falta el nombre")
        elif len(name) > DISPLAY_NAME_MAX:
            errors.append(f"fila {line}: el nombre «{name}» es muy largo (como máximo {DISPLAY_NAME_MAX} letras); "
                          "usá solo el nombre o un apodo")
        band = parse_age_band(raw_age) if raw_age else None
        if not raw_age:
            errors.append(f"fila {line}: falta la franja de edad; usá 8-11, 12-17 o adulto")
        elif band is None:
            errors.append(f"fila {line}: la franja de edad «{raw_age}» no es válida; usá 8-11, 12-17 o adulto")
        role = parse_role(raw_role) if raw_role else Role.LEARNER
        if role is None:
            errors.append(f"fila {line}: el rol «{raw_role}» no es válido; usá estudiante, docente o familia")
        class_name = clean_display_name(raw_class) or default
        class_key = name_key(class_name) if class_name else ""
        if class_name and len(class_name) > CLASS_NAME_MAX:
            errors.append(f"fila {line}: el nombre de la clase es muy largo (como máximo {CLASS_NAME_MAX} letras)")
        elif class_name:
            if class_key in have.classes:
                class_name = have.classes[class_key]
            else:
                class_name = new_classes.setdefault(class_key, class_name)
        avatar = None
        if name and len(name) <= DISPLAY_NAME_MAX:
            key = name_key(name)
            first = seen.get((key, class_key))
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
                seen[(key, class_key)] = line
            if not errors:
                for step in range(len(pictures)):
                    candidate = pictures[(next_avatar + step) % len(pictures)]
                    if (key, candidate) not in taken:
                        avatar = candidate
                        next_avatar = (next_avatar + step + 1) % len(pictures)
                        taken.add((key, candidate))
                        break
                else:
                    errors.append(f"fila {line}: ya hay demasiados perfiles llamados «{name}»; "
                                  "agregá un apodo o una inicial al nombre")
        rows.append(RosterRow(line, name, band, role, class_name, avatar, tuple(errors), tuple(record)))

    # Only classes some good row needs are created.
    needed = {name_key(r.class_name) for r in rows if r.ok and r.class_name}
    created = tuple(name for key, name in new_classes.items() if key in needed)
    return RosterPreview(tuple(rows), (), tuple(warnings), created, delimiter, encoding, True, columns)


# -- against the database --------------------------------------------------------------


def read_existing(session: Session) -> Existing:
    learners = session.execute(
        select(Learner.id, Learner.display_name, Learner.avatar).where(Learner.archived_at.is_(None))
    ).all()
    keys = {learner_id: name_key(name) for learner_id, name, _a in learners}
    classes = session.execute(select(SchoolClass.id, SchoolClass.name).where(SchoolClass.archived_at.is_(None))).all()
    class_key = {class_id: name_key(name) for class_id, name in classes}
    members: dict[str, set[str]] = {key: set() for key in class_key.values()}
    for class_id, learner_id in session.execute(select(ClassMember.class_id, ClassMember.learner_id)):
        if class_id in class_key and learner_id in keys:
            members[class_key[class_id]].add(keys[learner_id])
    return Existing(
        taken=frozenset((keys[i], avatar) for i, _n, avatar in learners),
        names=frozenset(keys.values()),
        classes={class_key[i]: name for i, name in classes},
        members={k: frozenset(v) for k, v in members.items()},
    )


class RosterService:
    """Preview and import a list of learners (``backend.roster``)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def preview(self, data: bytes, *, default_class: str | None = None) -> RosterPreview:
        return preview_roster(self._store, data, default_class=default_class)

    def run_import(self, data: bytes, *, default_class: str | None = None, only_valid: bool = False,
                   now: datetime | None = None) -> ImportResult:
        return import_roster(self._store, data, default_class=default_class, only_valid=only_valid, now=now)


def preview_roster(store: Store, data: bytes, *, default_class: str | None = None) -> RosterPreview:
    """What importing ``data`` would do on this kiosk now (nothing is written)."""
    with store.reading() as session:
        existing = read_existing(session)
    return parse_roster(data, existing=existing, default_class=default_class)


def import_roster(
    store: Store,
    data: bytes,
    *,
    default_class: str | None = None,
    only_valid: bool = False,
    now: datetime | None = None,
) -> ImportResult:
    """Import every row in ONE transaction, or nothing.

    ``RosterRefused`` (nothing written) when the file has a problem, a bad row (unless
    ``only_valid``: then the good rows are imported and the bad ones counted as skipped), or
    no row at all.  Learners, new classes and memberships go in with bulk Core inserts."""
    moment = now or utcnow()
    device = store.device_id
    with store.transaction() as session:
        preview = parse_roster(data, existing=read_existing(session), default_class=default_class)
        if preview.problems or not preview.rows or (preview.bad_rows and not only_valid) or not preview.good_rows:
            raise RosterRefused(preview)
        class_ids = dict(
            session.execute(select(SchoolClass.name, SchoolClass.id).where(SchoolClass.archived_at.is_(None))).all()
        )
        new_classes = [
            {"id": new_id(), "device_id": device, "created_at": moment, "updated_at": moment, "name": name}
            for name in preview.new_classes
        ]
        if new_classes:
            session.execute(insert(SchoolClass.__table__), new_classes)
            class_ids.update({c["name"]: c["id"] for c in new_classes})
        learners = []
        memberships = []
        for row in preview.good_rows:
            learner_id = new_id()
            learners.append({
                "id": learner_id, "device_id": device, "created_at": moment, "updated_at": moment,
                "display_name": row.name, "avatar": row.avatar, "age_band": row.age_band.value,  # type: ignore[union-attr]
                "role": row.role.value, "gender": None, "picture_failed_tries": 0,  # type: ignore[union-attr]
            })
            if row.class_name:
                memberships.append({"id": new_id(), "device_id": device, "class_id": class_ids[row.class_name],
                                    "learner_id": learner_id, "created_at": moment})
        session.execute(insert(Learner.__table__), learners)
        if memberships:
            session.execute(insert(ClassMember.__table__), memberships)
    return ImportResult(len(learners), preview.new_classes, len(preview.bad_rows),
                        tuple(r["id"] for r in learners), preview)
