"""Picture passwords: a learner signs in by tapping 4 of 12 bundled pictures, in order.

Off by default; the site turns them on (``picture_passwords``).  What protects a child from a
classmate (issue 9):

* **Nobody claims a profile.**  A profile without pictures (made by staff, a CSV import, or
  reset) cannot be taken by whoever taps it first: its first pictures are chosen only after a
  teacher confirms on the screen with their own PIN (``confirm_by_teacher``, the staff
  lock-out applies), or staff print cards (``assign_random`` / ``set_many``).  A learner who
  registers with "Soy nuevo/a" chooses theirs at registration: it is their own new profile.
  The confirmation is a one-time grant, kept in memory for ``GRANT_SECONDS``; ``claim`` spends it.
* **A larger space.**  12 x 11 x 10 x 9 = 11,880 ordered sequences of 4 different pictures
  (was 9 x 8 x 7 = 504).
* **A slow, salted hash.**  ``picturesN`` + the staff-secret hash of ``kiosk.core.secrets``
  (scrypt n=2**14, r=8, p=5, 16-byte salt: 16 MB and ~0.15-0.45 s per check), so the database
  file alone gives a sequence away only after 0.5-1.5 hours of one core per learner
  (``benchmarks/picture_check.py``), not in seconds.  The
  check runs on the task runner, never on the UI thread.  Old secrets (``scrypt$4096$...``:
  3 of 9, fast) still open the profile once: they are re-hashed slowly at once, and the
  learner is asked to choose 4 pictures (``PictureCheck.grant``).
* **A pause that grows.**  5 wrong tries pause the profile for 1 minute; each pause in a row
  is longer: 5, 15, then 60 minutes (``picture_lock_level``).  A right sign-in sets it back;
  a teacher lifts it (staff area "Lift the pause", or their PIN on the picture screen).

Nothing in clear is ever stored or logged; printed cards are made while the sequence is in
memory (``assign_random`` / ``set_many``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import sqlite3
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from kiosk import resources
from kiosk.core import secrets as staff_secrets
from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem, Refused
from kiosk.core.people import LearnerInfo

if TYPE_CHECKING:
    from kiosk.people.learners import LearnerService
    from kiosk.people.site import SiteSettings
    from kiosk.people.staff import SignInOutcome, StaffService
    from kiosk.store.models import Learner
    from kiosk.store.store import Store

# SQLAlchemy and the models are imported inside the service's methods: the sign-in screen
# imports this module (the pictures, the gate) before the Store is open, and start-up stays
# free of SQLAlchemy (see kiosk.store.quick).

log = logging.getLogger("kiosk.pictures")

SEQUENCE_LEN = 4
LEGACY_LEN = 3  # secrets made before issue 9: 3 of the first 9 pictures
MAX_TRIES = 5
PAUSE_MINUTES = (1, 5, 15, 60)  # the 1st, 2nd, 3rd and every later pause in a row
LOCK_SECONDS = PAUSE_MINUTES[0] * 60  # the first pause
GRANT_SECONDS = 5 * 60  # a teacher's confirmation is good for one choice within 5 minutes

# The 12 pictures (file stems in assets/pictures), in the order of the 4x3 grid.
PICTURES: tuple[str, ...] = (
    "manzana", "pelota", "casa", "arbol",
    "barco", "paraguas", "guitarra", "llave",
    "corazon", "perro", "helado", "auto",
)

_PREFIX = "pictures"  # + the number of pictures + the kiosk.core.secrets hash string
_LEGACY_SCHEME = "scrypt"  # scrypt$n$r$p$salt$hash (n=2**12, r=8, p=1), always 3 pictures


def picture_path(key: str):
    return resources.assets_dir() / "pictures" / f"{key}.svg"


@cache
def picture_names(lang: str = "es") -> dict[str, str]:
    """Each picture's name in ``lang`` (accessible names and the words on printed cards)."""
    index = resources.assets_dir() / "pictures" / "pictures.yaml"
    names = {key: key for key in PICTURES}
    if index.exists():
        import yaml

        for entry in yaml.safe_load(index.read_text(encoding="utf-8")) or []:
            key = str(entry.get("file", "")).removesuffix(".svg")
            if key in names:
                names[key] = entry.get(lang) or entry.get("es") or key
    return names


