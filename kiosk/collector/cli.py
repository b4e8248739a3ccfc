"""``kiosk-collector``: serve the collector and administer it.

    kiosk-collector serve --db URL [--host 127.0.0.1] [--port 8470]
    kiosk-collector enrol-code --db URL --site NAME [--site-code CODE]   # prints ABCD-EFGH
    kiosk-collector revoke --db URL (--install ID | --token TOKEN)
    kiosk-collector admin-token --db URL                                  # prints a new admin token
    kiosk-collector import-bundle --db URL FILE                           # exit 0 imported, 1 refused

``--db`` defaults to the environment variable KIOSK_COLLECTOR_DB; it is a SQLAlchemy URL
(``postgresql+psycopg://…``, ``sqlite:////path``) or a plain SQLite file path.
Messages for people are in Spanish; the secrets (code, token) go alone to standard output.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path

from kiosk import __version__

DB_ENV = "KIOSK_COLLECTOR_DB"
DEFAULT_PORT = 8470


def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", default=os.environ.get(DB_ENV), required=not os.environ.get(DB_ENV), metavar="URL",
                    help=f"database URL or SQLite file (default: ${DB_ENV})")
    parser = argparse.ArgumentParser(prog="kiosk-collector",
                                     description="Telecentro's central collector of counts.")
    parser.add_argument("--version", action="version", version=f"kiosk-collector {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = sub.add_parser("serve", parents=[db], help="run the HTTP server (put it behind a TLS reverse proxy)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"0 picks a free port (default {DEFAULT_PORT})")
    serve.add_argument("--max-body", type=int, default=1024 * 1024, help="bytes of one POST body (default 1 MiB)")
    serve.add_argument("--max-cells", type=int, default=500, help="cells in one batch (default 500)")
    serve.add_argument("--rate", type=float, default=1.0, help="batches per second and install, sustained")
    serve.add_argument("--burst", type=int, default=60, help="batches an install may send at once")
    serve.add_argument("--enrol-fail-rate", type=float, default=0.1,
                       help="failed enrolments or admin logins per second and client address, sustained")
    serve.add_argument("--enrol-fail-burst", type=int, default=20)
    serve.add_argument("--maintenance-file", default=os.environ.get("KIOSK_COLLECTOR_MAINTENANCE_FILE"),
                       metavar="PATH", help="answer 503 while this file exists (its content: Retry-After seconds)")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                       help="proxies whose X-Forwarded-For is trusted (default 127.0.0.1)")
    serve.add_argument("--access-log", action="store_true", help="log every request")

    code = sub.add_parser("enrol-code", parents=[db], help="make a one-time enrol code for a site (14 days)")
    code.add_argument("--site", required=True, help="the site's name (created if new)")
    code.add_argument("--site-code", default=None, help="short code for bundle file names (default: from the name)")

    revoke = sub.add_parser("revoke", parents=[db], help="revoke an install (and all its tokens) or one token")
    which = revoke.add_mutually_exclusive_group(required=True)
    which.add_argument("--install", metavar="ID")
    which.add_argument("--token", metavar="TOKEN", help="one bearer or admin token")

    sub.add_parser("admin-token", parents=[db], help="print a new admin token (for totals and bundle uploads)")

    imp = sub.add_parser("import-bundle", parents=[db], help="import a USB bundle; exit 1 when refused")
    imp.add_argument("file")
    return parser


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from kiosk.collector.app import create_app

    app = create_app(
        args.db, max_body=args.max_body, max_cells=args.max_cells, rate=args.rate, burst=args.burst,
        enrol_fail_rate=args.enrol_fail_rate, enrol_fail_burst=args.enrol_fail_burst,
        maintenance_file=args.maintenance_file,
    )
    sock = bind(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"kiosk-collector: escuchando en http://{shown}:{port}", flush=True)
    config = uvicorn.Config(
        app, log_level="info", access_log=args.access_log, proxy_headers=True,
        forwarded_allow_ips=args.forwarded_allow_ips, timeout_graceful_shutdown=5, server_header=False,
    )
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def refused_text(args: argparse.Namespace) -> str | None:
    """The option whose text no database can hold (a NUL, or bytes that are not UTF-8), if any.

    A bundle's file name is not stored: any name the system gives is fine."""
    for name, value in vars(args).items():
        if name != "file" and isinstance(value, str) and ("\x00" in value or any("\ud800" <= c <= "\udfff" for c in value)):
            return name
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if (name := refused_text(args)) is not None:
        print(f"kiosk-collector: --{name.replace('_', '-')} tiene un carácter que no se puede guardar "
              "(NUL, o bytes que no son UTF-8)", file=sys.stderr)
        return 2
    if args.command == "serve":
        return serve(args)

    from kiosk.collector import accounts
    from kiosk.collector.db import make_engine

    try:
        engine = make_engine(args.db)
    except ValueError as exc:
        print(f"kiosk-collector: {exc}", file=sys.stderr)
        return 2
    try:
        if args.command == "enrol-code":
            try:
                with engine.begin() as conn:
                    code, site = accounts.new_enrol_code(conn, args.site, args.site_code)
            except accounts.AccountError as exc:
                print(f"kiosk-collector: {exc}", file=sys.stderr)
                return 1
            print(code)
            print(f"Código de alta para «{site.name}» (código del sitio: {site.code}); sirve una sola vez y "
                  f"vence en {accounts.CODE_LIFETIME.days} días. Entregalo al coordinador del telecentro.",
                  file=sys.stderr)
            return 0
        if args.command == "admin-token":
            with engine.begin() as conn:
                print(accounts.new_admin_token(conn))
            print("Clave de administración nueva: guardala en un lugar seguro; no se puede volver a mostrar.",
                  file=sys.stderr)
            return 0
        if args.command == "revoke":
            with engine.begin() as conn:
                if args.install:
                    try:
                        install_id = accounts.check_install_id(args.install)
                    except accounts.AccountError:
                        print("kiosk-collector: el identificador de instalación no es un UUID", file=sys.stderr)
                        return 1
                    done = accounts.revoke_install(conn, install_id)
                    what = f"la instalación {install_id} y todas sus claves"
                else:
                    done = accounts.revoke_token(conn, args.token)
                    what = "esa clave"
            print(f"Revocada {what}." if done else "No se encontró: no se revocó nada.", file=sys.stderr)
            return 0 if done else 1
        if args.command == "import-bundle":
            from kiosk.collector.bundles import MAX_BUNDLE_BYTES, import_bundle

            path = Path(args.file)
            try:
                if path.stat().st_size > MAX_BUNDLE_BYTES:
                    print("Paquete rechazado: el archivo es demasiado grande (más de 25 MiB).")
                    return 1
                data = path.read_bytes()
            except OSError as exc:
                print(f"Paquete rechazado: no se pudo leer {path}: {exc.strerror}.")
                return 1
            result = import_bundle(engine, data)
            if result.ok:
                print(result.message)
                return 0
            print(f"Paquete rechazado: {result.message}")
            return 1
    finally:
        engine.dispose()
    return 2


if __name__ == "__main__":
    sys.exit(main())
