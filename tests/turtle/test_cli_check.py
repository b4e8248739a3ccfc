"""``kiosk turtle check FILE --challenge LESSON_ID#ACTIVITY_ID`` and the turtle challenges of
``kiosk lessons check``, run as a teacher would: a real process, real files, the bundled sample
challenges (lessons/muestra/todas-las-actividades/turtle.es.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQUARE = "muestra/todas-las-actividades/turtle#cuadrado"
SAMPLE = ROOT / "lessons" / "muestra" / "todas-las-actividades" / "turtle.es.md"


def kiosk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--home", str(home), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_program_that_solves_the_challenge_exits_0(tmp_path):
    program = write(tmp_path, "cuadrado.txt", "repetir 4:\n    avanzar(100)\n    derecha(90)\n")
    done = kiosk("turtle", "check", str(program), "--challenge", SQUARE, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith("pasó")
    assert SQUARE in done.stdout


def test_a_program_that_does_not_exits_1_with_the_checkers_sentences(tmp_path):
    from kiosk.turtle.messages import message
    from kiosk.turtle.model import Feedback

    program = write(tmp_path, "casi.txt", "repetir 3:\n    avanzar(100)\n    derecha(90)\n")
    done = kiosk("turtle", "check", str(program), "--challenge", SQUARE, home=tmp_path / "home")
    assert done.returncode == 1, done.stderr
    first, *said = done.stdout.splitlines()
    assert first.startswith("falló")
    assert said and all(line.startswith("  ") and line.strip() for line in said)
    # the sentence is the checker's, in the learner's words (not a code)
    assert said[0].strip() == " ".join(message(Feedback("not-closed"), "es", where="block").split())


def test_english_names_against_the_spanish_challenge(tmp_path):
    program = write(tmp_path, "square.txt", "repeat 4:\n    forward(100)\n    right(90)\n")
    done = kiosk("turtle", "check", str(program), "--challenge", SQUARE, "--lang", "en",
                 home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_unknown_challenge_exits_2_and_names_the_ones_there_are(tmp_path):
    program = write(tmp_path, "p.txt", "avanzar(10)\n")
    done = kiosk("turtle", "check", str(program), "--challenge", "muestra/todas-las-actividades/turtle#nada",
                 home=tmp_path / "home")
    assert done.returncode == 2
    assert "turtle#cuadrado" in done.stderr and "turtle#triangulo" in done.stderr
    done = kiosk("turtle", "check", str(tmp_path / "missing.txt"), "--challenge", SQUARE, home=tmp_path / "home")
    assert done.returncode == 2


def test_lessons_check_runs_the_challenges(tmp_path):
    """A near miss that passes the check is an error at its activity's line (``kiosk lessons
    check`` through the command line, which wires in the turtle runs)."""
    lessons = tmp_path / "lessons"
    shutil.copytree(ROOT / "lessons" / "muestra", lessons / "muestra")
    shutil.copy(ROOT / "lessons" / "ayuda.yaml", lessons / "ayuda.yaml")
    done = kiosk("lessons", "check", str(lessons), home=tmp_path / "home")
    assert done.returncode == 0, done.stdout
    sample = lessons / "muestra" / "todas-las-actividades" / "turtle.es.md"
    text = sample.read_text(encoding="utf-8")
    # a near miss that draws the same triangle in other words (two steps of 40 are one of 80)
    broken = text.replace("near_miss: |\n  repetir 3:\n      avanzar(80)\n      izquierda(90)\n",
                          "near_miss: |\n  repetir 3:\n      avanzar(40)\n      avanzar(40)\n      izquierda(120)\n")
    assert broken != text
    sample.write_text(broken, encoding="utf-8")
    done = kiosk("lessons", "check", str(lessons), home=tmp_path / "home")
    assert done.returncode == 1
    fence = next(n for n, line in enumerate(broken.splitlines(), 1) if line == "id: triangulo") - 1
    assert f"turtle.es.md:{fence}: desafío «triangulo»: el casi-acierto («near_miss») pasa el desafío" in done.stdout, \
        done.stdout
