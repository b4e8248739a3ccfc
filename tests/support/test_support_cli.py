"""Support and read-only work through the real command line (subprocesses on real files):
exports beside a busy kiosk, an export meeting a damaged page, ``kiosk doctor``, and the
support log's records without names.

Each test starts 1-3 CLI processes (~1-3 s each on a loaded 2-core machine)."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.store.revision import HEAD_REVISION

REPO = Path(__file__).resolve().parents[2]
HEAD_FIXTURE = REPO / "tests" / "store" / "fixtures" / "releases" / f"{HEAD_REVISION[:4]}.sqlite3"
DAYS = ["--from", "2020-01-01", "--to", "2030-12-31"]


def kiosk(home: Path, *args: str, lang: str = "en", timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "KIOSK_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "kiosk", "--lang", lang, *args], capture_output=True, text=True,
                          env=env, cwd=home.parent, timeout=timeout)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A demo kiosk at head (the 0009 release fixture, made by ``kiosk demo --small``), opened
    once by today's kiosk so it is in WAL mode with its identity checked and its outbox filled."""
    from kiosk.backend import Backend

    folder = tmp_path / "home"
    folder.mkdir()
    shutil.copy(HEAD_FIXTURE, folder / "kiosk.sqlite3")
    with Backend.open(folder / "kiosk.sqlite3", home=folder) as backend:
        backend.outbox.fill()  # as the running kiosk does once
    return folder


def names_in(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [row[0] for row in conn.execute("SELECT display_name FROM learners UNION SELECT display_name FROM staff")]
    finally:
        conn.close()


def test_export_succeeds_while_another_process_holds_the_write_lock(home: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); c.execute(\"UPDATE settings SET value = value WHERE key = 'device_id'\"); "
         "print('held', flush=True); sys.stdin.read()", str(home / "kiosk.sqlite3")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        out = tmp_path / "asistencia.csv"
        run = kiosk(home, "export", "attendance", "--home", str(home), *DAYS, "--out", str(out))
        assert run.returncode == 0, run.stderr
        assert len(out.read_text(encoding="utf-8").splitlines()) > 10
        status = kiosk(home, "sync", "status", "--home", str(home))
        assert status.returncode == 0, status.stderr
        assert "Figures waiting:" in status.stdout
        doctor = kiosk(home, "doctor", "--home", str(home))
        assert doctor.returncode == 0 and "Integrity (quick_check): ok" in doctor.stdout, doctor.stdout
        assert holder.poll() is None  # the writer still holds its transaction
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def _damage_table(db_path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage (the kiosk is closed)."""
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root, = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    size, = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with open(db_path, "r+b") as file:
        file.seek((root - 1) * size)
        file.write(bytes((i * 37 + 11) % 251 for i in range(size)))


def test_an_export_meeting_a_damaged_page_says_so_in_words(home: Path, tmp_path: Path) -> None:
    _damage_table(home / "kiosk.sqlite3", "sessions")
    out = tmp_path / "asistencia.csv"
    run = kiosk(home, "export", "attendance", "--home", str(home), *DAYS, "--out", str(out))
    assert run.returncode == 2
    assert "Traceback" not in run.stderr + run.stdout
    assert "data file in" in run.stderr and "is damaged" in run.stderr and "kiosk doctor" in run.stderr
    assert not out.exists()  # no half-written export left behind
    spanish = kiosk(home, "export", "attendance", "--home", str(home), *DAYS, "--out", str(out), lang="es")
    assert spanish.returncode == 2 and "Traceback" not in spanish.stderr


def test_doctor_on_a_demo_home_a_damaged_copy_and_an_empty_folder(home: Path, tmp_path: Path) -> None:
    ok = kiosk(home, "doctor", "--home", str(home))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    for words in ("Version:", "Database:", "Integrity (quick_check): ok", f"Schema: {HEAD_REVISION}",
                  "Free at the home:", "Enrolled: no", "No problems found."):
        assert words in ok.stdout
    damaged = tmp_path / "damaged"
    shutil.copytree(home, damaged)
    db = damaged / "kiosk.sqlite3"
    with open(db, "r+b") as file:  # garbage in the middle of the file
        file.seek(db.stat().st_size // 2)
        file.write(b"\xde\xad\xbe\xef" * 2048)
    bad = kiosk(damaged, "doctor", "--home", str(damaged))
    assert bad.returncode == 1
    assert "Problem: the database is damaged" in bad.stdout and "Traceback" not in bad.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    none = kiosk(empty, "doctor", "--home", str(empty))
    assert none.returncode == 1
    assert "there is no kiosk here" in none.stdout
    assert list(empty.iterdir()) == []  # never creates a database (nor anything else)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_support_log_records_staff_actions_without_names(home: Path, tmp_path: Path) -> None:
    export = kiosk(home, "export", "attendance", "--home", str(home), *DAYS, "--out", str(tmp_path / "a.csv"))
    assert export.returncode == 0, export.stderr
    enrol = kiosk(home, "sync", "enrol", "--home", str(home), "--server", f"http://127.0.0.1:{_free_port()}",
                  "--code", "ABCD-EFGH")
    assert enrol.returncode == 1  # nobody listens there: the code is kept for USB
    log = (home / "logs" / "kiosk.log").read_text(encoding="utf-8")
    support = [line for line in log.splitlines() if " kiosk.support: " in line]
    assert any("export kind=attendance format=csv rows=" in line and "via=cli" in line for line in support), log
    assert any(" enrol-attempt install=" in line for line in support), log
    assert any(" enrol-result outcome=unreachable" in line for line in support), log
    names = names_in(home / "kiosk.sqlite3")
    assert len(names) > 10
    for name in names:
        assert name not in log, name
    assert "ABCD-EFGH" not in log  # nor the one-time code


def test_support_event_keeps_only_tokens_and_numbers() -> None:
    from kiosk.core.support_log import clean_value

    assert clean_value(12) == "12"
    assert clean_value("attendance") == "attendance"
    assert clean_value("internet-seguro/cuida-tus-secretos") == "internet-seguro/cuida-tus-secretos"
    assert clean_value("Profe Nilda") == "?"
    assert clean_value("Lucía") == "?"