def pause_seconds(level: int) -> int:
    """How long the ``level``-th pause in a row lasts (1: the first)."""
    return PAUSE_MINUTES[min(max(level, 1), len(PAUSE_MINUTES)) - 1] * 60


def check_sequence_shape(sequence: Sequence[str]) -> tuple[str, ...]:
    """The sequence as a tuple; ``InputProblem`` unless it is 4 different known pictures."""
    seq = tuple(sequence)
    if len(seq) != SEQUENCE_LEN or len(set(seq)) != SEQUENCE_LEN or any(p not in PICTURES for p in seq):
        raise InputProblem(Code.PICTURES_NOT_THREE, detail=f"{len(seq)} pictures")
    return seq


def _joined(sequence: Sequence[str]) -> str:
    return ",".join(sequence)


def hash_sequence(sequence: Sequence[str], params: staff_secrets.ScryptParams = staff_secrets.CURRENT) -> str:
    """A slow salted hash of the ORDERED sequence (never the sequence itself):
    ``pictures4$scrypt$n=16384,r=8,p=5$<salt>$<key>``."""
    seq = check_sequence_shape(sequence)
    return _hash(seq, params)


def _hash(seq: tuple[str, ...], params: staff_secrets.ScryptParams) -> str:
    return f"{_PREFIX}{len(seq)}{staff_secrets.hash_secret(_joined(seq), params)}"


def sequence_length(secret: str | None) -> int | None:
    """How many pictures the sequence behind ``secret`` has (3 for an old secret), or None."""
    if not secret:
        return None
    if secret.startswith(_LEGACY_SCHEME + "$"):
        return LEGACY_LEN
    count, sep, _rest = secret.removeprefix(_PREFIX).partition("$")
    if secret.startswith(_PREFIX) and sep and count.isdigit() and 0 < int(count) <= len(PICTURES):
        return int(count)
    return None


def is_legacy(secret: str | None) -> bool:
    """A secret made before issue 9 (3 pictures, fast hash): upgraded at the next sign-in."""
    return bool(secret) and secret.startswith(_LEGACY_SCHEME + "$")


