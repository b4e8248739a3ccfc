"""What the kiosk knows about a person: deliberately little (see DESIGN.md "Data")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.i18n import QT_TRANSLATE_NOOP, Context
from kiosk.core.names import clean_name, name_key  # noqa: F401 - name_key is re-exported

People = Context("People")  # the domain's words for people, for code without Qt


class AgeBand(StrEnum):
    CHILD = "8-11"
    TEEN = "12-17"
    ADULT = "adult"


class Role(StrEnum):
    LEARNER = "learner"
    TEACHER = "teacher"
    PARENT = "parent"  # parent or caregiver


class Gender(StrEnum):
    GIRL = "female"
    BOY = "male"
    OTHER = "other"
    UNSAID = "unsaid"  # "prefer not to say"


AGE_BAND_LABELS = {
    AgeBand.CHILD: QT_TRANSLATE_NOOP("People", "8 to 11 years"),
    AgeBand.TEEN: QT_TRANSLATE_NOOP("People", "12 to 17 years"),
    AgeBand.ADULT: QT_TRANSLATE_NOOP("People", "Adult"),
}
ROLE_LABELS = {
    Role.LEARNER: QT_TRANSLATE_NOOP("People", "Learner"),
    Role.TEACHER: QT_TRANSLATE_NOOP("People", "Teacher"),
    Role.PARENT: QT_TRANSLATE_NOOP("People", "Family"),
}


def age_band_label(band: str, lang: str | None = None) -> str:
    """An age band in words ("8 a 11 años"); an unknown code comes back as it is."""
    text = AGE_BAND_LABELS.get(band)  # type: ignore[call-overload]
    return People.tr(text, lang=lang) if text else band


def role_label(role: str, lang: str | None = None) -> str:
    """A role in words ("Estudiante"); an unknown code comes back as it is."""
    text = ROLE_LABELS.get(role)  # type: ignore[call-overload]
    return People.tr(text, lang=lang) if text else role


# Audience tags used in lesson files (CURRICULUM.md) and the age bands they serve.
AUDIENCE_TAGS = {
    "ninos-8-11": {AgeBand.CHILD},
    "adolescentes-12-17": {AgeBand.TEEN},
    "docentes": {AgeBand.ADULT},
    "familias": {AgeBand.ADULT},
}

DISPLAY_NAME_MAX = 24


def clean_display_name(raw: str) -> str:
    """A name as it is stored (``kiosk.core.names.clean_name``: control, bidi and invisible
    characters removed, NFC, white space collapsed); the caller checks emptiness and length."""
    return clean_name(raw)


# ``name_key`` (from kiosk.core.names): compare and sort names ignoring case, accents,
# apostrophe look-alikes and invisible characters: "Ángel" ~ "angel", "Ña Carmen" ~
# "na carmen", "Kaʼa" ~ "Ka'a", "Ana" ~ "Ana\u200b" ~ "ＡＮＡ".


@dataclass(frozen=True)
class LearnerInfo:
    """A learner as the screens see them."""

    id: str
    display_name: str
    avatar: str
    age_band: AgeBand
    role: Role
    gender: Gender | None = None
    lang: str | None = None  # the interface language the learner chose (None: the site's default)
