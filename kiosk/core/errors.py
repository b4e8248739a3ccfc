"""One error hierarchy for the whole kiosk.

Two families, as in qutebrowser and Anki:

* ``EnvironmentProblem`` -- something the world did: a full disk, a broken lesson file, a
  tampered USB bundle, a server that answers garbage.  The user sees ``user_message`` (already
  translated by whoever raises it, or a stable ``code`` that the UI translates).
* ``KioskBug`` -- something the code did.  Logged with a trace to the rotating log in
  KIOSK_HOME; the user only sees a short apology.
"""

from __future__ import annotations


class KioskError(Exception):
    """Base of every error the kiosk raises on purpose."""


class EnvironmentProblem(KioskError):
    """The environment's fault: show the message, keep running, lose nothing."""

    code = "environment"

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class StorageProblem(EnvironmentProblem):
    """The database file could not be opened or written (disk full, read-only, locked)."""

    code = "storage"


class DatabaseTooNew(StorageProblem):
    """The database was written by a newer kiosk than this one."""

    code = "database-too-new"


class ContentProblem(EnvironmentProblem):
    """A lesson, module or track file is broken."""

    code = "content"


class InputProblem(EnvironmentProblem):
    """Something a person typed or a file they chose is not acceptable."""

    code = "input"


class KioskBug(KioskError):
    """The code's fault: log with a trace."""
