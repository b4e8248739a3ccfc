"""Every path and setting in one place.  KIOSK_HOME or ``--home DIR`` moves all of it."""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "telecentro-kiosk"
DEFAULT_IDLE_MINUTES = 10
IDLE_MIN_MINUTES, IDLE_MAX_MINUTES = 3, 120  # 3: time for a learner to read a page without being signed out
IDLE_WARNING_SECONDS = 60
SEARCH_THRESHOLD = 24  # more learners than this: the sign-in screen shows a search field


log = logging.getLogger("kiosk.config")


def clamp_idle_minutes(value: object, where: str) -> int:
    """Idle minutes from outside the program (the settings table, ``KIOSK_IDLE_MINUTES``): a
    value out of range is clamped, one that is no number gives the default; both are logged as
    a warning, never a lock-out nor a crash.  (Tests set short idle times through ``Config``.)"""
    try:
        number = float(str(value).strip()) if not isinstance(value, bool) else math.nan
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        log.warning("%s: idle minutes %r is not a number; using %d", where, value, DEFAULT_IDLE_MINUTES)
        return DEFAULT_IDLE_MINUTES
    minutes = min(IDLE_MAX_MINUTES, max(IDLE_MIN_MINUTES, round(number)))
    if minutes != number:
        log.warning("%s: idle minutes %r out of range %d-%d; using %d", where, value, IDLE_MIN_MINUTES,
                    IDLE_MAX_MINUTES, minutes)
    return minutes


def default_home() -> Path:
    """KIOSK_HOME, else the user's own data folder (platformdirs): ``~/.local/share/telecentro-kiosk``
    on Linux, ``%LOCALAPPDATA%\\telecentro-kiosk`` on Windows (inside the user's profile, which
    other users cannot read).  The home is created for its user only (``ensure_dirs``)."""
    env = os.environ.get("KIOSK_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_dir  # lazy: only when no home was given

    return Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Config:
    home: Path
    idle_minutes: float = DEFAULT_IDLE_MINUTES
    idle_warning_seconds: int = IDLE_WARNING_SECONDS
    lang: str = "es"

    @classmethod
    def load(cls, home: str | os.PathLike[str] | None = None) -> Config:
        path = Path(home) if home else default_home()
        idle = os.environ.get("KIOSK_IDLE_MINUTES")
        minutes = clamp_idle_minutes(idle, "KIOSK_IDLE_MINUTES") if idle else DEFAULT_IDLE_MINUTES
        return cls(home=path.expanduser().resolve(), idle_minutes=minutes)

    @property
    def db_path(self) -> Path:
        return self.home / "kiosk.sqlite3"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    def ensure_dirs(self) -> None:
        """The home and its logs folder, 0700 on Linux (narrowed with a warning if wider)."""
        from kiosk.core.private_files import private_dir

        private_dir(self.home)
        private_dir(self.log_dir)
