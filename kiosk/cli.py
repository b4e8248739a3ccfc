"""Command line: ``kiosk``, ``kiosk demo``, ``kiosk lessons check``, ``kiosk lessons guide``,
``kiosk turtle run``, ``kiosk --version``.

Imports are lazy: ``kiosk lessons check`` never loads Qt, and the app path loads only what
the sign-in screen needs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk import __version__
from kiosk.core import languages
from kiosk.core.i18n import Context

Cli = Context("Cli")  # the command line's messages, in the interface language


def _home_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder for this kiosk's data (default: KIOSK_HOME or the user data folder)")
    return parent


COMMANDS = frozenset({"demo", "learners", "export", "sync", "staff", "doctor", "turtle", "content", "backup",
                      "lessons"})


class _NotPlain(Exception):
    """The short parser met something it does not know: the whole parser will say it."""


class _ShortParser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise _NotPlain(message)


def _top_parser(home: argparse.ArgumentParser, cls: type[argparse.ArgumentParser] = argparse.ArgumentParser
                ) -> argparse.ArgumentParser:
    """``kiosk`` and its own options: what opening the kiosk needs."""
    parser = cls(prog="kiosk", description="Telecentro: the offline learning kiosk.", parents=[home])
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--lang", choices=languages.codes(), default=None,
                        help=f"interface language (default: the site's, else {languages.DEFAULT})")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)  # tools/check_bundle.sh
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of the locked full-screen kiosk (or set KIOSK_WINDOWED=1)")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line.  Opening the kiosk (no command named, no help asked) parses with the
    top-level options only: building every command's parser imports their modules (~90 ms of
    the start-up, issue 14.5).  Anything else -- a command, ``-h``, a mistake -- gets the whole
    parser, so its help and errors are the same as always."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(a in COMMANDS or a in ("-h", "--help") for a in args):
        try:
            parsed, rest = _top_parser(_home_parent(), _ShortParser).parse_known_args(args)
        except _NotPlain:
            rest = args
        if not rest:
            parsed.command = None
            return parsed
    return build_parser().parse_args(args)


def build_parser() -> argparse.ArgumentParser:
    home = _home_parent()
    parser = _top_parser(home)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[home],
                          help="fill a kiosk home with a demo telecenter: 150 learners in 5 classes, a month of use")
    demo.add_argument("--open", action="store_true", help="open the kiosk afterwards")
    demo.add_argument("--windowed", action="store_true", default=argparse.SUPPRESS,
                      help="with --open: a normal window instead of the locked kiosk")
    size = demo.add_mutually_exclusive_group()
    size.add_argument("--small", action="store_true", help="a quick look: 14 learners and three weeks of progress")
    size.add_argument("--large", action="store_true",
                      help="a large site for benchmarks: 2,000 learners and about 2 million facts")
    size.add_argument("--activity", type=_count, default=None, metavar="N",
                      help="add N learner visits of today to an existing home, through the real services")
    demo.add_argument("--seed", type=int, default=None, help="with --activity: the same seed makes the same choices")

    learners = sub.add_parser("learners", help="manage learners")
    learners_sub = learners.add_subparsers(dest="learners_command", metavar="ACTION", required=True)
    imp = learners_sub.add_parser("import", parents=[home],
                                  help="import learners from a CSV (name, age band, role, class); exit 1 on bad rows")
    imp.add_argument("file", help="CSV file (UTF-8; ',' or ';')")
    imp.add_argument("--class", dest="class_name", default=None, help="put every imported learner in this class")
    from kiosk.commands.learners import add_manage_parsers

    add_manage_parsers(learners_sub, home)

    export = sub.add_parser("export", help="export reports")
    export_sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    att = export_sub.add_parser("attendance", parents=[home], help="attendance for a date range")
    att.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    att.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    att.add_argument("--class", dest="class_name", default=None, help="one class (default: the whole site)")
    att.add_argument("--format", choices=["csv", "xlsx", "pdf"], default="csv")
    att.add_argument("--sep", choices=[",", ";"], default=",", help="CSV separator (';' for Excel in Spanish)")
    att.add_argument("--lang", dest="export_lang", choices=languages.codes(), default=None,
                     help="column headers' language (default: the interface language)")
    att.add_argument("--out", required=True, metavar="FILE")

    from kiosk.commands.sync import add_parser as add_sync_parser

    add_sync_parser(sub, home)
    from kiosk.commands.staff import add_parser as add_staff_parser

    add_staff_parser(sub, home)
    from kiosk.commands.doctor import add_parser as add_doctor_parser

    add_doctor_parser(sub, home)
    from kiosk.commands.turtle import add_parser as add_turtle_parser

    add_turtle_parser(sub, home)
    from kiosk.commands.content import add_parser as add_content_parser

    add_content_parser(sub, home)

    from kiosk.commands.backup import add_parser as add_backup_parser

    add_backup_parser(sub, home)

    lessons = sub.add_parser("lessons", help="work with lesson files")
    lessons_sub = lessons.add_subparsers(dest="lessons_command", metavar="ACTION", required=True)
    check = lessons_sub.add_parser(
        "check", help="check lesson files; print path:line: message (warnings: path:line: aviso: message) "
        "and the totals; exit 1 on any error")
    check.add_argument("dir", nargs="?", default=None, help="a lessons folder (default: the bundled lessons)")
    check.add_argument("--strict", action="store_true", help="warnings count as errors (exit 1); CI uses it")
    check.add_argument("--allow", action="append", default=[], metavar="RULE",
                       help="with --strict, a warning rule that does not fail (help-unverified, gn-orthography)")
    guide = lessons_sub.add_parser(
        "guide", help="write the facilitators' page: every track, module and lesson with its bands, "
        "activities and languages, in Markdown (docs/curriculo.md)")
    guide.add_argument("dir", nargs="?", default=None, help="a lessons folder (default: the bundled lessons)")
    guide.add_argument("--out", default=None, metavar="FILE", help="write the page here (default: print it)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "lessons" and args.lessons_command == "guide":
        return _lessons_guide(args.dir, args.out)
    if args.command == "lessons":
        return _lessons_check(args.dir, strict=args.strict, allow=frozenset(args.allow))
    from kiosk.config import Config

    config = Config.load(getattr(args, "home", None))
    if args.lang:
        from dataclasses import replace

        config = replace(config, lang=args.lang)
    if args.command is not None:  # the app chooses its own language (kiosk.app.with_site_language)
        config = _cli_language(config, chosen=bool(args.lang))
    if args.command not in (None, "turtle") and (args.command == "demo" or config.db_path.is_file()):
        from kiosk.core.log_file import setup_file_logging  # the support log (the app sets up its own)

        setup_file_logging(config.log_dir)
    if args.command == "learners":
        from kiosk.commands.learners import cli_main as import_main
        from kiosk.commands.learners import manage_main

        if args.learners_command != "import":
            return manage_main(args, config)
        return import_main(Path(args.file), config, args.class_name)
    if args.command == "sync":
        from kiosk.commands.sync import cli_main as sync_main

        return sync_main(args, config)
    if args.command == "staff":
        from kiosk.commands.staff import cli_main as staff_main

        return staff_main(args, config)
    if args.command == "doctor":
        from kiosk.commands.doctor import cli_main as doctor_main

        return doctor_main(args, config)

    if args.command == "backup":
        from kiosk.commands.backup import cli_main as backup_main

        return backup_main(args, config)
    if args.command == "turtle":
        from kiosk.commands.turtle import cli_main as turtle_main

        return turtle_main(args)
    if args.command == "content":
        from kiosk.commands.content import cli_main as content_main

        return content_main(args, config)
    if args.command == "export":
        from kiosk.commands.attendance import cli_main as export_main

        return export_main(args, config, render_pdf=_render_pdf)
    if args.command == "demo" and args.activity is not None:
        code = _demo_activity(config, args.activity, args.seed)
        if code or not args.open:
            return code
    elif args.command == "demo":
        code = _demo(config, size="large" if args.large else "small" if args.small else "telecenter")
        if code or not args.open:
            return code
        import os

        os.environ.setdefault("KIOSK_DEMO_LESSONS", "1")  # the demo shows the demo track too
    return _run_app(config, bench=args.bench_startup, windowed=args.windowed, smoke=args.smoke)


def _cli_language(config, *, chosen: bool):
    """The language the command line speaks: ``--lang``, else the site's default language,
    else the registry's default.  The site setting is read with sqlite3 (cheap, no Store)."""
    from dataclasses import replace

    from kiosk.core import i18n

    if not chosen:
        from kiosk.people.site import read_site_config

        site = read_site_config(config.db_path)
        config = replace(config, lang=languages.resolve(site.default_language if site else None))
    i18n.set_language(config.lang)
    return config


