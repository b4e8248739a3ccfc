"""Crash reports: a plain-text file under ``<home>/crash-reports/`` a coordinator can copy to USB.

A report holds the kiosk's version, the platform, the Python and Qt versions, the traceback and
the last lines of the log -- never the database, never a name: every learner's and staff
member's display name found in the database (read-only) is replaced by ``[name]`` before the
file is written (the log holds none by rule; an exception's message might).
"""

from __future__ import annotations

import platform
import re
import sqlite3
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

LOG_LINES = 200
NAME_MARK = "[name]"


def known_names(db_path: Path) -> list[str]:
    """The display names of learners and staff (longest first), read with a read-only, immutable
    look at the file; an empty list when it cannot be read."""
    if not db_path.is_file():
        return []
    from urllib.parse import quote

    try:
        conn = sqlite3.connect(f"file:{quote(str(db_path.resolve()))}?mode=ro", uri=True, timeout=2)
        try:
            found: set[str] = set()
            for table in ("learners", "staff"):
                try:
                    found.update(row[0] for row in conn.execute(f"SELECT display_name FROM {table}") if row[0])
                except sqlite3.Error:
                    continue
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return sorted(found, key=len, reverse=True)


def scrub(text: str, names: list[str]) -> str:
    """``text`` with every name of ``names`` (whole words, case ignored) replaced by ``[name]``."""
    for name in names:
        name = name.strip()
        if len(name) < 2:
            continue
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", NAME_MARK, text, flags=re.IGNORECASE)
    return text


def last_log_lines(log_dir: Path, count: int = LOG_LINES) -> list[str]:
    path = log_dir / "kiosk.log"
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return file.read().splitlines()[-count:]
    except OSError:
        return []


def report_text(exc_type, exc, tb, *, home: Path, version: str = "", qt_version: str = "",
                when: datetime | None = None) -> str:
    when = when or datetime.now(UTC)
    lines = [
        "Telecentro kiosk crash report",
        f"when (UTC): {when.strftime('%Y-%m-%d %H:%M:%S')}",
        f"kiosk: {version or '-'}",
        f"platform: {platform.platform()}",
        f"python: {sys.version.split()[0]}",
        f"qt: {qt_version or '-'}",
        "",
        "traceback:",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
        "",
        f"last {LOG_LINES} log lines:",
        *last_log_lines(home / "logs"),
    ]
    return scrub("\n".join(lines) + "\n", known_names(home / "kiosk.sqlite3"))


def write_crash_report(exc_type, exc, tb, *, home: Path, version: str = "", qt_version: str = "") -> Path:
    """Write the report to ``home/crash-reports/crash-<UTC time>.txt`` (readable by the kiosk's
    user only) and return its path; ``OSError`` when it cannot be written."""
    from kiosk.core.private_files import private_dir, private_file

    when = datetime.now(UTC)
    folder = home / "crash-reports"
    private_dir(folder)
    path = folder / f"crash-{when.strftime('%Y%m%d-%H%M%S-%f')}.txt"
    private_file(path)
    path.write_text(report_text(exc_type, exc, tb, home=home, version=version, qt_version=qt_version,
                                      when=when), encoding="utf-8")
    return path
