"""``kiosk sync …``: enrol, send now, status, export a USB bundle (messages in the interface
language, through the catalog's context "Cli").

    kiosk sync enrol --home DIR --server URL --code CODE
    kiosk sync now --home DIR            # exit 0 only when everything pending was accepted
    kiosk sync status --home DIR [--cells]
    kiosk sync export-bundle --home DIR --out FOLDER [--code CODE]

Exit codes: 0 done; 1 the network, the collector or a cell said no (the message says what);
2 this kiosk's home or database cannot be used, or a bad argument.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.commands import action_parsers
from kiosk.core.i18n import Context

if TYPE_CHECKING:
    from kiosk.config import Config

Cli = Context("Cli")


def add_parser(sub, home: argparse.ArgumentParser) -> None:
    """Add ``sync`` and its actions to ``kiosk``'s subparsers (``home``: the --home parent)."""
    actions = action_parsers(sub, "sync", "send this kiosk's counts to the collector (or to USB)")
    enrol = actions.add_parser("enrol", parents=[home],
                               help="enrol this kiosk with a collector using a one-time code")
    enrol.add_argument("--server", required=True, metavar="URL", help="the collector's address")
    enrol.add_argument("--code", required=True, help="the one-time code (ABCD-EFGH)")
    actions.add_parser("now", parents=[home],
                       help="send every pending count now; exit 0 only when all were accepted")
    status = actions.add_parser("status", parents=[home], help="last success, pending, last error")
    status.add_argument("--cells", action="store_true", help="also list the pending cells")
    export = actions.add_parser("export-bundle", parents=[home],
                                help="write a signed USB bundle of the counts into a folder")
    export.add_argument("--out", required=True, metavar="FOLDER")
    export.add_argument("--code", default=None,
                        help="the one-time enrol code, for a kiosk that never sees a network")


def cli_main(args: argparse.Namespace, config: Config) -> int:
    from kiosk.commands import open_or_say
    from kiosk.core.errors import EnvironmentProblem

    if args.sync_command == "status" and config.db_path.is_file():
        code = _status_read_only(config, cells=args.cells)
        if code is not None:
            return code
    backend = open_or_say(config, "sync")
    if backend is None:
        return 2
    try:
        command = args.sync_command
        if command == "enrol":
            return _enrol(backend, args.server, args.code)
        if command == "now":
            return _now(backend)
        if command == "status":
            return _status(backend, cells=args.cells)
        if command == "export-bundle":
            return _export(backend, args.out, args.code)
        raise SystemExit(f"unknown sync action {command!r}")
    except EnvironmentProblem as exc:
        print(f"kiosk sync: {exc.message}", file=sys.stderr)
        return 2
    finally:
        backend.close()


def _status_read_only(config: Config, *, cells: bool) -> int | None:
    """``sync status`` on a read-only open (beside a busy kiosk); None when it needs the
    writable path: the database cannot be opened so, or its outbox was never filled (a write)."""
    from kiosk.backend import open_backend
    from kiosk.core.errors import Code, KioskError, StorageProblem

    try:
        backend = open_backend(config, read_only=True)
    except KioskError:
        return None  # the usual open says why, in its words
    try:
        return _status(backend, cells=cells)
    except StorageProblem as exc:
        if exc.code in (Code.DATABASE_READ_ONLY, Code.STORAGE):  # fill() had to write
            return None
        raise
    finally:
        backend.close()


def _enrol(backend, server: str, code: str) -> int:
    from kiosk.core.errors import InputProblem
    from kiosk.sync import client, messages

    try:
        answer = backend.sync.enrol(server, code)
    except InputProblem as exc:  # the address (server-url-bad)
        print(Cli.tr("kiosk sync enrol: not a valid server address: {error}").format(error=exc), file=sys.stderr)
        return 2
    except client.Unreachable as exc:
        print(Cli.tr("{error} ({detail}). The code was kept: it goes in the next USB bundle "
                     "(kiosk sync export-bundle).").format(error=messages.error_words("unreachable"),
                                                           detail=exc.detail), file=sys.stderr)
        return 1
    except client.SyncProblem as exc:
        print(f"{messages.error_words(exc.code, exc.detail_json())}.", file=sys.stderr)
        return 1
    url = client.normalise_url(server)
    print(Cli.tr("Kiosk enrolled with {server} (telecenter: {site}).").format(server=url, site=answer.site)
          if answer.site else Cli.tr("Kiosk enrolled with {server}.").format(server=url))
    return 0


