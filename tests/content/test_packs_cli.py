"""``kiosk content pack|install|list|rollback`` through the real command line, as a process."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from pack_helpers import DEV_KEY, MODULE_ID, foreign_key, write_tree

ROOT = Path(__file__).resolve().parents[2]


def _kiosk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_pack_sign_install_list_rollback_and_refuse(tmp_path):
    bundled = write_tree(tmp_path / "bundled", "1.0.0")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_LESSONS": str(bundled)}
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

    listed = _kiosk("content", "list", "--home", str(home), env=env)
    assert listed.returncode == 0
    assert "secretos 2.0.0" in listed.stdout and f"{MODULE_ID} 2.0.0" in listed.stdout

    again = _kiosk("content", "install", str(out), "--home", str(home), env=env)
    assert again.returncode == 2 and "2.0.0" in again.stderr

    back = _kiosk("content", "rollback", MODULE_ID, "--home", str(home), env=env)
    assert back.returncode == 0, back.stderr
    assert "2.0.0 -> 1.0.0" in back.stdout

    foreign = tmp_path / "foreign.zip"
    signed = _kiosk("content", "pack", str(source), "--key", str(foreign_key(tmp_path)), "--out", str(foreign),
                    "--publisher", "otra", env=env)
    assert signed.returncode == 0, signed.stderr
    refused = _kiosk("content", "install", str(foreign), "--home", str(home), env=env)
    assert refused.returncode == 2
    assert "otra" in refused.stderr and "Traceback" not in refused.stderr
    nothing = _kiosk("content", "list", "--home", str(home), env=env)
    assert "secretos" not in nothing.stdout