def _render_pdf(sheets: list, path: Path, title: str, **options) -> int:
    """The attendance PDF's renderer: the month sheets drawn by Qt, imported only when a PDF is asked for."""
    from kiosk.ui.sheet_pdf import write_sheet_pdf

    return write_sheet_pdf(sheets, path, title, **options)


def _lessons_check(folder: str | None, *, strict: bool = False, allow: frozenset[str] = frozenset()) -> int:
    from kiosk import resources
    from kiosk.commands.turtle_lessons import challenge_problems
    from kiosk.content.check import run_check

    return run_check(Path(folder) if folder else resources.lessons_dir(), strict=strict, allow=allow,
                     checks=(challenge_problems,))


def _lessons_guide(folder: str | None, out: str | None) -> int:
    """The facilitators' page (``kiosk.content.guide``); refused while the lessons have errors,
    so that the page never leaves out a lesson silently."""
    from kiosk import resources
    from kiosk.content.catalog import scan_tree
    from kiosk.content.guide import guide_markdown

    root = Path(folder) if folder else resources.lessons_dir()
    scan = scan_tree(root)
    if scan.catalog.problems or not scan.catalog.tracks:
        count = len(scan.catalog.problems)
        why = f"tiene {count} error{'es' if count != 1 else ''}" if count else "no tiene lecciones"
        print(f"kiosk: {root} {why}: corré «kiosk lessons check {root}» y corregilo primero",
              file=sys.stderr)
        return 1
    page = guide_markdown(scan)
    if out is None:
        sys.stdout.write(page)
        return 0
    try:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="\n") as file:
            file.write(page)
    except OSError as exc:
        print(f"kiosk: no se pudo escribir {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Escrita {out}")
    return 0


