"""``kiosk sync enrol | now | status | export-bundle`` as real processes, against the real
collector where a server is needed."""

from __future__ import annotations

import socket
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.core.clock import utcnow
from kiosk.backend import Backend

from .conftest import LESSONS, REPO, lesson_day
from .test_end_to_end import local_noon


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=180)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A kiosk home with a learner's week (and a day with a wrong clock, on request)."""
    folder = tmp_path / "home"
    folder.mkdir()
    with Backend.open(folder / "kiosk.sqlite3") as store:
        lucia = store.learners.register("Lucía", "tatu.svg", "8-11", "learner",
                                        now=utcnow() - timedelta(days=9))
        for offset in range(7, 0, -1):
            day = utcnow().date() - timedelta(days=offset)
            sid = store.progress.sign_in(lucia.id, now=local_noon(day))
            lesson_day(store, lucia.id, LESSONS[offset % 3], local_noon(day) + timedelta(minutes=1),
                       session_id=sid)
    return folder


def test_status_and_export_work_offline(home: Path, tmp_path: Path) -> None:
    status = kiosk("sync", "status", "--home", str(home), "--cells")
    assert status.returncode == 0, status.stderr
    out = status.stdout
    assert "Servidor: sin inscribir" in out and "Última sincronización correcta: nunca" in out
    pending = int(next(l for l in out.splitlines() if l.startswith("Datos pendientes:")).split(":")[1])
    assert pending > 0
    assert "Minutos en lecciones" in out and "Estudiante" in out and "8 a 11 años" in out
    assert "Lucía" not in out

    now = kiosk("sync", "now", "--home", str(home))
    assert now.returncode == 1 and "no está inscripto" in now.stderr

    usb = tmp_path / "usb"
    usb.mkdir()
    export = kiosk("sync", "export-bundle", "--home", str(home), "--out", str(usb), "--code", "ABCD-EFGH")
    assert export.returncode == 0, export.stderr
    assert "Paquete guardado" in export.stdout and "con el código de inscripción" in export.stdout
    (bundle,) = usb.glob("telecentro-*.zip")
    assert sorted(zipfile.ZipFile(bundle).namelist()) == ["cells.jsonl", "manifest.json", "manifest.sig"]
    assert "código guardado para USB: ABCD-EFGH" in kiosk("sync", "status", "--home", str(home)).stdout

    missing = kiosk("sync", "export-bundle", "--home", str(home), "--out", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "no existe" in missing.stderr


def test_enrol_and_send_with_the_real_collector(home: Path, collector) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    unreachable = kiosk("sync", "enrol", "--home", str(home), "--server", dead, "--code", "QQQQ-QQQQ")
    assert unreachable.returncode == 1 and "No hay conexión con el servidor" in unreachable.stderr

    bad = kiosk("sync", "enrol", "--home", str(home), "--server", collector.base_url, "--code", "NOPE-NOPE")
    assert bad.returncode == 1 and "rechazó el código" in bad.stderr

    code = collector.enrol_code("Telecentro Areguá")
    enrolled = kiosk("sync", "enrol", "--home", str(home), "--server", collector.base_url, "--code", code)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "Telecentro Areguá" in enrolled.stdout
    again = kiosk("sync", "enrol", "--home", str(home), "--server", collector.base_url, "--code", code)
    assert again.returncode == 0, again.stderr  # the same code, install and key: a new token

    now = kiosk("sync", "now", "--home", str(home))
    assert now.returncode == 0, now.stdout + now.stderr
    assert "aceptados" in now.stdout and "Pendientes: 0." in now.stdout
    assert kiosk("sync", "now", "--home", str(home)).stdout.startswith("No había datos pendientes")
    status = kiosk("sync", "status", "--home", str(home)).stdout
    assert "Datos pendientes: 0" in status and "Último error: ninguno" in status
    assert collector.base_url in status and "nunca" not in status.split("\n")[2]

    # A day recorded with the clock a year ahead: only its cells are refused, exit 1, a warning.
    with Backend.open(home / "kiosk.sqlite3") as store:
        lucia = store.learners.list_active()[0]
        store.progress.sign_in(lucia.id, now=local_noon(date.today() + timedelta(days=400)))
    wrong = kiosk("sync", "now", "--home", str(home))
    assert wrong.returncode == 1
    assert "El servidor rechazó 1 dato: la fecha está en el futuro" in wrong.stderr
    assert "revisá la fecha y hora" in wrong.stderr
    status = kiosk("sync", "status", "--home", str(home)).stdout
    assert "Datos rechazados: 1" in status and "¡Atención!" in status
