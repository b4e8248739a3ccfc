"""The kiosk's tables (SQLAlchemy 2 typed style).

Every key is a UUID4 in text form (``kiosk.core.ids.new_id``) and every row carries the id of
the device that created it, so several kiosks of one telecenter can merge their data later.
Times are UTC: stored naive, handed back tz-aware (``UTCDateTime``).

Progress is append-only facts (``visits``, ``attempts``) plus derived summaries
(``lesson_progress``, ``module_completions``) that the services in ``kiosk.learning.progress``
update in the same transaction as the fact.

The schema is created and changed ONLY by the Alembic revisions in ``db/versions``; a test
checks that this metadata and the migrated schema agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from kiosk.core.ids import new_id

# Named constraints: Alembic's batch mode (SQLite) can only drop or alter what has a name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LEN = 36  # str(uuid.uuid4())
CONTENT_ID_LEN = 200  # "<track>/<module>/<lesson>"
QUESTION_ID_LEN = 250  # "<lesson id>#<activity id>"
DRAWING_TITLE_LEN = 120  # a gallery drawing's title
DRAWINGS_PER_LEARNER = 50  # a gallery keeps the newest 50 (kiosk.learning.gallery)

AGE_BANDS = ("8-11", "12-17", "adult")
ROLES = ("learner", "teacher", "parent")
GENDERS = ("female", "male", "other", "unsaid")
END_REASONS = ("exit", "idle", "crash")
STAFF_ROLES = ("teacher", "coordinator")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in UTC: stored as naive UTC, returned tz-aware.

    Naive datetimes are refused on the way in: they are a bug (whose clock? which zone?).
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware UTC time (clock.utcnow())")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime}


class _Row:
    """Columns every synced row has: a UUID key and the creating device."""

    id: Mapped[str] = mapped_column(
        String(ID_LEN), primary_key=True, default=new_id, sort_order=-2
    )
    device_id: Mapped[str] = mapped_column(String(ID_LEN), sort_order=-1)


class Setting(Base):
    """Key/value settings of this install: ``device_id`` and, later, site settings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Learner(_Row, Base):
    """A person who signs in. Deliberately little: no surname, birth date, ID or photo."""

    __tablename__ = "learners"
    __table_args__ = (
        CheckConstraint(_one_of("age_band", AGE_BANDS), name="age_band"),
        CheckConstraint(_one_of("role", ROLES), name="role"),
        CheckConstraint(f"gender IS NULL OR {_one_of('gender', GENDERS)}", name="gender"),
    )

    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    display_name: Mapped[str] = mapped_column(String(64))
    avatar: Mapped[str] = mapped_column(String(64))  # a file name: "yaguarete.svg"
    age_band: Mapped[str] = mapped_column(String(8))
    role: Mapped[str] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(8))
    archived_at: Mapped[datetime | None]
    # Picture password (when the site turns them on): a slow salted hash of the 4-picture
    # sequence (kiosk.people.picture_password), wrong tries, the pause and how many pauses in a
    # row (each one longer: 1, 5, 15, 60 minutes).
    picture_secret: Mapped[str | None] = mapped_column(Text)
    picture_failed_tries: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    picture_locked_until: Mapped[datetime | None]
    picture_lock_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The interface language the learner chose on the sign-in screen (NULL: the site's default).
    lang: Mapped[str | None] = mapped_column(String(8))


class LearnerSession(_Row, Base):
    """From sign-in to sign-out on this device (attendance is built from these)."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(f"end_reason IS NULL OR {_one_of('end_reason', END_REASONS)}",
                        name="end_reason"),
        Index(None, "learner_id", "started_at"),
    )

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    started_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(8))


class Visit(_Row, Base):
    """One visit to one lesson. ``ended_at``/``seconds`` move forward page by page."""

    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint("seconds >= 0", name="seconds"),
        Index(None, "learner_id", "lesson_id"),
        Index(None, "session_id"),
        Index(None, "started_at"),
    )

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("sessions.id"))
    lesson_id: Mapped[str] = mapped_column(String(CONTENT_ID_LEN))
    lesson_version: Mapped[str] = mapped_column(String(32))
    lang: Mapped[str] = mapped_column(String(8))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
    seconds: Mapped[int] = mapped_column(Integer)


class Attempt(_Row, Base):
    """One answer to one question. Append-only."""

    __tablename__ = "attempts"
    __table_args__ = (
        Index(None, "visit_id", "created_at"),
        # A learner's answers to a question, oldest first; covers "first answers" (0010).
        Index(None, "learner_id", "question_id", "created_at", "correct", "lesson_id"),
    )

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    visit_id: Mapped[str] = mapped_column(ForeignKey("visits.id"))
    lesson_id: Mapped[str] = mapped_column(String(CONTENT_ID_LEN))
    question_id: Mapped[str] = mapped_column(String(QUESTION_ID_LEN))  # "lesson_id#quiz_id"
    answer: Mapped[str] = mapped_column(Text)  # the kind's JSON: {"chosen":["a","c"]}; 0.1: "[0,2]"
    correct: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime]


class FirstAnswer(Base):
    """A learner's FIRST attempt at a question (earliest ``created_at``; at the same moment a
    wrong one first, then ``rowid``), for "preguntas difíciles".  Derived and written ONLY by
    the triggers on ``attempts`` of revision 0011 (db/versions/0011_first_answers.py), in the
    writer's transaction: never write it from Python.  Not synced: no id of its own."""

    __tablename__ = "first_answers"
    # "Preguntas difíciles" reads this index only, in its order (no sort).
    __table_args__ = (Index(None, "lesson_id", "question_id", "correct", "answer"),)

    learner_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(QUESTION_ID_LEN), primary_key=True)
    lesson_id: Mapped[str] = mapped_column(String(CONTENT_ID_LEN))
    attempt_id: Mapped[str] = mapped_column(String(ID_LEN))
    attempt_rowid: Mapped[int] = mapped_column(Integer)  # the attempt's rowid: the tie order
    created_at: Mapped[datetime]
    correct: Mapped[bool] = mapped_column(Boolean)
    answer: Mapped[str | None] = mapped_column(Text)  # the attempt's text when wrong; NULL when right


