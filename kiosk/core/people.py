"""What the kiosk knows about a person: deliberately little (see DESIGN.md "Data")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.text import fold_for_search


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


# Audience tags used in lesson files (CURRICULUM.md) and the age bands they serve.
AUDIENCE_TAGS = {
    "ninos-8-11": {AgeBand.CHILD},
    "adolescentes-12-17": {AgeBand.TEEN},
    "docentes": {AgeBand.ADULT},
    "familias": {AgeBand.ADULT},
}

DISPLAY_NAME_MAX = 24


def clean_display_name(raw: str) -> str:
    """Collapse white space; the caller checks emptiness and length."""
    return " ".join(raw.split())


def name_key(name: str) -> str:
    """Compare and sort names ignoring case, accents and apostrophe look-alikes:
    "Ángel" ~ "angel", "Ña Carmen" ~ "na carmen", "Kaʼa" ~ "Ka'a"."""
    return fold_for_search(clean_display_name(name))


@dataclass(frozen=True)
class LearnerInfo:
    """A learner as the screens see them."""

    id: str
    display_name: str
    avatar: str
    age_band: AgeBand
    role: Role
    gender: Gender | None = None
