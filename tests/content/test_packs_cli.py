"""``kiosk content pack|install|list|rollback`` through the command line: building, installing
and one refusal as real processes (``python -m kiosk``), the rest through ``kiosk.cli.main``
in this process (each process costs about a second of start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from pack_helpers import DEV_KEY, MODULE_ID, foreign_key, write_tree

from kiosk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _kiosk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_pack_sign_install_list_rollback_and_refuse(tmp_path, monkeypatch, capsys):
    """Three real processes (pack, install, a refused install), as a publisher and a coordinator
    run them: about 3 s on an idle 2-core machine, up to ~10 s when it is loaded."""
    bundled = write_tree(tmp_path / "bundled", "1.0.0")
    monkeypatch.setenv("KIOSK_LESSONS", str(bundled))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KIOSK_HOME", None)
    home = tmp_path / "home"
    source = write_tree(tmp_path / "src", "2.0.0", title="Contraseñas nuevas")
    out = tmp_path / "usb" / "secretos.zip"

    built = _kiosk("content", "pack", str(source), "--key", str(DEV_KEY), "--out", str(out), "--id", "secretos",
                   env=env)
    assert built.returncode == 0, built.stderr
    assert zipfile.is_zipfile(out)

    done = _kiosk("content", "install", str(out), "--home", str(home), env=env)
    assert done.returncode == 0, done.stderr
    assert f"{MODULE_ID}: 1.0.0 -> 2.0.0" in done.stdout

    foreign = tmp_path / "foreign.zip"
    assert main(["content", "pack", str(source), "--key", str(foreign_key(tmp_path)), "--out", str(foreign),
                 "--publisher", "otra"]) == 0
    refused = _kiosk("content", "install", str(foreign), "--home", str(home), env=env)
    assert refused.returncode == 2
    assert "otra" in refused.stderr and "Traceback" not in refused.stderr
    capsys.readouterr()

    assert main(["content", "list", "--home", str(home)]) == 0
    listed = capsys.readouterr().out
    assert "secretos 2.0.0" in listed and f"{MODULE_ID} 2.0.0" in listed

    assert main(["content", "install", str(out), "--home", str(home)]) == 2  # the same version again
    assert "2.0.0" in capsys.readouterr().err

    assert main(["content", "rollback", MODULE_ID, "--home", str(home)]) == 0
    assert "2.0.0 -> 1.0.0" in capsys.readouterr().out
    assert main(["content", "rollback", MODULE_ID, "--home", str(home)]) == 2
    assert main(["content", "list", "--home", str(home)]) == 0
    assert "secretos" not in capsys.readouterr().out