class LessonProgress(_Row, Base):
    """The summary of one learner on one lesson (derived from visits and attempts)."""

    __tablename__ = "lesson_progress"
    __table_args__ = (
        # Also the index for "all summaries of a learner" (its leftmost column).
        UniqueConstraint("learner_id", "lesson_id"),
        CheckConstraint("progress >= 0 AND progress <= 1", name="progress"),
        CheckConstraint("best_score IS NULL OR (best_score >= 0 AND best_score <= 1)",
                        name="best_score"),
        CheckConstraint("last_page >= 0", name="last_page"),
    )

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    lesson_id: Mapped[str] = mapped_column(String(CONTENT_ID_LEN))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    progress: Mapped[float] = mapped_column(Float)
    best_score: Mapped[float | None] = mapped_column(Float)
    last_page: Mapped[int] = mapped_column(Integer)
    completed_at: Mapped[datetime | None]  # set once, never changed


class ModuleCompletion(_Row, Base):
    """A learner finished every lesson of a module (once per learner and module)."""

    __tablename__ = "module_completions"
    __table_args__ = (UniqueConstraint("learner_id", "module_id"),)

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    module_id: Mapped[str] = mapped_column(String(CONTENT_ID_LEN))
    module_version: Mapped[str] = mapped_column(String(32))
    completed_at: Mapped[datetime]


