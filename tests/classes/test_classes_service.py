"""ClassService on a real SQLite file: names unique among active classes (case and accents
ignored), archive and restore, members, counts, and the classes of a learner."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.people.classes import ClassProblem

T0 = datetime(2025, 3, 10, 13, 0, tzinfo=UTC)


def learner(store, name, avatar="tatu.svg", band="8-11"):
    return store.learners.register(name, avatar, band, "learner")


def test_create_rename_and_list_with_counts(store):
    a = store.classes.create("  5º   grado A ", now=T0)
    assert a.name == "5º grado A" and a.member_count == 0
    b = store.classes.create("Taller de familias")
    ana, luis = learner(store, "Ana"), learner(store, "Luis")
    assert store.classes.add_members(a.id, [ana.id, luis.id, ana.id]) == 2
    assert store.classes.add_members(a.id, [ana.id]) == 0  # already in: skipped
    listed = store.classes.list()
    assert [(c.name, c.member_count) for c in listed] == [("5º grado A", 2), ("Taller de familias", 0)]
    renamed = store.classes.rename(b.id, "Familias del sábado")
    assert renamed.name == "Familias del sábado"
    assert store.classes.get(b.id).name == "Familias del sábado"


@pytest.mark.parametrize("other", ["5º GRADO a", "5º grádo A", " 5º  grado A "])
def test_names_are_unique_ignoring_case_and_accents(store, other):
    store.classes.create("5º grado A")
    with pytest.raises(ClassProblem) as problem:
        store.classes.create(other)
    assert problem.value.code == "class-name-taken"
    assert "Ya hay una clase llamada «5º grado A»" in problem.value.message


def test_rename_to_a_taken_name_is_refused_but_a_new_spelling_of_its_own_is_fine(store):
    a = store.classes.create("Grado 5")
    store.classes.create("Grado 6")
    with pytest.raises(ClassProblem):
        store.classes.rename(a.id, "grado 6")
    assert store.classes.rename(a.id, "GRADO 5").name == "GRADO 5"


@pytest.mark.parametrize(("name", "reason"), [("   ", "class-name-empty"), ("x" * 65, "class-name-too-long")])
def test_bad_names(store, name, reason):
    with pytest.raises(ClassProblem) as problem:
        store.classes.create(name)
    assert problem.value.code == reason
    assert store.classes.list(include_archived=True) == []


def test_archive_hides_frees_the_name_and_restore_checks_it(store):
    old = store.classes.create("Grado 5")
    ana = learner(store, "Ana")
    store.classes.add_members(old.id, [ana.id])
    store.classes.archive(old.id)
    assert store.classes.list() == []
    assert [c.name for c in store.classes.list(include_archived=True)] == ["Grado 5"]
    assert store.classes.list(include_archived=True)[0].archived
    assert store.classes.find("grado 5") is None
    assert store.classes.classes_of(ana.id) == []
    new = store.classes.create("Grado 5")  # the archived one does not block the name
    with pytest.raises(ClassProblem) as problem:
        store.classes.restore(old.id)
    assert problem.value.code == "class-restore-taken" and problem.value.params == {"name": "Grado 5"}
    store.classes.rename(new.id, "Grado 5 (2026)")
    store.classes.restore(old.id)
    assert [c.name for c in store.classes.list()] == ["Grado 5", "Grado 5 (2026)"]
    assert [m.display_name for m in store.classes.members(old.id)] == ["Ana"]  # members kept


def test_members_sorted_remove_and_archived_learners_not_counted(store):
    a = store.classes.create("A")
    names = ["Zoe", "ángel", "Bruno"]
    ids = [learner(store, n).id for n in names]
    store.classes.add_members(a.id, ids)
    assert [m.display_name for m in store.classes.members(a.id)] == ["ángel", "Bruno", "Zoe"]
    assert store.classes.remove_member(a.id, ids[0]) is True
    assert store.classes.remove_member(a.id, ids[0]) is False
    store.learners.archive(ids[2])
    assert [m.display_name for m in store.classes.members(a.id)] == ["ángel"]
    assert store.classes.list()[0].member_count == 1
    assert store.learners.get(ids[0]) is not None  # removing from a class keeps the learner


def test_classes_of_a_learner_and_learners_outside(store):
    a, b, c = (store.classes.create(n) for n in ("Grado 6", "grado 5", "Robótica"))
    ana, luis = learner(store, "Ana"), learner(store, "Luis")
    store.classes.add_members(a.id, [ana.id])
    store.classes.add_members(b.id, [ana.id, luis.id])
    assert [x.name for x in store.classes.classes_of(ana.id)] == ["grado 5", "Grado 6"]
    assert [x.name for x in store.classes.classes_of(luis.id)] == ["grado 5"]
    assert [m.display_name for m in store.classes.learners_outside(a.id)] == ["Luis"]
    assert [m.display_name for m in store.classes.learners_outside(c.id)] == ["Ana", "Luis"]
    assert store.classes.find("GRADO 6").id == a.id


def test_every_row_carries_the_device_and_utc_times(store, home):
    import sqlite3

    a = store.classes.create("A", now=T0)
    store.classes.add_members(a.id, [learner(store, "Ana").id], now=T0)
    con = sqlite3.connect(home / "kiosk.sqlite3")
    try:
        assert con.execute("SELECT device_id, created_at FROM classes").fetchall() == [
            (store.device_id, "2025-03-10 13:00:00.000000")]
        assert con.execute("SELECT device_id FROM class_members").fetchall() == [(store.device_id,)]
    finally:
        con.close()
