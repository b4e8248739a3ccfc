"""Site settings: the telecenter's name and code, idle sign-out, sign-in options, the default
language and the programme's goals.  Stored as key/value rows in ``settings`` (keys ``site.*``).

``store.site.idle_minutes`` reads one value, ``store.site.idle_minutes = 15`` writes it (checked);
``store.site.snapshot()`` reads all of them at once and ``store.site.update(...)`` writes several
in one transaction.  ``read_site_config(db_path)`` reads them with the standard library only, so
the first screen can apply them before SQLAlchemy is even imported.

A value that cannot be read back (edited by hand, written by a newer kiosk) gives the default.
This module imports no SQLAlchemy at module level on purpose (see ``read_site_config``).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import DEFAULT_IDLE_MINUTES, IDLE_MAX_MINUTES, IDLE_MIN_MINUTES, clamp_idle_minutes
from kiosk.core import languages
from kiosk.core.errors import Code, InputProblem
from kiosk.core.names import name_problem

if TYPE_CHECKING:
    from kiosk.store.store import Store

log = logging.getLogger("kiosk.site")

PREFIX = "site."
GOAL_KEYS = ("children", "teens", "teachers", "parents")
IDLE_MIN, IDLE_MAX = IDLE_MIN_MINUTES, IDLE_MAX_MINUTES  # 3: a learner has time to read
SITE_NAME_MAX = 80
SITE_CODE_MAX = 32
GOAL_MAX = 1_000_000


def _default_goals() -> dict[str, int]:
    return {key: 0 for key in GOAL_KEYS}


@dataclass(frozen=True)
class SiteConfig:
    """Every site setting, with its default."""

    site_name: str = ""
    site_code: str = ""
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    picture_passwords: bool = False
    self_registration: bool = True
    allow_full_names: bool = False  # self-registration accepts "Ana Benítez" (a surname)
    default_language: str = languages.DEFAULT
    goals: dict[str, int] = field(default_factory=_default_goals)

    @classmethod
    def from_raw(cls, raw: Mapping[str, str]) -> SiteConfig:
        """From stored text values (keys without the ``site.`` prefix); bad values -> default
        (idle minutes out of range are clamped: never a lock-out, see ``clamp_idle_minutes``)."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            try:
                value = _decode(f.name, raw[f.name])
                if f.name == "idle_minutes" and isinstance(value, int | float) and not isinstance(value, bool):
                    value = clamp_idle_minutes(value, "site setting idle_minutes")
                values[f.name] = _CHECK[f.name](value)
            except (InputProblem, ValueError, TypeError):
                log.warning("site setting %s has an unreadable value; using the default", f.name)
        return cls(**values)


# -- checking (shared by the setters and by from_raw) ------------------------------------


def _text(name: str, limit: int, code: Code):
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise TypeError(name)
        text, problem = name_problem(value, limit)  # cleaned like every name; may be empty
        if problem == "too-long":
            raise InputProblem(code, max=limit)
        return text

    return check