class Drawing(_Row, Base):
    """A learner's drawing kept in their gallery (issue 12, P6): the PROGRAM, not pixels -- it
    is run again in the sandbox when shown.  Never leaves the PC (no count is made of it)."""

    __tablename__ = "drawings"
    __table_args__ = (Index(None, "learner_id", "created_at"),)

    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    created_at: Mapped[datetime]
    title: Mapped[str] = mapped_column(String(DRAWING_TITLE_LEN))
    program: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))  # the language the program is written in


# -- staff, classes, assignments, workshops (release 0.2, revision 0002) --------------------


class Staff(_Row, Base):
    """A teacher or a coordinator.  The secret (PIN or password) is stored only as a
    memory-hard hash (``kiosk.core.secrets``); 5 wrong tries lock the account for a minute, and
    each further lock-out in a row twice as long (``lock_level``, up to an hour).  The recovery
    code has a throttle of its own (``recovery_*``): it is the way back from a PIN lock-out."""

    __tablename__ = "staff"
    __table_args__ = (CheckConstraint(_one_of("role", STAFF_ROLES), name="role"),)

    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    secret_hash: Mapped[str] = mapped_column(Text)
    # A coordinator's one-time recovery code, hashed like the secret (None: no code issued).
    recovery_hash: Mapped[str | None] = mapped_column(Text)
    failed_tries: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None]
    lock_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recovery_failed_tries: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recovery_locked_until: Mapped[datetime | None]
    recovery_lock_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    archived_at: Mapped[datetime | None]


class StaffSession(_Row, Base):
    """A staff sign-in (never counted as learner attendance)."""

    __tablename__ = "staff_sessions"
    __table_args__ = (Index(None, "staff_id", "started_at"),)

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class SchoolClass(_Row, Base):
    """A class or group of learners ("Clase")."""

    __tablename__ = "classes"

    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    name: Mapped[str] = mapped_column(String(64))
    archived_at: Mapped[datetime | None]


class ClassMember(_Row, Base):
    __tablename__ = "class_members"
    __table_args__ = (UniqueConstraint("class_id", "learner_id"), Index(None, "learner_id"))

    class_id: Mapped[str] = mapped_column(ForeignKey("classes.id"))
    learner_id: Mapped[str] = mapped_column(ForeignKey("learners.id"))
    created_at: Mapped[datetime]


class Assignment(_Row, Base):
    """A module assigned to a whole class or to one learner, with an optional due date."""

    __tablename__ = "assignments"
    __table_args__ = (
        CheckConstraint("class_id IS NOT NULL OR learner_id IS NOT NULL", name="target"),
        Index(None, "class_id"),
        Index(None, "learner_id"),
    )

    created_at: Mapped[datetime]
    created_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    module_id: Mapped[str] = mapped_column(String(CONTENT_ID_LEN))
    class_id: Mapped[str | None] = mapped_column(ForeignKey("classes.id"))
    learner_id: Mapped[str | None] = mapped_column(ForeignKey("learners.id"))
    due_on: Mapped[date | None] = mapped_column(Date)
    archived_at: Mapped[datetime | None]


class Workshop(_Row, Base):
    """A workshop register ("taller"): a named session a facilitator takes attendance for."""

    __tablename__ = "workshops"
    __table_args__ = (Index(None, "held_on"),)

    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    title: Mapped[str] = mapped_column(String(120))
    held_on: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    class_id: Mapped[str | None] = mapped_column(ForeignKey("classes.id"))


class WorkshopParticipant(_Row, Base):
    """Who came to a workshop: a learner with an account (``learner_id``), or people with no
    account counted by role and age band only (``learner_id`` NULL, ``count`` people)."""

    __tablename__ = "workshop_participants"
    __table_args__ = (
        UniqueConstraint("workshop_id", "learner_id"),
        CheckConstraint(_one_of("age_band", AGE_BANDS), name="age_band"),
        CheckConstraint(_one_of("role", ROLES), name="role"),
        CheckConstraint("count >= 1", name="count"),
    )

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id"))
    learner_id: Mapped[str | None] = mapped_column(ForeignKey("learners.id"))
    role: Mapped[str] = mapped_column(String(16))
    age_band: Mapped[str] = mapped_column(String(8))
    count: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime]


