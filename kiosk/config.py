"""Every path and setting in one place.  KIOSK_HOME or ``--home DIR`` moves all of it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "telecentro-kiosk"
DEFAULT_IDLE_MINUTES = 10
IDLE_WARNING_SECONDS = 60
SEARCH_THRESHOLD = 24  # more learners than this: the sign-in screen shows a search field


def default_home() -> Path:
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
        return cls(home=path.expanduser().resolve(), idle_minutes=float(idle) if idle else DEFAULT_IDLE_MINUTES)

    @property
    def db_path(self) -> Path:
        return self.home / "kiosk.sqlite3"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    def ensure_dirs(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
