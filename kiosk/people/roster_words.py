"""The words of a roster: the column titles recognised in Spanish and English, the columns
that hold data the kiosk must not keep (DESIGN.md "Data"), and the ways people write an age
band or a role ("de 8 a 11 años", "adulta", "maestra"...).  Pure; used by
``kiosk.people.roster_parse``."""

from __future__ import annotations

import re

from kiosk.core.people import AgeBand, Role
from kiosk.core.text import fold_for_search

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


def _fold(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold_for_search(text)).split())


def column_of(header: str) -> str | None:
    folded = _fold(header)
    for column, names in _HEADERS.items():
        if folded in names:
            return column
    return None


def is_private(header: str) -> bool:
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
