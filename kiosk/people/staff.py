"""Staff: teachers and coordinators, their secrets (PIN or password), sign-in with lock-out.

A coordinator can do everything a teacher can, plus settings, staff and the whole site's
exports.  The first staff member (first run) must be a coordinator; after that only a
coordinator adds staff, resets a PIN or archives someone.

Secrets are stored only as scrypt hashes (``kiosk.core.secrets``); a coordinator's PIN has at
least 6 digits (one set before that rule still works, and ``SignInOutcome.should_change`` asks
for a new one).  Logs name staff by id only, never by name, and never contain a secret.

Lock-outs grow (OWASP ASVS: throttling that escalates).  ``MAX_TRIES`` wrong tries in a row lock
the account for ``LOCK_SECONDS``; each further lock-out in a row lasts twice as long as the one
before (1, 2, 4, 8, 16, 32 minutes, then ``LOCK_MAX_SECONDS``: an hour); while locked the secret
is not even checked.  ``Staff.lock_level`` counts the lock-outs in a row: a right PIN (or a new
one set by a coordinator, the recovery code or the PC's owner) puts it back to 0, and so does a
day without a lock-out (``LEVEL_DECAY``: a guesser gains nothing by waiting, since at the
hour-long cap he gets 5 guesses an hour, 120 a day, and a fresh start gives him only 35 in the
first 63 minutes; while the owner who mistyped a week ago starts again at a minute).

Locks are per account: a locked teacher never stops a colleague from signing in or closing the
kiosk with their own PIN, a coordinator can lift a colleague's lock (``unlock``), and the
coordinator's recovery code works while the PIN is locked, with a throttle of its own
(``Staff.recovery_*``, the same rules): 25**12 codes (about 2**55.7) at 5 guesses an hour.
"""

from __future__ import annotations

import logging
import math
import secrets as randomness
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from kiosk.core import secrets
from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem, NotAllowed, Refused
from kiosk.core.people import name_key
from kiosk.store.models import Staff, StaffSession
from kiosk.store.records import get_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.store.store import Store

log = logging.getLogger("kiosk.staff")

MAX_TRIES = 5
LOCK_SECONDS = 60  # the first lock-out; each further one in a row lasts twice as long ...
LOCK_MAX_SECONDS = 60 * 60  # ... up to an hour
LEVEL_DECAY = timedelta(hours=24)  # a day after the last lock-out ended, the next one is a minute again
STAFF_NAME_MAX = 40
# A recovery code: 12 characters in groups of 4, from an alphabet without look-alikes
# (no 0/O, 1/I/L, 5/S, 2/Z, 8/B): 25**12, about 2**55.7, guessed 5 tries an hour at most.
RECOVERY_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
RECOVERY_LENGTH, RECOVERY_GROUP = 12, 4


class StaffRole(StrEnum):
    TEACHER = "teacher"
    COORDINATOR = "coordinator"


@dataclass(frozen=True)
class StaffInfo:
    id: str
    display_name: str
    role: StaffRole

    @property
    def is_coordinator(self) -> bool:
        return self.role == StaffRole.COORDINATOR


class SignInStatus(StrEnum):
    OK = "ok"
    WRONG = "wrong"  # wrong secret; ``tries_left`` before the lock
    LOCKED = "locked"  # too many wrong tries; ``seconds_left``
    UNAVAILABLE = "unavailable"  # archived (or unknown) account


@dataclass(frozen=True)
class SignInOutcome:
    status: SignInStatus
    staff: StaffInfo | None = None
    session_id: str | None = None  # set by ``sign_in`` when OK
    tries_left: int = 0
    seconds_left: int = 0
    recovery_code: str | None = None  # a new one-time code to show once (setup, recovery)
    should_change: bool = False  # OK, but the secret breaks today's rules: ask for a new one

    @property
    def ok(self) -> bool:
        return self.status == SignInStatus.OK


