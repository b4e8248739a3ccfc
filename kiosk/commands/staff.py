"""``kiosk staff reset-pin``: a coordinator who forgot the PIN (and lost the recovery code)
gets back in by whoever can reach this PC's files (messages through the catalog's "Cli").

    kiosk staff reset-pin --home DIR [--name NAME] [--pin PIN]

Asks for the new PIN twice (not echoed) unless ``--pin`` gives it (tests, scripts), sets it,
lifts any lock and prints a new one-time recovery code.  Exit codes: 0 done; 1 refused (no
coordinator, an unknown name, a PIN against the rules, the two PINs differ); 2 this kiosk's home
or database cannot be used.  Module-level imports stay light: ``kiosk --help`` builds this parser.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from kiosk.core.i18n import Context

if TYPE_CHECKING:
    from kiosk.config import Config

Cli = Context("Cli")


def add_parser(sub, home: argparse.ArgumentParser) -> None:
    """Add ``staff`` and its actions to ``kiosk``'s subparsers (``home``: the --home parent)."""
    staff = sub.add_parser("staff", help="the kiosk's staff (teachers and coordinators)")
    actions = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    reset = actions.add_parser("reset-pin", parents=[home],
                               help="set a coordinator's new PIN (for whoever can reach this PC's files)")
    reset.add_argument("--name", default=None, help="which coordinator, when the kiosk has several")
    reset.add_argument("--pin", default=None, help=argparse.SUPPRESS)  # tests and scripts: no prompt


def _ask_pin() -> str | None:
    first = getpass.getpass(Cli.tr("New PIN or password: "))
    again = getpass.getpass(Cli.tr("The same again: "))
    if first != again:
        print(Cli.tr("The two PINs are not the same. Nothing was changed."), file=sys.stderr)
        return None
    return first


def cli_main(args: argparse.Namespace, config: Config) -> int:
    from kiosk.commands import open_or_say
    from kiosk.core import secrets
    from kiosk.core.errors import Code, InputProblem, Refused

    if not config.db_path.is_file():  # no kiosk here: do not create one
        print(f"kiosk staff reset-pin: {Refused(Code.NO_COORDINATOR).message}", file=sys.stderr)
        return 1
    backend = open_or_say(config, "staff")
    if backend is None:
        return 2
    try:
        coordinators = [i for i in backend.staff.list_active() if i.is_coordinator]
        if not coordinators:
            raise Refused(Code.NO_COORDINATOR)
        pin = args.pin if args.pin is not None else _ask_pin()
        if pin is None:
            return 1
        if secrets.is_guessable(pin):
            print(Cli.tr("That PIN is too easy to guess (like 1234 or 0000). Nothing was changed."), file=sys.stderr)
            return 1
        outcome = backend.staff.reset_by_owner(pin, name=args.name)
    except (InputProblem, Refused) as exc:
        print(f"kiosk staff reset-pin: {exc.message}", file=sys.stderr)
        return 1
    finally:
        backend.close()
    print(Cli.tr("New PIN set for {name}.").format(name=outcome.staff.display_name))
    print(Cli.tr("New recovery code (write it down and keep it somewhere safe): {code}").format(
        code=outcome.recovery_code))
    return 0

