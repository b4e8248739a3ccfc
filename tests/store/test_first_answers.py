"""``first_answers`` (revision 0011) is each learner's first attempt at each question, kept by
triggers on ``attempts``: compared here with the definition, computed in plain Python from the
attempts themselves, after answers written in any time order (ties too), removed, moved by a
merge of two profiles, and after the migration's backfill of a database written by the real
demo."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.backend import Backend
from kiosk.store import migrate
from kiosk.store.models import Attempt

FIXTURES = Path(__file__).parent / "fixtures" / "releases"
T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
LESSONS = ("t/m/uno", "t/m/dos", "t/m/tres")
QUESTIONS = tuple(f"{lesson}#q{n}" for lesson in LESSONS for n in range(3))


def definition(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple]:
    """(learner, question) -> (lesson, attempt id, created_at, correct, wrong answer or None) of the
    first attempt: the earliest ``created_at``; at the same moment a wrong one first, then the
    lower lesson id, then the older row (the order "preguntas difíciles" always used)."""
    first: dict[tuple[str, str], tuple] = {}
    for rowid, learner, question, lesson, attempt, created, correct, answer in conn.execute(
            "SELECT rowid, learner_id, question_id, lesson_id, id, created_at, correct, answer FROM attempts"):
        order = (created, correct, lesson, rowid)
        if (learner, question) not in first or order < first[learner, question][0]:
            first[learner, question] = (order, (lesson, attempt, created, correct, None if correct else answer))
    return {key: kept for key, (_order, kept) in first.items()}


def kept(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple]:
    """What ``first_answers`` holds, in the shape of ``definition``; its rowids checked too."""
    rows = conn.execute("SELECT f.learner_id, f.question_id, f.lesson_id, f.attempt_id, f.created_at, f.correct,"
                        " f.answer, f.attempt_rowid = a.rowid FROM first_answers f"
                        " LEFT JOIN attempts a ON a.id = f.attempt_id").fetchall()
    assert all(same_row for *_rest, same_row in rows), "attempt_rowid is the attempt's rowid"
    return {(learner, question): tuple(rest) for learner, question, *rest, _same in rows}


def open_raw(backend: Backend) -> sqlite3.Connection:
    return sqlite3.connect(backend.db.path)


def test_answers_in_any_order_with_ties_removals_and_moves_keep_the_first(store: Backend) -> None:
    """600 answers at random moments (many repeated, so ties happen; older ones arrive later):
    40 through the real ``record_attempt``, the rest in one transaction; then removals, moved
    answers and changed moments through plain SQL; checked against the definition each time."""
    rnd = random.Random(15)
    people = [store.learners.register(f"Estudiante {i}", "tatu.svg", "8-11", "learner", now=T0).id
              for i in range(8)]
    visits = {(p, lesson): store.progress.start_visit(p, None, lesson, "1.0", "es", 3, now=T0)
              for p in people for lesson in LESSONS}

    def one() -> tuple[str, str, str, bool, datetime]:
        person, question = rnd.choice(people), rnd.choice(QUESTIONS)
        return (visits[person, question.split("#")[0]], person, question, rnd.random() < 0.4,
                T0 + timedelta(minutes=rnd.randrange(40)))

    for _ in range(40):
        visit, _person, question, right, moment = one()
        store.progress.record_attempt(visit, question, {"chosen": [rnd.choice("abc")]}, right, now=moment)
    with store.db.transaction() as session:
        for _ in range(560):
            visit, person, question, right, moment = one()
            session.add(Attempt(device_id=store.device_id, learner_id=person, visit_id=visit,
                                lesson_id=question.split("#")[0], question_id=question, correct=right,
                                answer=f'{{"chosen":["{rnd.choice("abc")}"]}}', created_at=moment))
    with open_raw(store) as conn:
        assert kept(conn) == definition(conn)
        ties = conn.execute("SELECT count(*) FROM (SELECT 1 FROM attempts GROUP BY learner_id, question_id,"
                            " created_at HAVING count(DISTINCT correct) = 2)").fetchone()[0]
        assert ties, "some first answers are decided by the tie order"

        ids = [row[0] for row in conn.execute("SELECT id FROM attempts ORDER BY random()")]
        for attempt in ids[:150]:  # removed one by one (first answers among them)
            conn.execute("DELETE FROM attempts WHERE id = ?", (attempt,))
        assert kept(conn) == definition(conn)

        conn.execute("DELETE FROM attempts WHERE learner_id = ? AND question_id = ?", (people[0], QUESTIONS[0]))
        assert (people[0], QUESTIONS[0]) not in kept(conn)

        for attempt in ids[150:230]:  # moved to another learner, to another moment, made right or wrong
            change = rnd.choice(("learner_id = :p", "created_at = :t", "correct = NOT correct", "answer = 'x'"))
            conn.execute(f"UPDATE attempts SET {change} WHERE id = :id",
                         {"p": rnd.choice(people), "id": attempt,
                          "t": (T0 + timedelta(minutes=rnd.randrange(-5, 45))).strftime("%Y-%m-%d %H:%M:%S.%f")})
        conn.execute("UPDATE attempts SET device_id = 'another-install'")  # does not fire the trigger
        assert kept(conn) == definition(conn)
        conn.commit()


def test_at_the_same_moment_a_wrong_answer_comes_first_then_the_older_row(store: Backend) -> None:
    person = store.learners.register("Ana", "tatu.svg", "8-11", "learner", now=T0).id
    lesson = LESSONS[0]
    visit = store.progress.start_visit(person, None, lesson, "1.0", "es", 3, now=T0)
    tie = T0 + timedelta(minutes=5)
    written = [(tie, True, "a"), (tie, False, "b"), (tie, False, "c"), (T0 + timedelta(minutes=1), True, "a")]
    ids = [store.progress.record_attempt(visit, f"{lesson}#q1", {"chosen": [letter]}, right, now=moment)
           for moment, right, letter in written]
    with open_raw(store) as conn:
        def first() -> tuple:
            return conn.execute("SELECT attempt_id, correct, answer FROM first_answers").fetchall()
        assert first() == [(ids[3], 1, None)]  # the earliest
        conn.execute("DELETE FROM attempts WHERE id = ?", (ids[3],))
        assert first() == [(ids[1], 0, '{"chosen":["b"]}')]  # the tie: wrong before right, older first
        conn.execute("DELETE FROM attempts WHERE id = ?", (ids[1],))
        assert first() == [(ids[2], 0, '{"chosen":["c"]}')]
        conn.execute("UPDATE attempts SET correct = 1 WHERE id = ?", (ids[2],))
        assert first() == [(ids[0], 1, None)]  # two right ones now: the older row
        assert kept(conn) == definition(conn)
        conn.commit()


def test_a_learner_removed_or_merged_leaves_the_right_first_answers(store: Backend) -> None:
    """Answers of four learners over 60 visits, at moments before and after each other."""
    rnd = random.Random(4)
    people = [store.learners.register(name, "tatu.svg", "8-11", "learner", now=T0).id
              for name in ("Ana", "Beto", "Caro", "Dani")]
    for minute in range(60):
        person, lesson = rnd.choice(people), rnd.choice(LESSONS)
        visit = store.progress.start_visit(person, None, lesson, "1.0", "es", 3, now=T0 + timedelta(minutes=minute))
        with store.db.transaction() as session:
            for _ in range(5):
                session.add(Attempt(device_id=store.device_id, learner_id=person, visit_id=visit, lesson_id=lesson,
                                    question_id=f"{lesson}#q{rnd.randrange(3)}", correct=rnd.random() < 0.5,
                                    answer='{"chosen":["a"]}', created_at=T0 + timedelta(minutes=rnd.randrange(300))))
    admin = store.learner_admin
    admin.delete(people[0])
    with open_raw(store) as conn:
        assert not conn.execute("SELECT count(*) FROM first_answers WHERE learner_id = ?", (people[0],)).fetchone()[0]
        assert kept(conn) == definition(conn)
    admin.merge(people[1], people[2])  # Caro's answers become Beto's: the earlier of both per question
    with open_raw(store) as conn:
        assert not conn.execute("SELECT count(*) FROM first_answers WHERE learner_id = ?", (people[2],)).fetchone()[0]
        assert kept(conn) == definition(conn)
        assert conn.execute("SELECT count(*) FROM first_answers").fetchone()[0] == len(definition(conn)) > 0


def test_the_migration_fills_the_table_as_defined_from_a_real_demo_database(tmp_path: Path) -> None:
    """0010's fixture (written by that commit's ``kiosk demo --small``), with answers added at
    moments it already holds (ties, older ones written last), upgraded to head."""
    db_path = tmp_path / "kiosk.sqlite3"
    shutil.copy(FIXTURES / "0010.sqlite3", db_path)
    with sqlite3.connect(db_path) as conn:
        extra = conn.execute("SELECT id, device_id, learner_id, visit_id, lesson_id, question_id, answer, correct,"
                             " created_at FROM attempts ORDER BY random() LIMIT 60").fetchall()
        for n, (_id, device, learner, visit, lesson, question, answer, correct, created) in enumerate(extra):
            conn.execute("INSERT INTO attempts (id, device_id, learner_id, visit_id, lesson_id, question_id, answer,"
                         " correct, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (f"extra-{n}", device, learner, visit, lesson, question, '{"chosen":["z"]}',
                          1 - correct if n % 2 else correct, created))
    with Backend.open(db_path):
        pass
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD_REVISION,)]
        wanted = definition(conn)
        assert len(wanted) > 100 and kept(conn) == wanted
        assert any(attempt.startswith("extra-") for _lesson, attempt, *_rest in wanted.values())


def test_the_demo_of_this_revision_wrote_the_table_as_defined() -> None:
    """0011's fixture: ``kiosk demo --small`` through the real services, the triggers only."""
    conn = sqlite3.connect(f"file:{FIXTURES / '0011.sqlite3'}?mode=ro", uri=True)
    try:
        wanted = definition(conn)
        assert len(wanted) > 100 and kept(conn) == wanted
    finally:
        conn.close()


def test_downgrade_removes_the_table_and_its_triggers(tmp_path: Path) -> None:
    from alembic import command

    db_path = tmp_path / "kiosk.sqlite3"
    shutil.copy(FIXTURES / "0011.sqlite3", db_path)
    from kiosk.store.engine import make_engine

    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0010_first_attempts_index")
        with engine.connect() as conn:
            names = {row[0] for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE '%first_answers%'")}
            assert names == set()
            conn.exec_driver_sql("SELECT count(*) FROM attempts").scalar_one()
    finally:
        engine.dispose()
