"""``kiosk backup``: the database's backups (issue 14; messages through the catalog's "Cli").

    kiosk backup now --home DIR    # a verified backup at once (the kiosk takes one a day itself)
    kiosk backup list --home DIR   # the backups kept: time (UTC), kind, size, file

Opening the home runs the same checks and recovery as the kiosk (``kiosk.store.recovery``).
Exit codes: 0 done; 1 the backup failed its check (deleted, logged); 2 the home or database
cannot be used.  Module-level imports stay light: ``kiosk --help`` builds this parser.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.core.i18n import Context

if TYPE_CHECKING:
    from kiosk.config import Config

Cli = Context("Cli")


def add_parser(sub, home: argparse.ArgumentParser) -> None:
    """Add ``backup`` and its actions to ``kiosk``'s subparsers (``home``: the --home parent)."""
    backup = sub.add_parser("backup", help="the kiosk's automatic backups")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    actions.add_parser("now", parents=[home], help="take a verified backup now")
    actions.add_parser("list", parents=[home], help="list the backups kept")


def cli_main(args: argparse.Namespace, config: Config) -> int:
    from kiosk.backend import open_backend
    from kiosk.core.errors import StorageProblem

    config.ensure_dirs()
    try:
        backend = open_backend(config)
    except StorageProblem as exc:
        print(exc.message, file=sys.stderr)
        return 2
    with backend:
        for words in backend.backups.notices():
            print(words, file=sys.stderr)
        if args.backup_command == "now":
            try:
                taken = backend.backups.take()
            except OSError as exc:
                print(Cli.tr("The backup could not be written: {error}").format(error=exc), file=sys.stderr)
                return 2
            if taken is None:
                print(Cli.tr("The backup failed its check and was deleted (see the log)."), file=sys.stderr)
                return 1
            print(Cli.tr("Backup taken: {path}").format(path=taken.path))
            return 0
        kept = backend.backups.list()
        if not kept:
            print(Cli.tr("No backups yet."))
        for item in kept:
            print(f"{item.taken_at:%Y-%m-%d %H:%M:%S}Z  {item.kind:<6}  {item.size:>10}  {item.path.name}")
        return 0