def new_recovery_code() -> str:
    """A fresh recovery code, e.g. ``K7QP-M3XD-9RTW`` (shown once, kept only hashed)."""
    raw = "".join(randomness.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return "-".join(raw[i:i + RECOVERY_GROUP] for i in range(0, RECOVERY_LENGTH, RECOVERY_GROUP))


def normalise_recovery_code(typed: str) -> str:
    """What is hashed: the code's letters in capitals, without spaces or dashes."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


class StaffNameTaken(InputProblem):
    code = Code.STAFF_NAME_TAKEN


def _info(row: Staff) -> StaffInfo:
    return StaffInfo(id=row.id, display_name=row.display_name, role=StaffRole(row.role))


def _role(value: StaffRole | str) -> StaffRole:
    try:
        return StaffRole(value)
    except ValueError:
        raise InputProblem(Code.STAFF_ROLE_UNKNOWN, value=value) from None


def _name(display_name: str) -> str:
    """The cleaned name (``kiosk.core.names.clean_name``: control, bidi and invisible
    characters removed), or ``InputProblem`` when it is empty after cleaning or too long."""
    from kiosk.core.names import name_problem

    name, problem = name_problem(display_name, STAFF_NAME_MAX)
    if problem == "empty":
        raise InputProblem(Code.STAFF_NAME_EMPTY)
    if problem == "too-long":
        raise InputProblem(Code.STAFF_NAME_TOO_LONG, max=STAFF_NAME_MAX)
    return name


def _seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, math.ceil((moment - now).total_seconds()))


def lock_seconds(level: int) -> int:
    """How long the lock-out number ``level + 1`` in a row lasts: 60 s, 120 s, 240 s ... 3600 s."""
    return min(LOCK_MAX_SECONDS, LOCK_SECONDS * 2 ** min(max(level, 0), 16))


@dataclass(frozen=True)
class _Throttle:
    """The columns of one throttle on a staff row: the PIN's, or the recovery code's."""

    what: str
    tries: str
    until: str
    level: str

    def seconds_left(self, row: Staff, moment: datetime) -> int:
        until = getattr(row, self.until)
        return _seconds_until(until, moment) if until is not None and until > moment else 0

    def clear(self, row: Staff, *, level: bool = True) -> None:
        setattr(row, self.tries, 0)
        setattr(row, self.until, None)
        if level:
            setattr(row, self.level, 0)


PIN_THROTTLE = _Throttle("secret", "failed_tries", "locked_until", "lock_level")
CODE_THROTTLE = _Throttle("recovery code", "recovery_failed_tries", "recovery_locked_until", "recovery_lock_level")


class StaffService:
    """Create, list and sign in staff.  Every method is one short transaction.

    ``params``: the scrypt parameters for new hashes (``kiosk.core.secrets.CURRENT``); a hash
    made with weaker ones is upgraded at the next right sign-in.  Tests may lower ``p`` to run
    faster; ``n`` stays memory-hard."""

    params: secrets.ScryptParams = secrets.CURRENT

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reading --------------------------------------------------------------------------
    def count_active(self) -> int:
        from kiosk.store.quick import active_staff_count

        with self._store.lite.reading() as conn:
            return active_staff_count(conn)

    def list_active(self) -> list[StaffInfo]:
        """Staff not archived, sorted by name ignoring case and accents."""
        with self._store.reading() as session:
            infos = [_info(row) for row in session.scalars(select(Staff).where(Staff.archived_at.is_(None)))]
        return sorted(infos, key=lambda i: (name_key(i.display_name), i.display_name, i.id))

    def get(self, staff_id: str) -> StaffInfo | None:
        with self._store.reading() as session:
            row = session.get(Staff, staff_id)
            return _info(row) if row is not None else None

    # -- changing ---------------------------------------------------------------------------
    def create(
        self,
        display_name: str,
        role: StaffRole | str,
        secret: str,
        *,
        by: str | None = None,
        now: datetime | None = None,
    ) -> StaffInfo:
        """Add a staff member.  With nobody yet (first run) it must be a coordinator and
        ``by`` is not needed; afterwards ``by`` must be an active coordinator's id.

        ``InputProblem`` for a bad name or secret, ``StaffNameTaken`` for a name an active
        staff member already has, ``Refused`` (``already-set-up``) for a first run when someone
        else set the kiosk up meanwhile, ``NotAllowed`` (a bug) when ``by`` may not add staff."""
        name = _name(display_name)
        the_role = _role(role)
        secret_hash = secrets.hash_secret(  # checks the rules; slow: outside the transaction
            secret, self.params, coordinator=the_role == StaffRole.COORDINATOR)
        moment = now or utcnow()
        with self._store.transaction() as session:
            active = list(session.scalars(select(Staff).where(Staff.archived_at.is_(None))))
            if not active:
                if the_role != StaffRole.COORDINATOR:
                    raise InputProblem(Code.FIRST_STAFF_COORDINATOR)
            elif by is None:
                raise Refused(Code.ALREADY_SET_UP)  # a first run, but someone else set the kiosk up meanwhile
            else:
                self._require_coordinator(session, by)
            key = name_key(name)
            if any(name_key(other.display_name) == key for other in active):
                raise StaffNameTaken()
            row = Staff(
                device_id=self._store.device_id,
                created_at=moment,
                updated_at=moment,
                display_name=name,
                role=the_role.value,
                secret_hash=secret_hash,
                failed_tries=0,
            )
            session.add(row)
            session.flush()
            log.info("staff %s created (%s) by %s", row.id, the_role.value, by or "first run")
            return _info(row)

    def change_secret(
        self,
        staff_id: str,
        new_secret: str,
        *,
        by: str,
        current: str | None = None,
        now: datetime | None = None,
    ) -> SignInOutcome:
        """Set a new PIN or password and lift any lock (the lock-outs in a row start again).

        Changing your own (``by == staff_id``) needs ``current``; a wrong ``current`` counts as
        a wrong try and the outcome says so (nothing changes).  A coordinator may reset anyone
        else's without it.  A coordinator's new PIN has at least 6 digits.  Returns an OK
        outcome when the secret was changed."""
        target = self.get(staff_id)
        coordinator = target is not None and target.is_coordinator
        new_hash = secrets.hash_secret(new_secret, self.params, coordinator=coordinator)
        moment = now or utcnow()
        if by == staff_id:
            if current is None:
                raise NotAllowed("changing one's own secret needs the current one")
            outcome = self.check(staff_id, current, now=moment)
            if not outcome.ok:
                return outcome
        with self._store.transaction() as session:
            if by != staff_id:
                self._require_coordinator(session, by)
            row = get_row(session, Staff, staff_id)
            if row.archived_at is not None:
                return SignInOutcome(SignInStatus.UNAVAILABLE)
            row.secret_hash = new_hash
            PIN_THROTTLE.clear(row)
            row.updated_at = moment
            log.info("staff %s secret changed by %s", staff_id, by)
            return SignInOutcome(SignInStatus.OK, _info(row))

    # -- the coordinator's recovery code (a forgotten PIN) ------------------------------------
    def issue_recovery_code(self, staff_id: str, *, now: datetime | None = None) -> str:
        """A new one-time recovery code for an active coordinator (the old one stops working).
        Returned once to be shown; only its hash is kept."""
        code = new_recovery_code()
        code_hash = secrets.hash_secret(normalise_recovery_code(code), self.params)
        moment = now or utcnow()
        with self._store.transaction() as session:
            self._require_coordinator(session, staff_id)
            row = get_row(session, Staff, staff_id)
            row.recovery_hash = code_hash
            row.updated_at = moment
        log.info("staff %s: new recovery code issued", staff_id)
        return code

    def has_recovery_code(self, staff_id: str) -> bool:
        with self._store.reading() as session:
            row = session.get(Staff, staff_id)
            return row is not None and row.recovery_hash is not None

    def recover(self, staff_id: str, code: str, new_secret: str, *, now: datetime | None = None) -> SignInOutcome:
        """Set a new PIN with the coordinator's recovery code: the way back from a forgotten
        PIN and from a PIN lock-out (it works while the PIN is locked, and lifts that lock).
        The code works once: an OK outcome carries the next one (``recovery_code``).  Wrong
        codes have their own throttle (``CODE_THROTTLE``: 5 wrong codes lock the code, not the
        PIN, for 1, 2, 4 ... 60 minutes); while it is locked the code is not even checked."""
        # rules first (a coordinator's: 6+ digits): no try spent on a bad PIN
        new_hash = secrets.hash_secret(new_secret, self.params, coordinator=True)
        moment = now or utcnow()
        typed = normalise_recovery_code(code)
        with self._store.transaction() as session:
            row = session.get(Staff, staff_id)
            if row is None or row.archived_at is not None or row.role != StaffRole.COORDINATOR:
                return SignInOutcome(SignInStatus.UNAVAILABLE)
            left = CODE_THROTTLE.seconds_left(row, moment)
            if left:
                return SignInOutcome(SignInStatus.LOCKED, _info(row), seconds_left=left)
            stored = row.recovery_hash
            right = bool(typed) and stored is not None and secrets.verify_secret(typed, stored)
            if not right:
                return self._wrong_try(row, staff_id, moment, CODE_THROTTLE)
            row.secret_hash = new_hash
            row.recovery_hash = None  # single use
            PIN_THROTTLE.clear(row)
            CODE_THROTTLE.clear(row)
            row.updated_at = moment
            info = _info(row)
            log.info("staff %s set a new secret with the recovery code", staff_id)
            from kiosk.core.support_log import support_event

            support_event("staff-pin-recovered", staff=staff_id, via="recovery-code")
        return SignInOutcome(SignInStatus.OK, info, recovery_code=self.issue_recovery_code(staff_id, now=moment))

    def reset_by_owner(self, new_secret: str, *, name: str | None = None,
                       now: datetime | None = None) -> SignInOutcome:
        """``kiosk staff reset-pin``: whoever can reach the PC's files sets a coordinator's new
        PIN (``name`` chooses among several).  Lifts any lock and issues a new recovery code.
        ``Refused`` when the kiosk has no coordinator, ``InputProblem`` for an unknown name."""
        moment = now or utcnow()
        coordinators = [i for i in self.list_active() if i.is_coordinator]
        if not coordinators:
            raise Refused(Code.NO_COORDINATOR)
        if name is not None:
            key = name_key(name)
            chosen = [i for i in coordinators if name_key(i.display_name) == key]
            if not chosen:
                raise InputProblem(Code.COORDINATOR_UNKNOWN, name=name)
        elif len(coordinators) > 1:
            raise InputProblem(Code.COORDINATOR_NAME_NEEDED, names=", ".join(i.display_name for i in coordinators))
        else:
            chosen = coordinators
        target = chosen[0]
        new_hash = secrets.hash_secret(new_secret, self.params, coordinator=True)  # 6+ digits
        with self._store.transaction() as session:
            row = get_row(session, Staff, target.id)
            row.secret_hash = new_hash
            PIN_THROTTLE.clear(row)
            CODE_THROTTLE.clear(row)
            row.updated_at = moment
        log.info("staff %s secret reset from the PC's files", target.id)
        from kiosk.core.support_log import support_event

        support_event("staff-pin-recovered", staff=target.id, via="reset-pin")
        return SignInOutcome(SignInStatus.OK, target, recovery_code=self.issue_recovery_code(target.id, now=moment))

    def archive(self, staff_id: str, *, by: str, now: datetime | None = None) -> None:
        """Take someone off the staff (their sessions and workshops stay).  Only a
        coordinator, and never themself: so a coordinator always stays."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            self._require_coordinator(session, by)
            if by == staff_id:
                raise InputProblem(Code.ARCHIVE_SELF)
            row = get_row(session, Staff, staff_id)
            if row.archived_at is not None:
                return
            row.archived_at = moment
            row.updated_at = moment
            log.info("staff %s archived by %s", staff_id, by)

    # -- signing in ------------------------------------------------------------------------
    def check(self, staff_id: str, secret: str, *, now: datetime | None = None) -> SignInOutcome:
        """Check a secret with the lock-out rules, without opening a session (the kiosk's exit
        dialog uses this).  Wrong tries are counted and saved even though the answer is no."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            return self._check(session, staff_id, secret, moment)

    def sign_in(self, staff_id: str, secret: str, *, now: datetime | None = None) -> SignInOutcome:
        """Check the secret and, when right, record a staff session (``outcome.session_id``).

        Sessions this device left open (a power cut) are closed first: one kiosk has one
        staff member signed in at a time."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            outcome = self._check(session, staff_id, secret, moment)
            if not outcome.ok:
                return outcome
            session.execute(
                update(StaffSession)
                .where(StaffSession.ended_at.is_(None), StaffSession.device_id == self._store.device_id)
                .values(ended_at=StaffSession.started_at)
            )
            row = StaffSession(device_id=self._store.device_id, staff_id=staff_id, started_at=moment)
            session.add(row)
            session.flush()
            log.info("staff %s signed in (session %s)", staff_id, row.id)
            return SignInOutcome(SignInStatus.OK, outcome.staff, session_id=row.id,
                                 should_change=outcome.should_change)

    def sign_out(self, session_id: str, *, now: datetime | None = None) -> None:
        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, StaffSession, session_id)
            if row.ended_at is None:
                row.ended_at = max(moment, row.started_at)
                log.info("staff session %s ended", session_id)

    def _check(self, session: Session, staff_id: str, secret: str, moment: datetime) -> SignInOutcome:
        row = session.get(Staff, staff_id)
        if row is None or row.archived_at is not None:
            return SignInOutcome(SignInStatus.UNAVAILABLE)
        left = PIN_THROTTLE.seconds_left(row, moment)
        if left:
            return SignInOutcome(SignInStatus.LOCKED, _info(row), seconds_left=left)
        if secrets.verify_secret(secret, row.secret_hash):
            if row.failed_tries or row.locked_until is not None or row.lock_level:
                PIN_THROTTLE.clear(row)
            if secrets.needs_rehash(row.secret_hash, self.params):
                row.secret_hash = secrets.hash_secret(secret, self.params)
                row.updated_at = moment
            weak = row.role == StaffRole.COORDINATOR and secrets.below_coordinator_rule(secret)
            return SignInOutcome(SignInStatus.OK, _info(row), should_change=weak)
        return self._wrong_try(row, staff_id, moment, PIN_THROTTLE)

    def _wrong_try(self, row: Staff, staff_id: str, moment: datetime, throttle: _Throttle) -> SignInOutcome:
        """Count a wrong secret or code; the ``MAX_TRIES``-th in a row locks, each lock-out in
        a row twice as long as the one before (``lock_seconds``)."""
        level = getattr(row, throttle.level) or 0
        until = getattr(row, throttle.until)
        if level and until is not None and moment - until >= LEVEL_DECAY:
            level = 0  # a day without a lock-out: start again at a minute
            setattr(row, throttle.level, 0)
        tries = (getattr(row, throttle.tries) or 0) + 1
        from kiosk.core.support_log import support_event  # ids and counts only

        support_event("staff-sign-in-failed", staff=staff_id, kind="pin" if throttle is PIN_THROTTLE else "recovery-code",
                      tries=tries, locks=tries >= MAX_TRIES)
        if tries >= MAX_TRIES:
            seconds = lock_seconds(level)
            setattr(row, throttle.tries, 0)
            setattr(row, throttle.until, moment + timedelta(seconds=seconds))
            setattr(row, throttle.level, level + 1)
            log.warning("staff %s: %s locked for %d s after %d wrong tries (lock-out %d in a row)",
                        staff_id, throttle.what, seconds, MAX_TRIES, level + 1)
            return SignInOutcome(SignInStatus.LOCKED, _info(row), seconds_left=seconds)
        setattr(row, throttle.tries, tries)
        log.info("staff %s: wrong %s (%d of %d)", staff_id, throttle.what, tries, MAX_TRIES)
        return SignInOutcome(SignInStatus.WRONG, _info(row), tries_left=MAX_TRIES - tries)

    # -- locks, for the staff page ----------------------------------------------------------
    def locks(self, *, now: datetime | None = None) -> dict[str, int]:
        """The active staff whose PIN is locked now: id -> seconds left."""
        moment = now or utcnow()
        with self._store.reading() as session:
            rows = session.scalars(select(Staff).where(Staff.archived_at.is_(None), Staff.locked_until > moment))
            return {row.id: PIN_THROTTLE.seconds_left(row, moment) for row in rows}

    def unlock(self, staff_id: str, *, by: str, now: datetime | None = None) -> None:
        """A coordinator lifts a colleague's PIN lock (the wrong tries start again).  The
        lock-outs in a row are kept: if it was not the owner guessing, the next lock is long
        again; the owner's right PIN puts them back to 0."""
        moment = now or utcnow()
        with self._store.transaction() as session:
            self._require_coordinator(session, by)
            row = get_row(session, Staff, staff_id)
            if row.locked_until is None and not row.failed_tries:
                return
            PIN_THROTTLE.clear(row, level=False)
            if row.lock_level:
                row.locked_until = moment  # ended now: the day before the level decays starts here
            row.updated_at = moment
            log.info("staff %s: lock lifted by %s", staff_id, by)

    def _require_coordinator(self, session: Session, by: str | None) -> None:
        row = session.get(Staff, by) if by else None
        if row is None or row.archived_at is not None or row.role != StaffRole.COORDINATOR:
            raise NotAllowed("only an active coordinator may do this")