def _legacy_matches(secret: str, seq: tuple[str, ...]) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = secret.split("$")
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        if scheme != _LEGACY_SCHEME or not (1 < int(n) <= 2**16 and 1 <= int(r) <= 32 and 1 <= int(p) <= 16):
            return False
        staff_secrets.big_blocks_given_back()
        digest = hashlib.scrypt(_joined(seq).encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def sequence_matches(secret: str, sequence: Sequence[str]) -> bool:
    """Whether ``sequence`` is the one ``secret`` was made from (constant-time compare).
    Old fast secrets (``scrypt$...``) are still understood."""
    seq = tuple(sequence)
    length = sequence_length(secret)
    if length is None or len(seq) != length:
        return False
    if is_legacy(secret):
        return _legacy_matches(secret, seq)
    return staff_secrets.verify_secret(_joined(seq), secret[len(_PREFIX) + len(str(length)):])


def random_sequence(rng: secrets.SystemRandom | None = None) -> tuple[str, ...]:
    """4 different pictures in a random order (for cards printed by staff)."""
    chooser = rng or secrets.SystemRandom()
    return tuple(chooser.sample(PICTURES, SEQUENCE_LEN))


class CheckResult(StrEnum):
    OK = "ok"
    WRONG = "wrong"  # not the sequence; ``tries_left`` says how many before the pause
    LOCKED = "locked"  # paused; ``locked_seconds`` says for how long still
    UNSET = "unset"  # the learner has no picture password (new, or reset by staff)


@dataclass(frozen=True)
class PictureCheck:
    result: CheckResult
    tries_left: int = MAX_TRIES
    locked_seconds: int = 0
    # OK with an old 3-picture secret: a one-time grant to choose 4 new pictures (``claim``).
    grant: str | None = None

    @property
    def ok(self) -> bool:
        return self.result is CheckResult.OK


@dataclass(frozen=True)
class PictureState:
    """What the sign-in flow needs to know before showing the picture screen."""

    enabled: bool
    has_secret: bool
    locked_seconds: int
    tries_left: int
    length: int = SEQUENCE_LEN  # how many pictures to tap (3 for an old secret)


@dataclass(frozen=True)
class TeacherConfirmation:
    """A teacher's PIN on the picture screen: the staff check's answer (``outcome``: ok,
    wrong, locked...) and, when it was right and the learner has no pictures, the grant to
    choose them (``claim``).  A right PIN also lifts the learner's pause."""

    outcome: SignInOutcome
    grant: str | None = None

    @property
    def ok(self) -> bool:
        return self.outcome.ok


class _PictureRow(NamedTuple):
    """A learner's picture columns (``_picture_row``)."""

    picture_secret: str | None
    picture_failed_tries: int | None
    picture_locked_until: datetime | None
    picture_lock_level: int | None


def _picture_row(conn: sqlite3.Connection, learner_id: str) -> _PictureRow:
    from kiosk.store.lite import from_db_time
    from kiosk.store.records import RecordNotFound

    row = conn.execute("SELECT picture_secret, picture_failed_tries, picture_locked_until, picture_lock_level"
                       " FROM learners WHERE id = ?", (learner_id,)).fetchone()
    if row is None:
        raise RecordNotFound(f"no Learner with id {learner_id!r}")
    return _PictureRow(row[0], row[1], from_db_time(row[2]), row[3])


def _seconds_left(row: Learner | _PictureRow, moment: datetime) -> int:
    if row.picture_locked_until is None or row.picture_locked_until <= moment:
        return 0
    return max(1, int((row.picture_locked_until - moment).total_seconds() + 0.999))


def _clear_pause(row: Learner) -> None:
    row.picture_failed_tries = 0
    row.picture_locked_until = None
    row.picture_lock_level = 0


class PicturePasswordService:
    """Set, check, pause and reset learners' picture passwords.  One transaction per method.

    ``params``: the scrypt parameters for new hashes (``kiosk.core.secrets.CURRENT``); tests
    may lower ``p`` to run faster (``n`` stays memory-hard)."""

    params: staff_secrets.ScryptParams = staff_secrets.CURRENT

    def __init__(self, store: Store, site: SiteSettings, learners: LearnerService,
                 staff: StaffService | Callable[[], StaffService] | None = None) -> None:
        self._store = store
        self._site = site
        self._learners = learners
        self._staff = staff
        self._grants: dict[str, tuple[str, datetime]] = {}  # learner id -> (grant, until)
        self._grants_lock = threading.Lock()

    @property
    def staff(self) -> StaffService:
        """The staff service (``staff`` given as a function: asked for on first use, so a
        learner's sign-in does not import it nor SQLAlchemy)."""
        if self._staff is None:
            from kiosk.people.staff import StaffService

            self._staff = StaffService(self._store)
        elif callable(self._staff):  # the back end's own, asked for now
            self._staff = self._staff()
        return self._staff

    def enabled(self) -> bool:
        """Whether the site turned picture passwords on."""
        return bool(self._site.picture_passwords)

    def set_enabled(self, on: bool) -> None:
        """Turn picture passwords on or off for the site (settings page, tests, demo)."""
        self._site.update(picture_passwords=bool(on))

    def register_learner(
        self,
        display_name: str,
        avatar: str,
        age_band: str,
        role: str,
        sequence: Sequence[str] | None = None,
        *,
        class_id: str | None = None,
        now: datetime | None = None,
    ) -> LearnerInfo:
        """"Soy nuevo/a": register a learner (in ``class_id`` too, in the same transaction: the
        class chosen on the sign-in screen) and, when a picture sequence was chosen, store its
        hash (their own new profile: no teacher needed).

        Two transactions: should the second fail, the learner simply has no picture password
        yet, and a teacher confirms their first choice."""
        if sequence is not None:
            check_sequence_shape(sequence)
        learner = self._learners.register(display_name, avatar, age_band, role, now=now, class_id=class_id,
                                          refuse_surnames=not self._site.allow_full_names)
        if sequence is not None:
            self.set(learner.id, sequence, now=now)
        return learner

    def state(self, learner_id: str, *, now: datetime | None = None) -> PictureState:
        moment = now or utcnow()
        enabled = self.enabled()
        with self._store.lite.reading() as conn:  # plain sqlite3: a learner's sign-in (issue 14.5)
            row = _picture_row(conn, learner_id)
        locked = _seconds_left(row, moment)
        return PictureState(enabled, row.picture_secret is not None, locked,
                            MAX_TRIES - (row.picture_failed_tries or 0) if not locked else 0,
                            sequence_length(row.picture_secret) or SEQUENCE_LEN)

    # -- staff: set, print, reset, lift ------------------------------------------------------
    def set(self, learner_id: str, sequence: Sequence[str], *, now: datetime | None = None) -> None:
        """Staff (and registration): give a learner this sequence (replacing any) and clear a
        pause.  A learner choosing on the picture screen goes through ``claim``."""
        self.set_many({learner_id: sequence}, now=now)

    def set_many(self, sequences: Mapping[str, Sequence[str]], *, now: datetime | None = None) -> None:
        """Several learners at once, in ONE transaction (a class's printed cards)."""
        from kiosk.store.lite import db_time
        from kiosk.store.records import RecordNotFound

        at = db_time(now or utcnow())
        checked = {learner_id: check_sequence_shape(seq) for learner_id, seq in sequences.items()}
        hashed = {learner_id: _hash(seq, self.params) for learner_id, seq in checked.items()}
        with self._store.lite.transaction() as conn:  # plain sqlite3: "Soy nuevo/a" sets one
            for learner_id, secret in hashed.items():
                done = conn.execute(
                    "UPDATE learners SET picture_secret = ?, picture_failed_tries = 0, picture_locked_until = NULL,"
                    " picture_lock_level = 0, updated_at = ? WHERE id = ?", (secret, at, learner_id))
                if not done.rowcount:
                    raise RecordNotFound(f"no Learner with id {learner_id!r}")

    def assign_random(self, learner_ids: Sequence[str], *, now: datetime | None = None) -> dict[str, tuple[str, ...]]:
        """New random sequences for these learners, stored hashed; the sequences are returned
        once (to print on cards) and are never stored in clear."""
        sequences = {learner_id: random_sequence() for learner_id in dict.fromkeys(learner_ids)}
        self.set_many(sequences, now=now)
        return sequences

    def reset(self, learner_id: str, *, now: datetime | None = None) -> None:
        """Staff: forget a learner's pictures (and any pause); a teacher confirms their next
        choice, or staff print them a card."""
        self._update(learner_id, now, picture_secret=None)

    def lift_pause(self, learner_id: str, *, now: datetime | None = None) -> None:
        """Staff: "Lift the pause": the learner may try again at once, and the next pause
        starts again from 1 minute."""
        self._update(learner_id, now)
        log.info("learner %s: picture pause lifted by staff", learner_id)

    def _update(self, learner_id: str, now: datetime | None, **values: object) -> None:
        from sqlalchemy import update

        from kiosk.store.models import Learner

        with self._store.transaction() as session:
            session.execute(
                update(Learner)
                .where(Learner.id == learner_id)
                .values(picture_failed_tries=0, picture_locked_until=None, picture_lock_level=0,
                        updated_at=now or utcnow(), **values)
            )

    # -- a teacher on the picture screen ---------------------------------------------------
    def confirm_by_teacher(self, learner_id: str, staff_id: str, secret: str, *,
                           now: datetime | None = None) -> TeacherConfirmation:
        """A teacher typed their PIN on the learner's picture screen (checked with the staff
        lock-out: wrong tries count against the teacher's account).  When right: the
        learner's pause is lifted and, if they have no pictures yet, a one-time grant lets
        them choose (``claim``)."""
        from kiosk.store.models import Learner
        from kiosk.store.records import get_row

        moment = now or utcnow()
        outcome = self.staff.check(staff_id, secret, now=moment)
        if not outcome.ok:
            return TeacherConfirmation(outcome)
        with self._store.transaction() as session:
            row = get_row(session, Learner, learner_id)
            _clear_pause(row)
            unset = row.picture_secret is None
        log.info("learner %s: %s confirmed by staff %s", learner_id,
                 "first picture choice" if unset else "picture pause lifted", staff_id)
        return TeacherConfirmation(outcome, self._grant(learner_id, moment) if unset else None)

    def claim(self, learner_id: str, sequence: Sequence[str], grant: str | None, *,
              now: datetime | None = None) -> None:
        """The learner chose their pictures on the picture screen.  Only with a grant: a
        teacher's confirmation (``confirm_by_teacher``) or a right old 3-picture sign-in
        (``verify``).  Without one (or a spent or stale one): ``Refused``, nothing stored."""
        moment = now or utcnow()
        seq = check_sequence_shape(sequence)
        with self._grants_lock:
            held = self._grants.get(learner_id)
            good = (grant is not None and held is not None and held[1] > moment
                    and hmac.compare_digest(held[0], grant))
            if good:
                del self._grants[learner_id]
        if not good:
            raise Refused(Code.PICTURES_NEED_TEACHER)
        self.set(learner_id, seq, now=moment)

    def _grant(self, learner_id: str, moment: datetime) -> str:
        grant = secrets.token_urlsafe(16)
        with self._grants_lock:
            self._grants = {k: v for k, v in self._grants.items() if v[1] > moment}
            self._grants[learner_id] = (grant, moment + timedelta(seconds=GRANT_SECONDS))
        return grant

    # -- signing in ------------------------------------------------------------------------
    def verify(self, learner_id: str, sequence: Sequence[str], *, now: datetime | None = None) -> PictureCheck:
        """Check a tapped sequence.  5 wrong in a row pause the profile (1, 5, 15, then 60
        minutes: each pause in a row is longer; taps during it do not extend it); a right one
        clears the count and the level.  The slow hash runs outside the write transaction.
        Plain sqlite3 (``kiosk.store.lite``): a learner's sign-in loads no SQLAlchemy."""
        from kiosk.store.lite import db_time

        moment = now or utcnow()
        with self._store.lite.reading() as conn:
            row = _picture_row(conn, learner_id)
        secret, locked = row.picture_secret, _seconds_left(row, moment)
        if secret is None:
            return PictureCheck(CheckResult.UNSET)
        if locked:
            return PictureCheck(CheckResult.LOCKED, 0, locked)
        right = sequence_matches(secret, sequence)
        upgraded = _hash(tuple(sequence), self.params) if right and self._weak(secret) else None
        with self._store.lite.transaction() as conn:
            row = _picture_row(conn, learner_id)

            def write(**values: object) -> None:
                conn.execute(f"UPDATE learners SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",  # noqa: S608
                             (*values.values(), learner_id))

            if row.picture_secret != secret:  # changed meanwhile (staff reset or reprinted)
                return PictureCheck(CheckResult.UNSET) if row.picture_secret is None else \
                    PictureCheck(CheckResult.WRONG, MAX_TRIES - (row.picture_failed_tries or 0))
            if right:
                if row.picture_failed_tries or row.picture_locked_until is not None or row.picture_lock_level:
                    write(picture_failed_tries=0, picture_locked_until=None, picture_lock_level=0)
                if upgraded is not None:
                    write(picture_secret=upgraded, updated_at=db_time(moment))
                grant = self._grant(learner_id, moment) if sequence_length(secret) != SEQUENCE_LEN else None
                return PictureCheck(CheckResult.OK, grant=grant)
            tries = (row.picture_failed_tries or 0) + 1
            if tries >= MAX_TRIES:
                level = (row.picture_lock_level or 0) + 1
                seconds = pause_seconds(level)
                write(picture_failed_tries=0, picture_lock_level=min(level, len(PAUSE_MINUTES)),
                      picture_locked_until=db_time(moment + timedelta(seconds=seconds)))
                log.info("learner %s: picture password paused for %d min (pause %d in a row)",
                         learner_id, seconds // 60, level)
                return PictureCheck(CheckResult.LOCKED, 0, seconds)
            write(picture_failed_tries=tries)
            return PictureCheck(CheckResult.WRONG, MAX_TRIES - tries)

    def _weak(self, secret: str) -> bool:
        """An old fast secret, or one hashed with weaker parameters than ``params``."""
        if is_legacy(secret):
            return True
        inner = secret[len(_PREFIX) + len(str(sequence_length(secret))):]
        return staff_secrets.needs_rehash(inner, self.params)

    def learners_with_secret(self, learner_ids: Sequence[str]) -> set[str]:
        from sqlalchemy import select

        from kiosk.store.models import Learner

        with self._store.reading() as session:
            return set(
                session.scalars(
                    select(Learner.id).where(Learner.id.in_(list(learner_ids)), Learner.picture_secret.is_not(None))
                )
            )
