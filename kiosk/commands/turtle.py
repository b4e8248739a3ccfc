"""``kiosk turtle …``: run a learner's turtle program headless (teachers authoring challenges,
testing the sandbox from outside).

    kiosk turtle run FILE [--lang es|en|gn]

prints the drawing as JSON on stdout (``RunResult.to_json()``: ``{"segments": [[x1, y1, x2, y2],
…], "output": [...]}``, plus ``"error": {"code", "line", "params"}`` when the program stopped), in
Python turtle's coordinates (start (0, 0) heading east, y up). The program runs in the sandbox's
child process under the same limits as in the studio.

Exit codes: 0 the program ran to its end; 1 it stopped with an error (the JSON has it, and stderr
a one-line ``FILE:LINE: message``); 2 the file cannot be read or a bad argument.
Module-level imports stay light: ``kiosk --help`` builds this parser.
"""

from __future__ import annotations

import argparse
import json
import sys

from kiosk.core.i18n import Context
from kiosk.turtle.language import LANGS as PROGRAM_LANGS  # the languages programs are written in

Cli = Context("Cli")


def add_parser(sub, home: argparse.ArgumentParser) -> None:
    """Add ``turtle`` and its actions to ``kiosk``'s subparsers (``home``: the --home parent)."""
    turtle = sub.add_parser("turtle", help="turtle programs: run one headless, check one against a challenge")
    actions = turtle.add_subparsers(dest="turtle_command", metavar="ACTION", required=True)
    run = actions.add_parser("run", parents=[home],
                             help="run a turtle program in the sandbox; print its drawing as JSON; "
                                  "exit 1 when it stops with an error")
    run.add_argument("file", help="the program (UTF-8 text)")
    run.add_argument("--lang", dest="program_lang", choices=PROGRAM_LANGS, default="es",
                     help="the program's language: its command names (default: es)")
    add_check_parser(actions, home)


def cli_main(args: argparse.Namespace) -> int:
    if args.turtle_command == "run":
        return run_file(args.file, args.program_lang)
    if args.turtle_command == "check":
        return check_file(args.file, args.challenge, args.program_lang, args.lessons)
    return 2


def run_file(path: str, lang: str = "es") -> int:
    try:
        with open(path, encoding="utf-8-sig") as file:
            source = file.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        print(Cli.tr("kiosk turtle run: {file} cannot be read: {error}").format(file=path, error=reason),
              file=sys.stderr)
        return 2
    from kiosk.turtle.sandbox import run_program

    result = run_program(source, lang)
    json.dump(result.to_json(), sys.stdout)
    sys.stdout.write("\n")
    if result.error is None:
        return 0
    where = f"{path}:{result.error.line}" if result.error.line else path
    print(f"{where}: {describe(result.error, lang)}", file=sys.stderr)
    return 1


def describe(error, lang: str) -> str:
    """The learner's sentence for an error (``kiosk.turtle.messages``), or its code and params
    while that module is not there."""
    try:
        from kiosk.turtle.messages import message
    except ImportError:
        message = None
    if message is not None:
        text = message(error, lang)
        return " ".join(str(text).split())  # one line
    params = ", ".join(f"{key}={value}" for key, value in error.params.items())
    return f"{error.code} ({params})" if params else error.code


# -- kiosk turtle check (helper KIND) ----------------------------------------------------------


def add_check_parser(actions, home: argparse.ArgumentParser) -> None:
    check = actions.add_parser("check", parents=[home],
                               help="say whether a turtle program solves a shipped challenge, with the "
                                    "checker's sentences; exit 1 when it does not")
    check.add_argument("file", help="the program (UTF-8 text)")
    check.add_argument("--challenge", required=True, metavar="LESSON_ID#ACTIVITY_ID",
                       help="the challenge, e.g. muestra/todas-las-actividades/turtle#cuadrado")
    check.add_argument("--lang", dest="program_lang", choices=PROGRAM_LANGS, default="es",
                       help="the program's language and the sentences' (default: es); the challenge "
                            "is read in that language's lesson file when there is one")
    check.add_argument("--lessons", metavar="DIR", default=None,
                       help="a lessons folder (default: the bundled lessons)")


def check_file(path: str, challenge: str, lang: str = "es", lessons: str | None = None) -> int:
    """Run the program in ``path`` in the sandbox and check it against ``challenge``
    ("<lesson id>#<activity id>"): print whether it passed and the checker's sentences.
    Exit 0 passed, 1 not passed, 2 the file, the lessons or the challenge cannot be read."""
    from pathlib import Path

    from kiosk import resources
    from kiosk.content.catalog import scan_tree

    try:
        with open(path, encoding="utf-8-sig") as file:
            source = file.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        print(Cli.tr("kiosk turtle check: {file} cannot be read: {error}").format(file=path, error=reason),
              file=sys.stderr)
        return 2
    lesson_id, _, activity_id = challenge.partition("#")
    catalog = scan_tree(Path(lessons) if lessons else resources.lessons_dir()).catalog
    lesson = catalog.lesson(lesson_id, lang) if lesson_id else None
    activity = lesson.activity(activity_id) if lesson is not None and activity_id else None
    if activity is None or activity.kind != "turtle":
        known = [f"{lesson.id}#{a.id}" for a in lesson.activities if a.kind == "turtle"] if lesson else []
        print(Cli.tr("kiosk turtle check: there is no turtle challenge {challenge}").format(challenge=challenge)
              + (" (" + ", ".join(known) + ")" if known else ""), file=sys.stderr)
        return 2
    from kiosk.turtle.challenge import grade, say
    from kiosk.turtle.sandbox import run_program

    result = run_program(source, lang)
    verdict = grade(source, activity.spec, lang, result, reference_lang=lesson.lang)
    if verdict.passed:
        print(Cli.tr("passed: the program solves {challenge}").format(challenge=challenge))
    else:
        print(Cli.tr("failed: the program does not solve {challenge} yet").format(challenge=challenge))
    mode = activity.spec.mode
    for feedback in verdict.feedback:
        print("  " + " ".join(say(feedback, lang, mode).split()))
    if verdict.hint is not None:
        print("  " + " ".join(say(verdict.hint, lang, mode).split()))
    return 0 if verdict.passed else 1
