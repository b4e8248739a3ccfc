"""Learners: validation, sorting, minimal data."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from kiosk.core.errors import InputProblem
from kiosk.core.people import DISPLAY_NAME_MAX, AgeBand, Gender, Role
from kiosk.people.learners import LearnerInfo, name_key
from kiosk.backend import Backend


def test_register_returns_info_and_cleans_the_name(store: Backend) -> None:
    info = store.learners.register("  Ña   Carmen ", "mburucuya.svg", "adult", "parent", "female")
    assert isinstance(info, LearnerInfo)
    assert info.display_name == "Ña Carmen"
    assert info.age_band is AgeBand.ADULT
    assert info.role is Role.PARENT
    assert info.gender is Gender.GIRL
    assert store.learners.get(info.id) == info
    assert store.learners.count_active() == 1


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_name_is_refused(store: Backend, name: str) -> None:
    with pytest.raises(InputProblem, match="name"):
        store.learners.register(name, "tatu.svg", "8-11", "learner")
    assert store.learners.count_active() == 0


def test_name_length_limit(store: Backend) -> None:
    store.learners.register("a" * DISPLAY_NAME_MAX, "tatu.svg", "8-11", "learner")
    with pytest.raises(InputProblem, match="too long"):
        store.learners.register("b" * (DISPLAY_NAME_MAX + 1), "tatu.svg", "8-11", "learner")
    assert store.learners.count_active() == 1


def test_same_name_and_avatar_is_refused_ignoring_case_and_accents(store: Backend) -> None:
    store.learners.register("Lucía", "tatu.svg", "8-11", "learner")
    with pytest.raises(InputProblem, match="already has this name"):
        store.learners.register("LUCIA", "tatu.svg", "12-17", "learner")
    # Another picture keeps the tiles distinguishable: fine.
    store.learners.register("lucia", "yaguarete.svg", "8-11", "learner")
    assert store.learners.count_active() == 2


def test_archived_learner_does_not_block_the_name(store: Backend) -> None:
    old = store.learners.register("Derlis", "tatu.svg", "12-17", "learner")
    store.learners.archive(old.id)
    assert store.learners.count_active() == 0
    again = store.learners.register("Derlis", "tatu.svg", "12-17", "learner")
    assert [i.id for i in store.learners.list_active()] == [again.id]
    assert store.learners.get(old.id) == old  # history still names them


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("age band", {"age_band": "7-9"}),
        ("role", {"role": "admin"}),
        ("gender", {"gender": "f"}),
    ],
)
def test_unknown_choices_are_refused(store: Backend, field: str, kwargs: dict) -> None:
    args = {"display_name": "Iván", "avatar": "tatu.svg", "age_band": "8-11", "role": "learner"}
    args.update(kwargs)
    with pytest.raises(InputProblem, match=field):
        store.learners.register(**args)


@pytest.mark.parametrize("avatar", ["", "../../etc/passwd", "a\\b.svg"])
def test_bad_avatar_is_refused(store: Backend, avatar: str) -> None:
    with pytest.raises(InputProblem):
        store.learners.register("Iván", avatar, "8-11", "learner")


def test_list_is_sorted_ignoring_case_and_accents(store: Backend) -> None:
    for name in ["Zoe", "beto", "Ñandu", "Ángel", "Camila", "álvaro", "Mateo"]:
        store.learners.register(name, "tatu.svg", "8-11", "learner")
    names = [info.display_name for info in store.learners.list_active()]
    assert names == ["álvaro", "Ángel", "beto", "Camila", "Mateo", "Ñandu", "Zoe"]


def test_name_key_folds_case_accents_and_apostrophes() -> None:
    assert name_key("Ángel") == name_key("angel")
    assert name_key("Ña  Carmen") == name_key("na carmen")
    assert name_key("Ka\u02bca") == name_key("Ka'a") == name_key("Ka\u2019a")
    assert name_key("Ángel") < name_key("Beto")


def test_get_unknown_is_none(store: Backend) -> None:
    assert store.learners.get("00000000-0000-0000-0000-000000000000") is None


def test_learners_table_holds_minimal_data_only(store: Backend) -> None:
    columns = {c["name"] for c in inspect(store.db.engine).get_columns("learners")}
    assert columns == {
        "id", "device_id", "created_at", "updated_at", "display_name", "avatar",
        "age_band", "role", "gender", "archived_at",
        # a slow salted hash of the 4-picture sequence, and its lockout: no personal data
        "picture_secret", "picture_failed_tries", "picture_locked_until", "picture_lock_level",
        "lang",  # the interface language the learner chose: a preference, no personal data
    }