def _demo(config, *, size: str = "telecenter") -> int:
    from kiosk import resources
    from kiosk.content.catalog import load_catalog
    from kiosk.demo import fill_demo
    from kiosk.commands import open_or_say

    store = open_or_say(config, "demo")
    if store is None:
        return 2
    try:
        catalog = load_catalog(resources.lessons_dir())
        if size == "large":
            from kiosk.demo_large import fill_large

            added = fill_large(store, catalog)
        elif size == "small":
            added = fill_demo(store, catalog)
        else:
            from kiosk.demo_telecenter import fill_telecenter

            added = fill_telecenter(store, catalog)
    finally:
        store.close()
    if added:
        from kiosk.demo import DEMO_STAFF

        print(Cli.tr("Done: %n demo learner(s) in {home}", "", added).format(home=config.home))
        for name, role, pin in DEMO_STAFF:
            role_name = Cli.tr("coordinator") if role == "coordinator" else Cli.tr("teacher")
            print(Cli.tr("  Demo staff: {name} ({role}), PIN {pin}").format(name=name, role=role_name, pin=pin))
    else:
        print(Cli.tr("{home} already has learners: nothing was added.").format(home=config.home))
    return 0


def _count(text: str) -> int:
    """A whole number, 0 or more (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def _demo_activity(config, visits: int, seed: int | None) -> int:
    """``kiosk demo --activity N``: N learner visits of today (``kiosk.demo_activity``)."""
    from kiosk import resources
    from kiosk.commands import open_or_say
    from kiosk.content.catalog import load_catalog
    from kiosk.demo_activity import NoLearners, add_activity

    store = open_or_say(config, "demo")
    if store is None:
        return 2
    try:
        added = add_activity(store, load_catalog(resources.lessons_dir(), demo=False), visits, seed=seed)
    except NoLearners:
        print(Cli.tr("{home} has no learners: run «kiosk demo --home {home}» first.").format(home=config.home),
              file=sys.stderr)
        return 1
    finally:
        store.close()
    print(Cli.tr("Added %n learner visit(s) of today in {home}", "", added).format(home=config.home))
    return 0


def _run_app(config, *, bench: bool = False, windowed: bool = False, smoke: bool = False) -> int:
    from kiosk.core.deferred_modules import defer

    defer()  # before the window's modules are imported: some import what it leaves unloaded
    from kiosk.app import prepare_process, run
    from kiosk.core.errors import EnvironmentProblem

    prepare_process()  # first: the log folder's helpers import what it leaves unloaded (socket)
    try:
        config.ensure_dirs()
    except OSError as exc:
        print(Cli.tr("kiosk: the folder {home} cannot be used: {error}").format(home=config.home, error=exc),
              file=sys.stderr)
        return 2

    try:
        return run(config, bench=bench, windowed=windowed, smoke=smoke)
    except EnvironmentProblem as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
