"""lessons/, assets/ and db/ are found in a checkout, in an installed wheel (package data read
through importlib.resources) and in a frozen bundle; the migrations run from the wheel's copy.

No wheel is built here (tools/check_wheel.sh does that in CI): an installed layout is made by
copying the package and running setup.py's own copy step, and a fresh interpreter uses it.
"""

from __future__ import annotations

import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import resources
from kiosk.core.errors import KioskBug
from kiosk.store import migrate

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _fresh_root(monkeypatch):
    monkeypatch.delenv("KIOSK_LESSONS", raising=False)
    resources.root.cache_clear()
    yield
    resources.root.cache_clear()


def assert_bundled_files(root: Path) -> None:
    assert (root / "lessons" / "README.md").is_file()
    assert sorted((root / "lessons").glob("*/track.yaml")), "no track in the lessons"
    assert sorted((root / "lessons").glob("*/*/module.yaml")), "no module in the lessons"
    assert (root / "assets" / "icons" / "app.svg").is_file()
    assert sorted((root / "assets" / "avatars").glob("*.svg"))
    assert (root / "assets" / "pictures" / "pictures.yaml").is_file()
    assert (root / "db" / "env.py").is_file() and (root / "db" / "script.py.mako").is_file()
    assert sorted((root / "db" / "versions").glob("0001_*.py"))


def test_a_checkout_reads_its_top_level_folders():
    assert resources.root() == ROOT
    assert resources.lessons_dir() == ROOT / "lessons"
    assert resources.icon_path("app.svg") == ROOT / "assets" / "icons" / "app.svg"
    assert_bundled_files(resources.root())
    assert migrate.db_dir() == ROOT / "db"


def test_migrations_are_found_through_resources():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert Path(script.dir) == resources.db_dir()
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_a_frozen_bundle_reads_meipass(tmp_path, monkeypatch):
    for name in resources.BUNDLED:
        (tmp_path / name).mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.root() == tmp_path
    assert resources.db_dir() == tmp_path / "db"


def test_a_broken_install_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "candidates", lambda: [tmp_path])
    with pytest.raises(KioskBug, match="lessons, assets, db"):
        resources.root()


INSTALLED_CHECK = """
import sys
from importlib import resources as ir
from pathlib import Path

import sqlalchemy as sa

import kiosk
from kiosk import resources
from kiosk.store import migrate

site = Path(sys.argv[1])
assert Path(kiosk.__file__).parent == site / "kiosk", kiosk.__file__
packaged = ir.files("kiosk") / "_bundled"
assert resources.root() == packaged == site / "kiosk" / "_bundled", resources.root()
assert migrate.db_dir() == packaged / "db"
engine = sa.create_engine("sqlite:///" + sys.argv[2])
migrate.upgrade(engine)
with engine.connect() as conn:
    assert migrate.current_revisions(conn) == {migrate.HEAD_REVISION}
print("installed-ok", resources.root())
"""


def test_an_installed_layout_reads_package_data_and_migrates(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(ROOT / "kiosk", site / "kiosk", ignore=shutil.ignore_patterns("__pycache__", "_bundled"))
    copy_bundled_folders = runpy.run_path(str(ROOT / "setup.py"), run_name="setup_for_tests")["copy_bundled_folders"]
    bundled = copy_bundled_folders(site)
    assert bundled == site / "kiosk" / "_bundled"
    assert_bundled_files(bundled)
    assert not (bundled / "assets" / "screenshots").exists()  # the README's, not the kiosk's
    assert not list(bundled.rglob("__pycache__"))

    run = tmp_path / "run"  # outside the checkout: only the copy can be found
    run.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("KIOSK_LESSONS", "KIOSK_HOME")}
    env["PYTHONPATH"] = str(site)
    python = [sys.executable]
    done = subprocess.run([*python, "-c", INSTALLED_CHECK, str(site), str(tmp_path / "k.sqlite3")],
                          cwd=run, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"installed-ok {bundled}" in done.stdout

    check = subprocess.run([*python, "-m", "kiosk", "lessons", "check"],
                           cwd=run, env=env, capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Todo bien" in check.stdout
