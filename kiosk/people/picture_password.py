"""Picture passwords: a learner signs in by tapping 3 of 9 bundled pictures, in order.

Off by default; the site turns them on (``picture_passwords``).  A learner picks 3 different
pictures at registration (or at their first sign-in after staff reset them) and taps them at
each sign-in.  5 wrong tries pause that profile for 60 seconds.

The secret is stored only as a salted hash of the ordered sequence in
``learners.picture_secret``: ``scrypt$n$r$p$salt$hash`` (hashlib.scrypt, n=2**12, r=8, p=1:
about 4 MB and a few ms per check on a slow PC).  Be clear about what that buys: there are only
9 x 8 x 7 = 504 sequences, so no hash can stop someone who has the database file from finding
one by trying them all.  The hash keeps the sequence from being READ off the file or a
screen at a glance; the real protection is the pause after 5 wrong taps, and the point of the
whole feature is to keep classmates out of each other's profiles, not to guard secrets.
Nothing in clear is ever stored or logged; printed cards are made while the sequence is in
memory (``assign_random`` / ``set_many``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from kiosk import resources
from kiosk.core.clock import utcnow
from kiosk.core.errors import Code, InputProblem
from kiosk.core.people import LearnerInfo

if TYPE_CHECKING:
    from kiosk.store.models import Learner
    from kiosk.people.learners import LearnerInfo, LearnerService
    from kiosk.people.site import SiteSettings
    from kiosk.store.store import Store

# SQLAlchemy and the models are imported inside the service's methods: the sign-in screen
# imports this module (the pictures, the gate) before the Store is open, and start-up stays
# free of SQLAlchemy (see kiosk.store.quick).

SEQUENCE_LEN = 3
MAX_TRIES = 5
LOCK_SECONDS = 60

# The 9 pictures (file stems in assets/pictures), in the order of the 3x3 grid.
PICTURES: tuple[str, ...] = (
    "manzana", "pelota", "casa",
    "arbol", "barco", "paraguas",
    "guitarra", "llave", "corazon",
)

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**12, 8, 1
_SCHEME = "scrypt"


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


def check_sequence_shape(sequence: Sequence[str]) -> tuple[str, ...]:
    """The sequence as a tuple; ``InputProblem`` unless it is 3 different known pictures."""
    seq = tuple(sequence)
    if len(seq) != SEQUENCE_LEN or len(set(seq)) != SEQUENCE_LEN or any(p not in PICTURES for p in seq):
        raise InputProblem(Code.PICTURES_NOT_THREE, detail=f"{len(seq)} pictures")
    return seq


def hash_sequence(sequence: Sequence[str], *, salt: bytes | None = None) -> str:
    """A salted scrypt hash of the ORDERED sequence (never the sequence itself)."""
    seq = check_sequence_shape(sequence)
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(",".join(seq).encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"{_SCHEME}${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def sequence_matches(secret: str, sequence: Sequence[str]) -> bool:
    """Whether ``sequence`` is the one ``secret`` was made from (constant-time compare)."""
    try:
        scheme, n, r, p, salt_b64, digest_b64 = secret.split("$")
        if scheme != _SCHEME:
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        seq = tuple(sequence)
        if len(seq) != SEQUENCE_LEN:
            return False
        digest = hashlib.scrypt(",".join(seq).encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def random_sequence(rng: secrets.SystemRandom | None = None) -> tuple[str, ...]:
    """3 different pictures in a random order (for cards printed by staff)."""
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


def _seconds_left(row: Learner, moment: datetime) -> int:
    if row.picture_locked_until is None or row.picture_locked_until <= moment:
        return 0
    return max(1, int((row.picture_locked_until - moment).total_seconds() + 0.999))


class PicturePasswordService:
    """Set, check and reset learners' picture passwords.  One transaction per method."""

    def __init__(self, store: Store, site: SiteSettings, learners: LearnerService) -> None:
        self._store = store
        self._site = site
        self._learners = learners

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
        now: datetime | None = None,
    ) -> LearnerInfo:
        """Register a learner and, when a picture sequence was chosen, store its hash.

        Two transactions: should the second fail, the learner simply has no picture password
        yet and is asked to choose one at the next sign-in."""
        if sequence is not None:
            check_sequence_shape(sequence)
        learner = self._learners.register(display_name, avatar, age_band, role, now=now,
                                          refuse_surnames=not self._site.allow_full_names)
        if sequence is not None:
            self.set(learner.id, sequence, now=now)
        return learner

    def state(self, learner_id: str, *, now: datetime | None = None) -> PictureState:
        from kiosk.store.models import Learner
        from kiosk.store.records import get_row

        moment = now or utcnow()
        enabled = self.enabled()
        with self._store.reading() as session:
            row = get_row(session, Learner, learner_id)
            locked = _seconds_left(row, moment)
            return PictureState(enabled, row.picture_secret is not None, locked,
                                MAX_TRIES - (row.picture_failed_tries or 0) if not locked else 0)

    def set(self, learner_id: str, sequence: Sequence[str], *, now: datetime | None = None) -> None:
        """Give a learner this sequence (replacing any) and clear a pause."""
        self.set_many({learner_id: sequence}, now=now)

    def set_many(self, sequences: Mapping[str, Sequence[str]], *, now: datetime | None = None) -> None:
        """Several learners at once, in ONE transaction (a class's printed cards)."""
        from kiosk.store.models import Learner
        from kiosk.store.records import get_row

        moment = now or utcnow()
        hashed = {learner_id: hash_sequence(seq) for learner_id, seq in sequences.items()}
        with self._store.transaction() as session:
            for learner_id, secret in hashed.items():
                row = get_row(session, Learner, learner_id)
                row.picture_secret = secret
                row.picture_failed_tries = 0
                row.picture_locked_until = None
                row.updated_at = moment

    def assign_random(self, learner_ids: Sequence[str], *, now: datetime | None = None) -> dict[str, tuple[str, ...]]:
        """New random sequences for these learners, stored hashed; the sequences are returned
        once (to print on cards) and are never stored in clear."""
        sequences = {learner_id: random_sequence() for learner_id in dict.fromkeys(learner_ids)}
        self.set_many(sequences, now=now)
        return sequences

    def verify(self, learner_id: str, sequence: Sequence[str], *, now: datetime | None = None) -> PictureCheck:
        """Check a tapped sequence.  5 wrong in a row pause the profile for 60 s (the pause
        is not extended by taps during it); a right one clears the count."""
        from kiosk.store.models import Learner
        from kiosk.store.records import get_row

        moment = now or utcnow()
        with self._store.transaction() as session:
            row = get_row(session, Learner, learner_id)
            if row.picture_secret is None:
                return PictureCheck(CheckResult.UNSET)
            locked = _seconds_left(row, moment)
            if locked:
                return PictureCheck(CheckResult.LOCKED, 0, locked)
            if sequence_matches(row.picture_secret, sequence):
                if row.picture_failed_tries or row.picture_locked_until is not None:
                    row.picture_failed_tries = 0
                    row.picture_locked_until = None
                return PictureCheck(CheckResult.OK)
            tries = (row.picture_failed_tries or 0) + 1
            if tries >= MAX_TRIES:
                row.picture_failed_tries = 0
                row.picture_locked_until = moment + timedelta(seconds=LOCK_SECONDS)
                return PictureCheck(CheckResult.LOCKED, 0, LOCK_SECONDS)
            row.picture_failed_tries = tries
            return PictureCheck(CheckResult.WRONG, MAX_TRIES - tries)

    def reset(self, learner_id: str, *, now: datetime | None = None) -> None:
        """Staff: forget a learner's pictures (and any pause); they choose new ones at their
        next sign-in."""
        from sqlalchemy import update

        from kiosk.store.models import Learner

        moment = now or utcnow()
        with self._store.transaction() as session:
            session.execute(
                update(Learner)
                .where(Learner.id == learner_id)
                .values(picture_secret=None, picture_failed_tries=0, picture_locked_until=None, updated_at=moment)
            )

    def learners_with_secret(self, learner_ids: Sequence[str]) -> set[str]:
        from sqlalchemy import select

        from kiosk.store.models import Learner

        with self._store.reading() as session:
            return set(
                session.scalars(
                    select(Learner.id).where(Learner.id.in_(list(learner_ids)), Learner.picture_secret.is_not(None))
                )
            )
