"""``kiosk sync …``: enrol, send now, status, export a USB bundle (messages in Spanish).

    kiosk sync enrol --home DIR --server URL --code CODE
    kiosk sync now --home DIR            # exit 0 only when everything pending was accepted
    kiosk sync status --home DIR [--cells]
    kiosk sync export-bundle --home DIR --out FOLDER [--code CODE]

Exit codes: 0 done; 1 the network, the collector or a cell said no (the message says what);
2 this kiosk's home or database cannot be used, or a bad argument.
Module-level imports stay light: ``kiosk --help`` builds this parser.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.config import Config


def add_parser(sub, home: argparse.ArgumentParser) -> None:
    """Add ``sync`` and its actions to ``kiosk``'s subparsers (``home``: the --home parent)."""
    sync = sub.add_parser("sync", help="send this kiosk's counts to the collector (or to USB)")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
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
    from kiosk.core.errors import EnvironmentProblem
    from kiosk.backend import open_backend

    try:
        config.ensure_dirs()
        backend = open_backend(config)
    except (EnvironmentProblem, OSError) as exc:
        print(f"kiosk sync: no se pudo abrir {config.home}: {exc}", file=sys.stderr)
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


def _enrol(backend, server: str, code: str) -> int:
    from kiosk.core.errors import InputProblem
    from kiosk.sync import client, messages

    try:
        answer = backend.sync.enrol(server, code)
    except InputProblem as exc:  # the address (server-url-bad)
        print(f"kiosk sync enrol: dirección de servidor no válida: {exc}", file=sys.stderr)
        return 2
    except client.Unreachable as exc:
        print(f"{messages.error_words('unreachable')} ({exc.detail}). El código quedó guardado: "
              "irá en el próximo paquete USB (kiosk sync export-bundle).", file=sys.stderr)
        return 1
    except client.SyncProblem as exc:
        print(f"{messages.error_words(exc.code, exc.detail_json())}.", file=sys.stderr)
        return 1
    print(f"Kiosco inscripto en {client.normalise_url(server)}"
          + (f" (telecentro: {answer.site})." if answer.site else "."))
    return 0


def _now(backend) -> int:
    from kiosk.sync import messages

    report = backend.sync.send_now()
    status = backend.outbox.status()
    if report.outcome == "offline":
        print(f"{messages.error_words('not-enrolled')}: usá «kiosk sync enrol --server URL "
              "--code CÓDIGO», o llevá los datos en USB con «kiosk sync export-bundle».",
              file=sys.stderr)
        return 1
    if report.sent:
        print(f"Enviados {report.sent} datos en {report.batches} envío(s): "
              f"{report.accepted} aceptados, {report.rejected} rechazados.")
    elif report.error is None:
        print("No había datos pendientes.")
    if report.rejected:
        print(messages.rejected_words(report.rejected, report.rejected_reasons) + ".",
              file=sys.stderr)
    if report.error:
        print(f"{messages.error_words(report.error, report.error_detail)}.", file=sys.stderr)
    if status.clock_warning:
        print(messages.clock_words(status.clock_warning), file=sys.stderr)
    print(f"Pendientes: {status.pending}.")
    return 0 if report.everything_accepted else 1


def _status(backend, *, cells: bool) -> int:
    from kiosk.sync import messages

    outbox = backend.outbox
    outbox.fill()
    st = outbox.status()
    lines = [
        f"Instalación: {st.install_id}",
        "Servidor: " + (f"{st.server_url} (telecentro: {st.site or '?'})" if st.enrolled
                        else "sin inscribir"
                        + (f" (código guardado para USB: {st.offline_code})"
                           if st.offline_code else "")),
        f"Última sincronización correcta: {messages.when_words(st.last_success_at)}",
        f"Datos pendientes: {st.pending}",
        f"Datos rechazados: {st.rejected}"
        + ("" if not st.rejected else " (" + "; ".join(
            f"{n}: {messages.reason_words(r)}" for r, n in sorted(st.rejected_by_reason.items()))
            + ")"),
        "Último error: " + (messages.error_words(st.last_error, st.last_error_detail)
                            + f" ({messages.when_words(st.last_error_at)})"
                            if st.last_error else "ninguno"),
        f"Próximo intento: {messages.when_words(st.next_attempt_at) if st.next_attempt_at else '—'}",
    ]
    if st.last_bundle_at:
        lines.append(f"Último paquete USB: {messages.when_words(st.last_bundle_at)}")
    if st.needs_enrolment:
        lines.append("Hay que inscribir este kiosco de nuevo (kiosk sync enrol).")
    if st.clock_warning:
        lines.append("¡Atención! " + messages.clock_words(st.clock_warning))
    print("\n".join(lines))
    if cells:
        rows = outbox.pending()
        print()
        print(f"{'Fecha':<10}  {'Dato':<34}  {'Clasificación':<60}  {'Valor':>6}")
        for row in rows:
            day = f"{row.period[8:10]}/{row.period[5:7]}/{row.period[0:4]}"
            print(f"{day:<10}  {messages.METRICS_ES.get(row.metric, row.metric):<34}  "
                  f"{messages.dims_words(row.dims):<60}  {row.value:>6}")
    return 0


def _export(backend, out: str, code: str | None) -> int:
    if code:
        outbox = backend.outbox
        if outbox.enrolment() is None:
            outbox.set_offline_code(code)
        else:
            print("Este kiosco ya está inscripto en línea: el código no hace falta y no se usa.",
                  file=sys.stderr)
    from pathlib import Path

    from kiosk.core.errors import StorageProblem

    if not Path(out).is_dir():
        print(f"kiosk sync export-bundle: la carpeta {out} no existe (¿está conectado el "
              "pendrive?).", file=sys.stderr)
        return 2
    try:
        exported = backend.sync.export_bundle(out)
    except StorageProblem as exc:
        print(f"kiosk sync export-bundle: no se pudo escribir el paquete en {out} (¿el pendrive "
              f"está lleno o protegido contra escritura?): {exc.detail}", file=sys.stderr)
        return 1
    print(f"Paquete guardado: {exported.path} ({exported.cells} datos"
          + (", con el código de inscripción)" if exported.enrol_code else ")"))
    return 0
