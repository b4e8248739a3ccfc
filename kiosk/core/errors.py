"""One error hierarchy for the whole kiosk: a stable code and parameters.

Every error the kiosk raises on purpose carries a ``code`` from the registry
(``kiosk.core.error_codes.Code``) and the ``params`` its sentence needs::

    raise InputProblem(Code.CLASS_NAME_TAKEN, name=other_name)

Screens never read the message: ``kiosk/ui/errors.py`` turns the code and parameters into a
translated sentence.  ``str(error)`` (and ``error.message``) is the code's default text with the
parameters filled in, for logs and the command line; ``detail`` is more for the log only.

Families, as in qutebrowser and Anki:

* ``EnvironmentProblem`` -- not the code's fault: show a sentence, keep running, lose nothing.
  ``StorageProblem`` (disk, database file), ``ContentProblem`` (a broken lesson),
  ``InputProblem`` (something a person typed or a file they chose) and ``Refused`` (a business
  rule said no: someone else set the kiosk up meanwhile, ...).
* ``KioskBug`` -- something the code did.  Logged with a trace to the rotating log in
  KIOSK_HOME; the person only sees a short apology.  ``KioskBug("what happened")`` takes a
  plain English text for the log (its code is the class's).
"""

from __future__ import annotations

from typing import Any

from kiosk.core.error_codes import Code, known

__all__ = [
    "Code", "ContentProblem", "DatabaseTooNew", "EnvironmentProblem", "InputProblem", "KioskBug",
    "KioskError", "NotAllowed", "Refused", "StorageProblem", "describe",
]


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(code: str, params: dict[str, Any] | None = None) -> str:
    """The default text of ``code`` with ``params`` filled in (an unknown code is shown as is)."""
    registered = known(code)
    template = registered.default if registered is not None else str(code)
    try:
        return template.format_map(_Missing(params or {}))
    except (ValueError, IndexError, AttributeError):  # a bad template must never hide the error
        return f"{template} {params or ''}".strip()


class KioskError(Exception):
    """Base of every error the kiosk raises on purpose.

    ``KioskError(code, detail=..., **params)``: ``code`` defaults to the class's own."""

    code: str = Code.ERROR

    def __init__(self, code: str | None = None, /, *, detail: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        self.detail = detail
        super().__init__(describe(self.code, params))

    @property
    def message(self) -> str:
        """The default text (logs, command line); screens use ``kiosk.ui.errors`` instead."""
        return str(self)


class EnvironmentProblem(KioskError):
    """The environment's fault: show the sentence, keep running, lose nothing."""

    code = Code.ENVIRONMENT


class StorageProblem(EnvironmentProblem):
    """The database file (or another file) could not be opened or written."""

    code = Code.STORAGE


class DatabaseTooNew(StorageProblem):
    """The database was written by a newer kiosk than this one."""

    code = Code.DATABASE_TOO_NEW


class ContentProblem(EnvironmentProblem):
    """A lesson, module or track file is broken."""

    code = Code.CONTENT


class InputProblem(EnvironmentProblem):
    """Something a person typed or a file they chose is not acceptable."""

    code = Code.INPUT


class Refused(EnvironmentProblem):
    """A business rule said no (nothing is broken): e.g. the kiosk was set up by someone else
    meanwhile.  Never a ``PermissionError``."""

    code = Code.REFUSED


class KioskBug(KioskError):
    """The code's fault: log with a trace.  ``KioskBug("what happened")``."""

    code = Code.BUG

    def __init__(self, what: str = "", *, detail: str | None = None) -> None:
        super().__init__(detail=detail, what=what)


class NotAllowed(KioskBug):
    """A screen asked for something this person may not do (a bug: screens hide it)."""

    code = Code.NOT_ALLOWED
