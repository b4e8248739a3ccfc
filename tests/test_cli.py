"""The command line, run as a newcomer or a script would: a real process, real files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__

ROOT = Path(__file__).resolve().parents[1]


def kiosk(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_version():
    result = kiosk("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"kiosk {__version__}"


def test_bundled_lessons_pass_the_check():
    result = kiosk("lessons", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Todo bien" in result.stdout


def test_lessons_check_reports_path_line_message_and_exits_1(tmp_path):
    lessons = tmp_path / "lessons"
    module = lessons / "internet-seguro" / "roto"
    module.mkdir(parents=True)
    (lessons / "internet-seguro" / "track.yaml").write_text(
        (ROOT / "lessons" / "internet-seguro" / "track.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (module / "module.yaml").write_text(
        'schema: kiosco-leccion/1\nid: roto\nversion: "1.0.0"\ntitle:\n  es: Roto\n'
        "audience: [ninos-8-11]\norder: 1\nlessons: [uno]\n",
        encoding="utf-8",
    )
    (module / "uno.es.md").write_text("---\nschema: kiosco-leccion/1\nid: internet-seguro/roto/uno\n---\nHola\n", encoding="utf-8")
    result = kiosk("lessons", "check", str(lessons), cwd=tmp_path)
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if line.startswith("lessons/")]
    assert problems, result.stdout
    path, line, message = problems[0].split(":", 2)
    assert path == "lessons/internet-seguro/roto/uno.es.md" and int(line) >= 1 and message.strip()


def test_demo_fills_a_home_once(tmp_path):
    home = tmp_path / "demo"
    first = kiosk("demo", "--home", str(home))
    assert first.returncode == 0, first.stderr
    con = sqlite3.connect(home / "kiosk.sqlite3")
    learners = con.execute("SELECT count(*) FROM learners").fetchone()[0]
    attempts = con.execute("SELECT count(*) FROM attempts").fetchone()[0]
    completed = con.execute("SELECT count(*) FROM lesson_progress WHERE completed_at IS NOT NULL").fetchone()[0]
    con.close()
    assert learners >= 10 and attempts > 0 and completed > 0
    again = kiosk("demo", "--home", str(home))
    assert again.returncode == 0
    con = sqlite3.connect(home / "kiosk.sqlite3")
    assert con.execute("SELECT count(*) FROM learners").fetchone()[0] == learners
    con.close()


def test_home_that_cannot_be_created_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = kiosk("demo", "--home", str(blocker / "home"))
    assert result.returncode == 2
    assert "no se pudo abrir" in result.stderr and "Traceback" not in result.stderr


def test_opening_the_kiosk_parses_like_the_whole_parser(capsys) -> None:
    """The start-up's short parser (issue 14.5) knows every command name, so a command always
    gets the whole parser, and it reads the kiosk's own options exactly as the whole one does."""
    import argparse

    from kiosk import cli

    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == cli.COMMANDS
    for argv in ([], ["--home", "/tmp/x", "--lang", "gn"], ["--windowed", "--bench-startup"], ["--smoke"],
                 ["--home", "demo"]):
        assert vars(cli.parse_args(argv)) == vars(parser.parse_args(argv)), argv
    for wrong in (["--no-such-option"], ["--lang", "xx"], ["--home"]):  # the whole parser's words
        with pytest.raises(SystemExit) as short:
            cli.parse_args(wrong)
        short_err = capsys.readouterr().err
        with pytest.raises(SystemExit) as whole:
            parser.parse_args(wrong)
        assert short.value.code == whole.value.code == 2
        assert short_err == capsys.readouterr().err and "COMMAND" in short_err
