"""``kiosk turtle run FILE [--lang]``, run as a teacher would: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kiosk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", "--home", str(home), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_runs_a_file_and_prints_the_drawing_as_json(tmp_path):
    program = write(tmp_path, "cuadrado.py", "repetir 4:\n    avanzar(100)\n    izquierda(90)\nmostrar('listo ñandú')\n")
    result = kiosk("turtle", "run", str(program), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["output"] == ["listo ñandú"]
    assert "error" not in data
    assert [[round(v, 6) for v in seg] for seg in data["segments"]] == [
        [0, 0, 100, 0], [100, 0, 100, 100], [100, 100, 0, 100], [0, 100, 0, 0]]
    assert result.stderr == ""


def test_english_and_guarani_names(tmp_path):
    en = write(tmp_path, "en.py", "repeat 3:\n    forward(50)\n    left(120)\n")
    gn = write(tmp_path, "gn.py", "jey 3:\n    tenonde(50)\n    asu(120)\n")
    out_en = kiosk("turtle", "run", str(en), "--lang", "en", home=tmp_path / "home")
    out_gn = kiosk("turtle", "run", str(gn), "--lang", "gn", home=tmp_path / "home")
    assert out_en.returncode == out_gn.returncode == 0
    assert json.loads(out_en.stdout) == json.loads(out_gn.stdout)
    assert len(json.loads(out_en.stdout)["segments"]) == 3


def test_an_error_exits_1_with_its_code_and_line(tmp_path):
    program = write(tmp_path, "bucle.py", "avanzar(10)\nwhile True:\n    pass\n")
    result = kiosk("turtle", "run", str(program), home=tmp_path / "home")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["error"]["code"] == "too-many-steps" and data["error"]["line"] in (2, 3)
    assert data["segments"] == [[0.0, 0.0, 10.0, 0.0]]  # what was drawn before the error
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{program}:")


def test_a_refused_program_exits_1(tmp_path):
    program = write(tmp_path, "malo.py", "import os\n")
    result = kiosk("turtle", "run", str(program), home=tmp_path / "home")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"] == {"code": "not-allowed", "line": 1, "params": {"what": "import"}}


def test_a_missing_file_exits_2(tmp_path):
    result = kiosk("turtle", "run", str(tmp_path / "no.py"), home=tmp_path / "home")
    assert result.returncode == 2 and result.stdout == "" and result.stderr.strip()


def test_it_creates_no_kiosk_home(tmp_path):
    program = write(tmp_path, "p.py", "avanzar(1)\n")
    assert kiosk("turtle", "run", str(program), home=tmp_path / "home").returncode == 0
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").iterdir())
