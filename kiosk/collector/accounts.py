"""Sites, enrol codes, installs, bearer tokens and admin tokens."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import secrets
import unicodedata
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, or_, select, update

from kiosk.collector.db import as_utc, utcnow
from kiosk.collector.models import AdminToken, EnrolCode, Install, Site, Token
from kiosk.core.names import clean_name
from kiosk.sync.enrol_proof import proof_matches

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: nothing to mix up when read aloud
CODE_LENGTH = 8
CODE_LIFETIME = dt.timedelta(days=14)
SITE_CODE_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,31}")


class AccountError(Exception):
    """A refusal with an HTTP status and a protocol error code."""

    def __init__(self, status: int, error: str, message: str = "") -> None:
        super().__init__(message or error)
        self.status = status
        self.error = error


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def new_secret(prefix: str) -> str:
    """A 256-bit random token, URL-safe text after a short prefix.

    The prefix tells an install token (``tci_``) from an admin token (``tca_``) at a glance (and
    to secret scanners), and keeps a token from starting with "-", which a command line would
    take for an option (``kiosk-collector revoke --token …``).
    """
    return prefix + secrets.token_urlsafe(32)


# --- sites -----------------------------------------------------------------------------------


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:32].strip("-") or "sitio"


@dataclass(frozen=True)
class SiteInfo:
    id: int
    name: str
    code: str


def ensure_site(conn: Connection, name: str, code: str | None = None) -> SiteInfo:
    """The site called ``name``, created if needed (``code`` defaults to a slug of the name)."""
    name = clean_name(name)  # no control, bidi or invisible characters (kiosk.core.names)
    if not name or len(name) > 200:
        raise AccountError(400, "bad-site", "a site name is 1 to 200 characters")
    if code is not None:
        code = code.strip().lower()
        if not SITE_CODE_RE.fullmatch(code):
            raise AccountError(400, "bad-site-code", "a site code is 1-32 of a-z, 0-9 and '-'")
    site = conn.execute(select(Site).where(Site.name == name)).first()
    if site is not None:
        if code is not None and site.code != code:
            raise AccountError(409, "site-code-differs", f"site {name!r} already has code {site.code!r}")
        return SiteInfo(site.id, site.name, site.code)
    if code is None:
        base = slug(name)
        code, n = base, 1
        while conn.execute(select(Site.id).where(Site.code == code)).first() is not None:
            n += 1
            code = f"{base[:28]}-{n}"
    elif conn.execute(select(Site.id).where(Site.code == code)).first() is not None:
        raise AccountError(409, "site-code-taken", f"another site already has code {code!r}")
    now = utcnow()
    site_id = conn.execute(
        Site.__table__.insert().values(name=name, code=code, created_at=now).returning(Site.__table__.c.id)
    ).scalar_one()
    return SiteInfo(site_id, name, code)


# --- enrol codes -----------------------------------------------------------------------------


def normalize_code(code: str) -> str:
    return "".join(code.split()).replace("-", "").upper()


def format_code(raw: str) -> str:
    return f"{raw[:4]}-{raw[4:]}"


def new_enrol_code(conn: Connection, site_name: str, site_code: str | None = None,
                   lifetime: dt.timedelta = CODE_LIFETIME) -> tuple[str, SiteInfo]:
    """A one-time code ``ABCD-EFGH`` for ``site_name`` (stored hashed); returns it and the site."""
    site = ensure_site(conn, site_name, site_code)
    now = utcnow()
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    conn.execute(
        EnrolCode.__table__.insert().values(
            code_hash=sha256_hex(raw), site_id=site.id, created_at=now, expires_at=now + lifetime
        )
    )
    return format_code(raw), site


def check_install_id(value: object) -> str:
    """The canonical (lower-case, hyphenated) UUID text, or AccountError 400."""
    if not isinstance(value, str) or len(value) > 64:
        raise AccountError(400, "bad-install-id")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise AccountError(400, "bad-install-id") from None


def check_public_key(value: object) -> str:
    """The base64 text of a valid raw Ed25519 public key, or AccountError 400."""
    if not isinstance(value, str) or len(value) > 64:
        raise AccountError(400, "bad-public-key")
    try:
        raw = base64.b64decode(value, validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise AccountError(400, "bad-public-key") from None
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class Enrolment:
    install_id: str
    site_id: int
    site_name: str
    site_code: str


def bind_install(conn: Connection, code: str, install_id: str, public_key: str,
                 now: dt.datetime | None = None, *, code_hash: str | None = None) -> Enrolment:
    """Bind ``install_id`` and its key to the site of a one-time ``code`` (network or bundle;
    a bundle's enrol proof gives the code's stored hash, ``code_hash``, instead of the code).

    * an unused, unexpired code: the install is created (or, if it already exists with the same
      key and site -- a re-enrolment after a revocation -- trusted again), the code is used up;
    * a code already used by this same install with this same key: fine (a retry);
    * anything else: 401 (unknown or expired code) or 409 (code used by another install,
      install id taken by another key or site, or the install revoked since).
    """
    now = now or utcnow()
    raw = normalize_code(code)
    digest = code_hash or (sha256_hex(raw) if len(raw) == CODE_LENGTH else None)
    row = conn.execute(
        select(EnrolCode).where(EnrolCode.code_hash == digest).with_for_update()
    ).first() if digest else None
    if row is None:
        raise AccountError(401, "bad-code", "unknown enrol code")
    install = conn.execute(
        select(Install).where(Install.install_id == install_id).with_for_update()
    ).first()
    if row.used_by is not None:
        if row.used_by != install_id or install is None or install.public_key != public_key:
            raise AccountError(409, "code-used", "this enrol code was already used by another install")
        if install.revoked_at is not None:
            raise AccountError(409, "install-revoked", "this install was revoked; ask for a new code")
    else:
        if as_utc(row.expires_at) < now:
            raise AccountError(401, "code-expired", "this enrol code has expired")
        if install is not None:
            if install.public_key != public_key:
                raise AccountError(409, "install-id-taken", "this install id is enrolled with another key")
            if install.site_id != row.site_id:
                raise AccountError(409, "install-of-another-site", "this install is enrolled at another site")
            conn.execute(update(Install).where(Install.install_id == install_id).values(revoked_at=None))
        else:
            conn.execute(
                Install.__table__.insert().values(
                    install_id=install_id, site_id=row.site_id, public_key=public_key, enrolled_at=now
                )
            )
        conn.execute(update(EnrolCode).where(EnrolCode.id == row.id).values(used_by=install_id, used_at=now))
    site = conn.execute(select(Site).where(Site.id == row.site_id)).one()
    return Enrolment(install_id, site.id, site.name, site.code)


MAX_PROOF_CANDIDATES = 200  # codes tried for a bundle's enrol proof (about 50 ms each)


def proof_candidates(conn: Connection, now: dt.datetime | None = None) -> list[str]:
    """The stored hashes a bundle's ``enrol_proof`` (kiosk/sync/enrol_proof.py) may come from,
    in the order to try them: the unused, unexpired codes first (the proof binds one of them to
    an install and key); then the codes used or expired within the last code lifetime, so that
    ``bind_install`` can say why (``code-used``, ``code-expired``).  Read in a read transaction:
    the checks (about 50 ms each) run outside any write lock (``match_proof``)."""
    now = now or utcnow()
    cutoff = now - CODE_LIFETIME
    rows = conn.execute(
        select(EnrolCode.code_hash, EnrolCode.used_by, EnrolCode.expires_at)
        .where(or_(EnrolCode.expires_at >= cutoff, EnrolCode.used_at >= cutoff))
        .order_by(EnrolCode.created_at.desc())
    ).all()
    live = [str(r.code_hash) for r in rows if r.used_by is None and as_utc(r.expires_at) >= now]
    spent = [str(r.code_hash) for r in rows if not (r.used_by is None and as_utc(r.expires_at) >= now)]
    return live[:MAX_PROOF_CANDIDATES] + spent[:MAX_PROOF_CANDIDATES]


def match_proof(candidates: list[str], proof: str, install_id: str, public_key: str) -> str | None:
    """The first stored code hash ``proof`` was made from, for this install and key; else None."""
    for code_hash in candidates:
        if proof_matches(proof, code_hash, install_id, public_key):
            return code_hash
    return None


def issue_token(conn: Connection, install_id: str) -> str:
    token = new_secret("tci_")
    conn.execute(
        Token.__table__.insert().values(token_hash=sha256_hex(token), install_id=install_id, created_at=utcnow())
    )
    return token


# --- authentication --------------------------------------------------------------------------


@dataclass(frozen=True)
class Caller:
    install_id: str
    site_id: int


def install_for_token(conn: Connection, token: str) -> Caller | None:
    """The install a live bearer token belongs to (None if unknown or revoked)."""
    row = conn.execute(
        select(Install.install_id, Install.site_id)
        .join(Token, Token.install_id == Install.install_id)
        .where(Token.token_hash == sha256_hex(token), Token.revoked_at.is_(None), Install.revoked_at.is_(None))
    ).first()
    return Caller(row.install_id, row.site_id) if row else None


def new_admin_token(conn: Connection) -> str:
    token = new_secret("tca_")
    conn.execute(AdminToken.__table__.insert().values(token_hash=sha256_hex(token), created_at=utcnow()))
    return token


def is_admin(conn: Connection, token: str) -> bool:
    return conn.execute(
        select(AdminToken.id).where(AdminToken.token_hash == sha256_hex(token), AdminToken.revoked_at.is_(None))
    ).first() is not None


# --- revocation ------------------------------------------------------------------------------


def revoke_install(conn: Connection, install_id: str) -> bool:
    """Revoke an install and all its tokens; False if there is no such install."""
    now = utcnow()
    done = conn.execute(
        update(Install).where(Install.install_id == install_id).values(revoked_at=now)
    ).rowcount
    conn.execute(
        update(Token).where(Token.install_id == install_id, Token.revoked_at.is_(None)).values(revoked_at=now)
    )
    return done == 1


def revoke_token(conn: Connection, token: str) -> bool:
    """Revoke one bearer or admin token; False if it is unknown."""
    now = utcnow()
    digest = sha256_hex(token.strip())
    n = conn.execute(update(Token).where(Token.token_hash == digest).values(revoked_at=now)).rowcount
    n += conn.execute(update(AdminToken).where(AdminToken.token_hash == digest).values(revoked_at=now)).rowcount
    return n > 0
