"""The staff export page's job meeting a damaged page: a StorageProblem with the code
DATABASE_DAMAGED, put in words by the one error table (the page hands it to show_problem)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kiosk.backend import Backend
from kiosk.core.errors import Code, StorageProblem
from kiosk.ui.errors import error_text
from kiosk.ui.staff.export_job import Export, ExportJob
from tests.support.test_support_cli import HEAD_FIXTURE, _damage_table


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_staff_export_job_says_damaged_in_words(tmp_path: Path, fmt: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(HEAD_FIXTURE, home / "kiosk.sqlite3")
    backend = Backend.open(home / "kiosk.sqlite3", home=home)  # the kiosk is running...
    try:
        backend.db.engine.dispose()  # (no page of the file kept in a pooled connection)
        _damage_table(home / "kiosk.sqlite3", "sessions")  # ...and a page goes bad under it
        out = tmp_path / f"asistencia.{fmt}"
        job = ExportJob(Export(date(2020, 1, 1), date(2030, 12, 31), None, None, fmt, ",", "es", out))
        with pytest.raises(StorageProblem) as caught:
            job._write(backend, lambda *args: None)
        assert caught.value.code == Code.DATABASE_DAMAGED
        assert error_text(caught.value) == "The kiosk’s data file is damaged. Please tell the facilitator."
    finally:
        backend.close()