# -- counts leave the kiosk: the outbox (issue 4, revision 0003) ----------------------------
# Derived data of THIS install (never merged between kiosks): plain integer keys, no device id.

OUTBOX_STATES = ("pending", "accepted", "rejected")

# The day's cells are recomputed inside every activity transaction (kiosk.sync.counts): these
# let it read one local day of sign-ins and completions without scanning the tables.
Index("ix_sessions_started_at", LearnerSession.started_at)
Index("ix_lesson_progress_completed_at", LessonProgress.completed_at)
Index("ix_module_completions_completed_at", ModuleCompletion.completed_at)


class OutboxCell(Base):
    """One count cell waiting to leave (or that left): ``(period, metric, dims) -> value``.

    ``rev`` comes from ``SyncState.counter`` and grows every time ``value`` changes; ``state``
    is "pending" until the collector acknowledged THIS rev ("accepted"), or refused it
    ("rejected", with ``reason``: not sent again until the value changes)."""

    __tablename__ = "outbox_cells"
    __table_args__ = (
        UniqueConstraint("period", "metric", "dims"),
        CheckConstraint(_one_of("state", OUTBOX_STATES), name="state"),
        CheckConstraint("value >= 0", name="value"),
        Index(None, "state", "rev"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    period: Mapped[str] = mapped_column(String(10))  # local day "YYYY-MM-DD"
    metric: Mapped[str] = mapped_column(String(32))
    dims: Mapped[str] = mapped_column(Text)  # canonical JSON
    value: Mapped[int] = mapped_column(Integer)
    rev: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    reason: Mapped[str | None] = mapped_column(String(64))
    sent_rev: Mapped[int | None] = mapped_column(Integer)  # the last rev the collector took
    updated_at: Mapped[datetime]


class SyncState(Base):
    """The one row (id 1) of sync bookkeeping: the revision counter, the enrolment (the token
    is a credential: stored here, never logged), the sender's schedule and last outcome, and
    the batch in flight (its Idempotency-Key and exact body, kept until the answer is applied
    so a retry after a lost answer sends the same key)."""

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    counter: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    filled_at: Mapped[datetime | None]  # the outbox was filled from the facts already there
    server_url: Mapped[str | None] = mapped_column(Text)
    token: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)
    enrolled_at: Mapped[datetime | None]
    needs_enrolment: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    offline_code: Mapped[str | None] = mapped_column(String(64))  # for the USB bundle
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(32))  # a code (kiosk.sync.outbox)
    last_error_detail: Mapped[str | None] = mapped_column(Text)  # JSON, no secrets
    last_error_at: Mapped[datetime | None]
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None]
    server_skew: Mapped[int | None] = mapped_column(Integer)  # seconds, server minus this PC
    clock_warning: Mapped[str | None] = mapped_column(String(8))  # "future"/"past" (last answer)
    batch_key: Mapped[str | None] = mapped_column(String(36))
    batch_body: Mapped[str | None] = mapped_column(Text)
    batch_limit: Mapped[int] = mapped_column(Integer, default=500, server_default="500")
    last_bundle_at: Mapped[datetime | None]
    # Issue 13 (revision 0009): who this install is (kiosk.sync.identity).
    machine: Mapped[str | None] = mapped_column(Text)  # JSON: the machine that made this identity
    lineage: Mapped[str | None] = mapped_column(Text)  # JSON list: batch/bundle ids since the last answer
    identity_event: Mapped[str | None] = mapped_column(Text)  # JSON: the last change of identity
    fork_parent: Mapped[str | None] = mapped_column(String(36))  # old install, not yet told
    fork_claim: Mapped[str | None] = mapped_column(Text)  # JSON, signed by the old install's key
    starts: Mapped[str | None] = mapped_column(Text)  # JSON: the last starts and their row marks
