"""The command line's sub-commands, one module each (``kiosk.cli`` parses the arguments and
calls them).  They open the back end with ``open_or_say`` (``open_backend`` underneath) and
speak to a person in the interface language (``kiosk.core.i18n``; some messages still Spanish)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from kiosk.core.i18n import Context

if TYPE_CHECKING:
    from kiosk.backend import Backend
    from kiosk.config import Config

Cli = Context("Cli")


def open_or_say(config: Config, command: str, *, err=None) -> Backend | None:
    """The kiosk's back end for ``kiosk <command>`` (its home created if new), or None after
    saying on stderr why it could not be opened (exit 2 for the caller)."""
    from kiosk.backend import open_backend
    from kiosk.core.errors import EnvironmentProblem

    try:
        config.ensure_dirs()
        return open_backend(config)
    except (EnvironmentProblem, OSError) as exc:
        print(Cli.tr("kiosk {command}: could not open {home}: {error}").format(
            command=command, home=config.home, error=exc), file=err or sys.stderr)
        return None
