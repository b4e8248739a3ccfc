"""Typed ids.  Every key is a UUID4 stored as its 36-character text form."""

from __future__ import annotations

import uuid
from typing import NewType

LearnerId = NewType("LearnerId", str)
SessionId = NewType("SessionId", str)
VisitId = NewType("VisitId", str)
AttemptId = NewType("AttemptId", str)
DeviceId = NewType("DeviceId", str)
# Content ids are paths, not UUIDs: "internet-seguro/cuida-tus-secretos/contrasenas-fuertes"
LessonId = NewType("LessonId", str)
ModuleId = NewType("ModuleId", str)
TrackId = NewType("TrackId", str)


def new_id() -> str:
    return str(uuid.uuid4())
