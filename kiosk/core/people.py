"""What the kiosk knows about a person: deliberately little (see DESIGN.md "Data")."""

from __future__ import annotations

from enum import StrEnum


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
