"""The command line's sub-commands, one module each (``kiosk.cli`` parses the arguments and
calls them).  They open the back end with ``open_or_say`` (``open_backend`` underneath) and
speak to a person in the interface language (``kiosk.core.i18n``; some messages still Spanish).

A command module has ``add_parser(sub, home)`` (a command with actions makes them with
``action_parsers``) and ``cli_main(args, config)``; its module-level imports stay light:
``kiosk --help`` builds every parser."""

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


def action_parsers(sub, name: str, help: str):
    """``kiosk NAME ACTION …``: add the command ``name`` (its ``help``) to ``kiosk``'s subparsers
    ``sub`` and return the subparsers of its actions; the action chosen is ``args.<name>_command``."""
    command = sub.add_parser(name, help=help)
    return command.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