def _now(backend) -> int:
    from kiosk.sync import messages

    before = backend.outbox.status().identity_event
    report = backend.sync.send_now()
    status = backend.outbox.status()
    if status.identity_event is not None and status.identity_event != before:
        print(messages.identity_words(status.identity_event, status.introduced), file=sys.stderr)
    if report.outcome == "offline":
        print(Cli.tr("{error}: use “kiosk sync enrol --server URL --code CODE”, or take the figures "
                     "on a USB stick with “kiosk sync export-bundle”.").format(
                         error=messages.error_words("not-enrolled")), file=sys.stderr)
        return 1
    if report.sent:
        print(Cli.tr("Sent %n figure(s) in {batches}: {accepted}, {refused}.", "", report.sent).format(
            batches=Cli.tr("%n batch(es)", "", report.batches), accepted=Cli.tr("%n accepted", "", report.accepted),
            refused=Cli.tr("%n refused", "", report.rejected)))
    elif report.error is None:
        print(Cli.tr("There was nothing waiting to be sent."))
    if report.rejected:
        print(messages.rejected_words(report.rejected, report.rejected_reasons) + ".",
              file=sys.stderr)
    if report.error:
        print(f"{messages.error_words(report.error, report.error_detail)}.", file=sys.stderr)
    if status.clock_warning:
        print(messages.clock_words(status.clock_warning), file=sys.stderr)
    print(Cli.tr("Waiting: {count}.").format(count=status.pending))
    return 0 if report.everything_accepted else 1


def _status(backend, *, cells: bool) -> int:
    from kiosk.sync import messages

    outbox = backend.outbox
    outbox.fill()
    st = outbox.status()
    none = Cli.tr("none")
    rejected = str(st.rejected) if not st.rejected else "{} ({})".format(st.rejected, "; ".join(
        f"{n}: {messages.reason_words(r)}" for r, n in sorted(st.rejected_by_reason.items())))
    if st.enrolled:
        server = Cli.tr("{server} (telecenter: {site})").format(server=st.server_url, site=st.site or "?")
    elif st.offline_code:
        server = Cli.tr("not enrolled (code kept for USB: {code})").format(code=st.offline_code)
    else:
        server = Cli.tr("not enrolled")
    lines = [
        Cli.tr("Installation: {id}").format(id=st.install_id),
        Cli.tr("Server: {server}").format(server=server),
        Cli.tr("Last successful sync: {when}").format(when=messages.when_words(st.last_success_at)),
        Cli.tr("Figures waiting: {count}").format(count=st.pending),
        Cli.tr("Figures refused: {count}").format(count=rejected),
        Cli.tr("Last error: {error}").format(
            error=messages.error_words(st.last_error, st.last_error_detail)
            + f" ({messages.when_words(st.last_error_at)})" if st.last_error else none),
        Cli.tr("Next try: {when}").format(
            when=messages.when_words(st.next_attempt_at) if st.next_attempt_at else "—"),
    ]
    if st.last_bundle_at:
        lines.append(Cli.tr("Last USB bundle: {when}").format(when=messages.when_words(st.last_bundle_at)))
    if st.needs_enrolment:
        lines.append(Cli.tr("This kiosk must be enrolled again (kiosk sync enrol)."))
    if st.clock_warning:
        lines.append(Cli.tr("Warning! {what}").format(what=messages.clock_words(st.clock_warning)))
    if st.identity_event is not None:
        lines.append(messages.identity_words(st.identity_event, st.introduced))
    print("\n".join(lines))
    if cells:
        rows = outbox.pending()
        print()
        heads = (Cli.tr("Date"), Cli.tr("Figure"), Cli.tr("Grouping"), Cli.tr("Value"))
        print(f"{heads[0]:<10}  {heads[1]:<34}  {heads[2]:<60}  {heads[3]:>6}")
        for row in rows:
            day = f"{row.period[8:10]}/{row.period[5:7]}/{row.period[0:4]}"
            print(f"{day:<10}  {messages.metric_words(row.metric):<34}  "
                  f"{messages.dims_words(row.dims):<60}  {row.value:>6}")
    return 0


def _export(backend, out: str, code: str | None) -> int:
    if code:
        outbox = backend.outbox
        if outbox.enrolment() is None:
            outbox.set_offline_code(code)
        else:
            print(Cli.tr("This kiosk is already enrolled online: the code is not needed and not used."),
                  file=sys.stderr)
    from pathlib import Path

    from kiosk.core.errors import StorageProblem

    if not Path(out).is_dir():
        print(Cli.tr("kiosk sync export-bundle: the folder {folder} does not exist (is the USB stick "
                     "plugged in?).").format(folder=out), file=sys.stderr)
        return 2
    try:
        exported = backend.sync.export_bundle(out)
    except StorageProblem as exc:
        print(Cli.tr("kiosk sync export-bundle: the bundle could not be written to {folder} (is the USB "
                     "stick full or write-protected?): {error}").format(folder=out, error=exc.detail),
              file=sys.stderr)
        return 1
    what = Cli.tr("%n figure(s), with the enrolment code", "", exported.cells) if exported.enrol_code \
        else Cli.tr("%n figure(s)", "", exported.cells)
    print(Cli.tr("Bundle saved: {path} ({what})").format(path=exported.path, what=what))
    return 0
