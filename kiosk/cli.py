"""Command line: ``kiosk``, ``kiosk demo``, ``kiosk lessons check``, ``kiosk --version``.

Imports are lazy: ``kiosk lessons check`` never loads Qt, and the app path loads only what
the sign-in screen needs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk import __version__


def _home_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder for this kiosk's data (default: KIOSK_HOME or the user data folder)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    home = _home_parent()
    parser = argparse.ArgumentParser(prog="kiosk", description="Telecentro: the offline learning kiosk.", parents=[home])
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--lang", choices=["es", "en"], default=None, help="interface language (default: es)")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of the locked full-screen kiosk (or set KIOSK_WINDOWED=1)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[home], help="fill a kiosk home with demo learners and progress")
    demo.add_argument("--open", action="store_true", help="open the kiosk afterwards")
    demo.add_argument("--windowed", action="store_true", default=argparse.SUPPRESS,
                      help="with --open: a normal window instead of the locked kiosk")
    demo.add_argument("--large", action="store_true",
                      help="a large site for benchmarks: 2,000 learners and about 2 million facts")

    learners = sub.add_parser("learners", help="manage learners")
    learners_sub = learners.add_subparsers(dest="learners_command", metavar="ACTION", required=True)
    imp = learners_sub.add_parser("import", parents=[home],
                                  help="import learners from a CSV (name, age band, role, class); exit 1 on bad rows")
    imp.add_argument("file", help="CSV file (UTF-8; ',' or ';')")
    imp.add_argument("--class", dest="class_name", default=None, help="put every imported learner in this class")

    export = sub.add_parser("export", help="export reports")
    export_sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    att = export_sub.add_parser("attendance", parents=[home], help="attendance for a date range")
    att.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    att.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    att.add_argument("--class", dest="class_name", default=None, help="one class (default: the whole site)")
    att.add_argument("--format", choices=["csv", "xlsx", "pdf"], default="csv")
    att.add_argument("--sep", choices=[",", ";"], default=",", help="CSV separator (';' for Excel in Spanish)")
    att.add_argument("--lang", dest="export_lang", choices=["es", "en"], default="es", help="column headers' language")
    att.add_argument("--out", required=True, metavar="FILE")

    from kiosk.sync.cli import add_parser as add_sync_parser

    add_sync_parser(sub, home)

    lessons = sub.add_parser("lessons", help="work with lesson files")
    lessons_sub = lessons.add_subparsers(dest="lessons_command", metavar="ACTION", required=True)
    check = lessons_sub.add_parser("check", help="check lesson files; print path:line: message; exit 1 on any problem")
    check.add_argument("dir", nargs="?", default=None, help="a lessons folder (default: the bundled lessons)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "lessons":
        return _lessons_check(args.dir)
    from kiosk.config import Config

    config = Config.load(getattr(args, "home", None))
    if args.lang:
        from dataclasses import replace

        config = replace(config, lang=args.lang)
    if args.command == "learners":
        from kiosk.people.roster_import import cli_main as import_main

        return import_main(Path(args.file), config, args.class_name)
    if args.command == "sync":
        from kiosk.sync.cli import cli_main as sync_main

        return sync_main(args, config)
    if args.command == "export":
        from kiosk.attendance.export import cli_main as export_main

        return export_main(args, config, render_pdf=_render_pdf)
    if args.command == "demo":
        code = _demo(config, large=args.large)
        if code or not args.open:
            return code
    return _run_app(config, bench=args.bench_startup, windowed=args.windowed)


def _render_pdf(html: str, path: Path, title: str, **options) -> int:
    """The attendance PDF's renderer: Qt's, imported only when a PDF is asked for."""
    from kiosk.ui.pdf import html_to_pdf

    return html_to_pdf(html, path, title, **options)


def _lessons_check(folder: str | None) -> int:
    from kiosk import resources
    from kiosk.content.check import run_check

    return run_check(Path(folder) if folder else resources.lessons_dir())


def _demo(config, *, large: bool = False) -> int:
    from kiosk import resources
    from kiosk.content.catalog import load_catalog
    from kiosk.core.errors import EnvironmentProblem
    from kiosk.demo import fill_demo
    from kiosk.store.store import Store

    try:
        config.ensure_dirs()
        store = Store.open(config.db_path)
    except (EnvironmentProblem, OSError) as exc:
        print(f"kiosk demo: no se pudo abrir {config.home}: {exc}", file=sys.stderr)
        return 2
    try:
        catalog = load_catalog(resources.lessons_dir())
        if large:
            from kiosk.demo_large import fill_large

            added = fill_large(store, catalog)
        else:
            added = fill_demo(store, catalog)
    finally:
        store.close()
    if added:
        from kiosk.demo import DEMO_STAFF

        print(f"Listo: {added} estudiantes de ejemplo en {config.home}")
        for name, role, pin in DEMO_STAFF:
            print(f"  Personal de ejemplo: {name} ({'coordinación' if role == 'coordinator' else 'docente'}), PIN {pin}")
    else:
        print(f"{config.home} ya tiene estudiantes: no se agregó nada.")
    return 0


def _run_app(config, *, bench: bool = False, windowed: bool = False) -> int:
    from kiosk.core.errors import EnvironmentProblem

    try:
        config.ensure_dirs()
    except OSError as exc:
        print(f"kiosk: no se puede usar la carpeta {config.home}: {exc}", file=sys.stderr)
        return 2
    from kiosk.app import run

    try:
        return run(config, bench=bench, windowed=windowed)
    except EnvironmentProblem as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
