"""`kiosk-collector` commands, as an operator runs them (subprocesses, an SQLite file)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid

from tests.collector.harness import ROOT


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk.collector", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, **(env or {})})


def test_enrol_code_admin_token_revoke(tmp_path):
    db = str(tmp_path / "c.sqlite3")
    done = run("enrol-code", "--db", db, "--site", "Telecentro San Lorenzo", "--site-code", "slo")
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\n", done.stdout)
    assert "Entregalo al coordinador" in done.stderr and "slo" in done.stderr
    second = run("enrol-code", "--db", db, "--site", "Telecentro San Lorenzo")
    assert second.returncode == 0 and second.stdout != done.stdout
    clash = run("enrol-code", "--db", db, "--site", "Telecentro San Lorenzo", "--site-code", "otro")
    assert clash.returncode == 1 and "slo" in clash.stderr

    token = run("admin-token", "--db", db)
    assert token.returncode == 0 and re.fullmatch(r"tca_[A-Za-z0-9_-]{43}\n", token.stdout)
    assert run("revoke", "--db", db, "--token", token.stdout.strip()).returncode == 0
    missing = run("revoke", "--db", db, "--install", str(uuid.uuid4()))
    assert missing.returncode == 1 and "No se encontró" in missing.stderr
    assert run("revoke", "--db", db, "--install", "nope").returncode == 1


def test_the_database_may_come_from_the_environment(tmp_path):
    db = str(tmp_path / "env.sqlite3")
    done = run("admin-token", env={"KIOSK_COLLECTOR_DB": f"sqlite:///{db}"})
    assert done.returncode == 0, done.stderr
    assert os.path.exists(db)


def test_import_bundle_of_a_missing_file_is_refused_in_spanish(tmp_path):
    done = run("import-bundle", "--db", str(tmp_path / "c.sqlite3"), str(tmp_path / "nada.zip"))
    assert done.returncode == 1
    assert done.stdout.startswith("Paquete rechazado: no se pudo leer")


def test_an_unsupported_database_url_is_refused(tmp_path):
    done = run("admin-token", "--db", "mysql://x@y/z")
    assert done.returncode == 2 and "SQLite or PostgreSQL" in done.stderr
