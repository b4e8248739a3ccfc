"""``kiosk learners list|rename|archive|restore|merge|delete --home DIR``: the real command
line (``kiosk.cli.main``) on a real kiosk home."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.backend import Backend
from kiosk.cli import main
from kiosk.core import i18n
from tests.sync.conftest import LESSONS, T0, facts_cells, lesson_day, outbox_values


@pytest.fixture(autouse=True)
def _language_back():
    before = i18n.language()
    yield
    i18n.set_language(before)


@pytest.fixture()
def home_with_two(home):
    with Backend.open(home / "kiosk.sqlite3") as b:
        lucia = b.learners.register("Lucía", "tatu.svg", "8-11", "learner")
        lu = b.learners.register("Lu", "sol.svg", "8-11", "learner")
        b.classes.add_members(b.classes.create("5º A").id, [lucia.id])
        for i, lesson in enumerate(LESSONS):
            lesson_day(b, lu.id, lesson, T0 + timedelta(hours=i))
        b.progress.sign_in(lu.id, now=T0)
        b.progress.sign_in(lucia.id, now=T0 + timedelta(days=1))
    return home, lucia, lu


def kiosk(capsys, home, *args, lang="en"):
    code = main(["--lang", lang, "learners", *args, "--home", str(home)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_rename_archive_restore(capsys, home_with_two):
    home, lucia, lu = home_with_two
    code, out, _err = kiosk(capsys, home, "list")
    assert code == 0
    assert f"{lucia.id[:8]}  Lucía" in out and "5º A" in out and "2 learners" in out
    code, out, _ = kiosk(capsys, home, "rename", lucia.id[:8], "Luci")
    assert code == 0 and "“Luci”" in out
    code, out, _ = kiosk(capsys, home, "archive", "luci")
    assert code == 0
    code, out, _ = kiosk(capsys, home, "list", "--active")
    assert "Luci" not in out and "1 learner" in out
    code, out, _ = kiosk(capsys, home, "list")
    assert "(archived)" in out
    code, out, _ = kiosk(capsys, home, "restore", "Luci")
    assert code == 0
    with Backend.open(home / "kiosk.sqlite3") as b:
        assert [i.display_name for i in b.learners.list_active()] == ["Lu", "Luci"]


def test_unknown_ambiguous_and_taken_are_refused(capsys, home_with_two):
    home, lucia, lu = home_with_two
    code, _out, err = kiosk(capsys, home, "archive", "Nadie")
    assert code == 1 and "kiosk learners list" in err
    with Backend.open(home / "kiosk.sqlite3") as b:
        b.learners.register("Lu", "tatu.svg", "8-11", "learner")
    code, _out, err = kiosk(capsys, home, "delete", "Lu", "--yes")
    assert code == 1 and "several learners" in err
    code, _out, err = kiosk(capsys, home, "rename", lucia.id, "lu")
    assert code == 1 and "same name" not in err and "this name and this picture" in err
    code, _out, err = kiosk(capsys, home, "merge", lucia.id, lucia.id[:8], "--yes")
    assert code == 1 and "itself" in err


def test_delete_asks_for_yes_and_says_what_is_lost(capsys, home_with_two):
    home, lucia, lu = home_with_two
    code, out, _ = kiosk(capsys, home, "delete", lu.id[:8])
    assert code == 1
    assert "3 visits to lessons, 3 answers, 1 certificate, 1 sign-in" in out
    assert "--yes" in out
    with Backend.open(home / "kiosk.sqlite3") as b:
        assert b.learners.get(lu.id) is not None
    code, out, _ = kiosk(capsys, home, "delete", lu.id[:8], "--yes")
    assert code == 0 and "deleted" in out
    with Backend.open(home / "kiosk.sqlite3") as b:
        assert b.learners.get(lu.id) is None
        assert outbox_values(b) == facts_cells(b)


def test_merge_asks_for_yes_then_merges_with_counts_exact(capsys, home_with_two):
    home, lucia, lu = home_with_two
    code, out, _ = kiosk(capsys, home, "merge", "Lucía", "Lu")
    assert code == 1 and "--yes" in out
    with Backend.open(home / "kiosk.sqlite3") as b:
        assert b.learners.get(lu.id) is not None
    code, out, _ = kiosk(capsys, home, "merge", "Lucía", "Lu", "--yes")
    assert code == 0
    with Backend.open(home / "kiosk.sqlite3") as b:
        assert b.learners.get(lu.id) is None
        assert b.learner_admin.footprint(lucia.id).certificates == 1
        assert b.learner_admin.footprint(lucia.id).sessions == 2
        assert outbox_values(b) == facts_cells(b)


def test_messages_in_spanish(capsys, home_with_two):
    home, lucia, lu = home_with_two
    code, out, _ = kiosk(capsys, home, "delete", lu.id[:8], lang="es")
    assert code == 1
    assert "3 visitas a lecciones" in out and "1 certificado" in out and "--yes" in out