def _idle(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise InputProblem(Code.IDLE_NOT_WHOLE, min=IDLE_MIN, max=IDLE_MAX)
    if not IDLE_MIN <= int(value) <= IDLE_MAX:
        raise InputProblem(Code.IDLE_OUT_OF_RANGE, min=IDLE_MIN, max=IDLE_MAX)
    return int(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected a bool")
    return value


def _language(value: Any) -> str:
    if value not in languages.codes():
        raise InputProblem(Code.LANGUAGE_UNKNOWN, value=value, allowed=", ".join(languages.codes()))
    return str(value)


def _goals(value: Any) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise TypeError("goals must be a mapping")
    unknown = set(value) - set(GOAL_KEYS)
    if unknown:
        raise InputProblem(Code.GOAL_UNKNOWN, goals=", ".join(sorted(map(str, unknown))))
    goals = _default_goals()
    for key, number in value.items():
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= GOAL_MAX:
            raise InputProblem(Code.GOAL_OUT_OF_RANGE, max=GOAL_MAX)
        goals[key] = number
    return goals


_CHECK = {
    "site_name": _text("site_name", SITE_NAME_MAX, Code.SITE_NAME_TOO_LONG),
    "site_code": _text("site_code", SITE_CODE_MAX, Code.SITE_CODE_TOO_LONG),
    "idle_minutes": _idle,
    "picture_passwords": _flag,
    "self_registration": _flag,
    "allow_full_names": _flag,
    "default_language": _language,
    "goals": _goals,
}


def _encode(name: str, value: Any) -> str:
    if name in ("site_name", "site_code", "default_language"):
        return value
    return json.dumps(value, sort_keys=True)


def _decode(name: str, text: str) -> Any:
    if name in ("site_name", "site_code", "default_language"):
        return text
    return json.loads(text)


# -- the service --------------------------------------------------------------------------


def _setting(name: str):
    def getter(self: SiteSettings) -> Any:
        text = self._store.get_setting(PREFIX + name)
        if text is None:
            return getattr(SiteConfig(), name)
        return getattr(SiteConfig.from_raw({name: text}), name)

    def setter(self: SiteSettings, value: Any) -> None:
        self.update(**{name: value})

    return property(getter, setter)


class SiteSettings:
    """Typed access to the site settings of one Store."""

    site_name: str = _setting("site_name")  # type: ignore[assignment]
    site_code: str = _setting("site_code")  # type: ignore[assignment]
    idle_minutes: int = _setting("idle_minutes")  # type: ignore[assignment]
    picture_passwords: bool = _setting("picture_passwords")  # type: ignore[assignment]
    self_registration: bool = _setting("self_registration")  # type: ignore[assignment]
    allow_full_names: bool = _setting("allow_full_names")  # type: ignore[assignment]
    default_language: str = _setting("default_language")  # type: ignore[assignment]
    goals: dict[str, int] = _setting("goals")  # type: ignore[assignment]

    def __init__(self, store: Store) -> None:
        self._store = store

    def snapshot(self) -> SiteConfig:
        """Every setting, read in one snapshot (plain sqlite3: the learner's path reads it)."""
        with self._store.lite.reading() as conn:
            return _config_from(conn)

    def update(self, **changes: Any) -> SiteConfig:
        """Check and write several settings in one transaction; returns the new snapshot.

        ``InputProblem`` (in Spanish) for a value out of range; nothing is written then.
        Goals may be given partly (``goals={"children": 200}`` keeps the other goals)."""
        known = {f.name for f in fields(SiteConfig)}
        unknown = set(changes) - known
        if unknown:
            raise TypeError(f"unknown site settings: {sorted(unknown)}")
        if "goals" in changes and isinstance(changes["goals"], Mapping):
            changes["goals"] = {**self.goals, **changes["goals"]}
        checked = {name: _CHECK[name](value) for name, value in changes.items()}
        from kiosk.store.models import Setting

        with self._store.transaction() as session:
            for name, value in checked.items():
                session.merge(Setting(key=PREFIX + name, value=_encode(name, value)))
        log.info("site settings changed: %s", ", ".join(sorted(checked)))
        return self.snapshot()

    def save(self, config: SiteConfig) -> SiteConfig:
        """Write every field of ``config`` (the settings page's Save)."""
        return self.update(**{f.name: getattr(config, f.name) for f in fields(SiteConfig)})


def read_site_config(db_path: Path) -> SiteConfig | None:
    """The site settings read with sqlite3 (read-only, no SQLAlchemy), or None when the
    database is missing or unreadable.  For start-up only; everything else uses the Store."""
    if not db_path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        return _config_from(con)
    except sqlite3.Error:
        return None
    finally:
        con.close()


def _config_from(con: sqlite3.Connection) -> SiteConfig:
    rows = con.execute("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?",
                       (len(PREFIX), PREFIX)).fetchall()
    return SiteConfig.from_raw({key[len(PREFIX):]: value for key, value in rows})


__all__ = ["GOAL_KEYS", "SiteConfig", "SiteSettings", "read_site_config"]
