"""Staff: teachers and coordinators, their secrets (PIN or password), sign-in with lock-out.

A coordinator can do everything a teacher can, plus settings, staff and the whole site's
exports.  The first staff member (first run) must be a coordinator; after that only a
coordinator adds staff, resets a PIN or archives someone.

Secrets are stored only as scrypt hashes (``kiosk.core.secrets``).  ``MAX_TRIES`` wrong tries in
a row lock the account for ``LOCK_SECONDS``; while locked the secret is not even checked.  Logs
name staff by id only, never by name, and never contain a secret.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from kiosk.core import secrets
from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem, NotAllowed, Refused
from kiosk.core.people import clean_display_name, name_key
from kiosk.store.models import Staff, StaffSession
from kiosk.store.records import get_row

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.store.store import Store

log = logging.getLogger("kiosk.staff")

MAX_TRIES = 5
LOCK_SECONDS = 60
STAFF_NAME_MAX = 40


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

    @property
    def ok(self) -> bool:
        return self.status == SignInStatus.OK


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
    name = clean_display_name(display_name)
    if not name:
        raise InputProblem(Code.STAFF_NAME_EMPTY)
    if len(name) > STAFF_NAME_MAX:
        raise InputProblem(Code.STAFF_NAME_TOO_LONG, max=STAFF_NAME_MAX)
    return name


def _seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, math.ceil((moment - now).total_seconds()))


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
        with self._store.reading() as session:
            return session.scalar(
                select(func.count()).select_from(Staff).where(Staff.archived_at.is_(None))
            ) or 0

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
        secret_hash = secrets.hash_secret(secret, self.params)  # checks the rules; slow: outside the transaction
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
        """Set a new PIN or password and lift any lock.

        Changing your own (``by == staff_id``) needs ``current``; a wrong ``current`` counts as
        a wrong try and the outcome says so (nothing changes).  A coordinator may reset anyone
        else's without it.  Returns an OK outcome when the secret was changed."""
        new_hash = secrets.hash_secret(new_secret, self.params)
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
            row.failed_tries = 0
            row.locked_until = None
            row.updated_at = moment
            log.info("staff %s secret changed by %s", staff_id, by)
            return SignInOutcome(SignInStatus.OK, _info(row))

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
            return SignInOutcome(SignInStatus.OK, outcome.staff, session_id=row.id)

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
        if row.locked_until is not None and row.locked_until > moment:
            return SignInOutcome(SignInStatus.LOCKED, _info(row), seconds_left=_seconds_until(row.locked_until, moment))
        if secrets.verify_secret(secret, row.secret_hash):
            if row.failed_tries or row.locked_until is not None:
                row.failed_tries = 0
                row.locked_until = None
            if secrets.needs_rehash(row.secret_hash, self.params):
                row.secret_hash = secrets.hash_secret(secret, self.params)
                row.updated_at = moment
            return SignInOutcome(SignInStatus.OK, _info(row))
        row.failed_tries = (row.failed_tries or 0) + 1
        if row.failed_tries >= MAX_TRIES:
            row.failed_tries = 0
            row.locked_until = moment + timedelta(seconds=LOCK_SECONDS)
            log.warning("staff %s locked for %d s after %d wrong tries", staff_id, LOCK_SECONDS, MAX_TRIES)
            return SignInOutcome(SignInStatus.LOCKED, _info(row), seconds_left=LOCK_SECONDS)
        log.info("staff %s: wrong secret (%d of %d)", staff_id, row.failed_tries, MAX_TRIES)
        return SignInOutcome(SignInStatus.WRONG, _info(row), tries_left=MAX_TRIES - row.failed_tries)

    def _require_coordinator(self, session: Session, by: str | None) -> None:
        row = session.get(Staff, by) if by else None
        if row is None or row.archived_at is not None or row.role != StaffRole.COORDINATOR:
            raise NotAllowed("only an active coordinator may do this")
