"""Files only the kiosk's user can read (issue 9; OWASP ASVS: files readable only by their owner).

The kiosk's home holds the staff's PIN hashes, the learners' names and progress, and the logs.
On a shared PC the other accounts must not read them: a copied database gives a 4-digit PIN
away in minutes however slow the hash.  So, on Linux and macOS:

* the home (and its ``logs`` folder) is created ``0700`` (``private_dir``);
* the database is created ``0600`` before SQLite opens it (``private_file``); SQLite gives its
  ``-wal`` and ``-shm`` files the database's own mode;
* the log files are created ``0600`` (``PrivateRotatingFileHandler``);
* a folder or file found wider (made by an older kiosk) is narrowed at start-up, with a warning.

Files are created with the right mode (``os.open(..., 0o600)``), never made first and narrowed
after, and the process ``umask`` is left alone (exports to a USB stick keep the usual modes).

On Windows the home is in the user's own profile (``%LOCALAPPDATA%\\telecentro-kiosk``, see
``kiosk.config.default_home``), whose permissions already keep other users out; POSIX modes
mean nothing there and nothing here changes them.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from pathlib import Path

log = logging.getLogger("kiosk.files")

DIR_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def _narrow(path: Path, mode: int, what: str) -> None:
    """Take group and other permissions off ``path`` if it has any (a warning says so)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if not info.st_mode & 0o077:
        return
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        log.warning("%s %s can be read by other users and belongs to someone else: not changed", what, path)
        return
    try:
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
    except OSError as exc:
        log.warning("%s %s can be read by other users and could not be narrowed: %s", what, path, exc)
        return
    log.warning("%s %s could be read by other users (mode %o): now %o", what, path,
                stat.S_IMODE(info.st_mode), stat.S_IMODE(info.st_mode) & mode)


def private_dir(path: Path) -> None:
    """Create the folder ``path`` for the kiosk's user only (parents as usual); narrow it if it
    exists and is wider."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if POSIX:
        _narrow(path, DIR_MODE, "folder")


def private_file(path: Path) -> None:
    """Make sure the file ``path`` exists and only its owner can read it: created empty with
    mode 0600 when missing (never truncated), narrowed when wider.  ``OSError`` when it cannot
    be created (a missing or read-only folder): the caller reports it."""
    if not POSIX:
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        _narrow(path, FILE_MODE, "file")
    else:
        os.close(fd)


def narrow_existing(*paths: Path) -> None:
    """Narrow the files that exist among ``paths`` (a database's ``-wal``, old logs)."""
    if POSIX:
        for path in paths:
            _narrow(path, FILE_MODE, "file")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created 0600 (a rollover renames, keeping the mode).

    It never logs from here (it would write into itself); ``narrow_existing`` the old logs
    once it is installed, so its warnings land in the log."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        if not POSIX:
            return super()._open()
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
