"""Forks of an install's chain of batches and bundles, and installs introduced by others.

PROTOCOL.md "Lineage".  Every batch (``POST /v1/counts``) and bundle carries ``chain``: the ids
the kiosk issued since the collector last answered it, oldest first, ending with its own.  The
kiosk records each id BEFORE it leaves, so in normal life every id has at most one successor.
A kiosk restored from an older copy issues again after an id whose successor the collector
already has: a fork.  The collector then applies nothing and answers ``409 install-rewound``
with ``since``: the kiosk-clock time of the other branch's first issuance, which came after the
copy was taken and before it was restored -- the kiosk moves what it wrote since then to a new
install (``kiosk.sync.identity``) and introduces it (``POST /v1/fork`` or the bundle's ``fork``).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, func, select

from kiosk.collector.accounts import AccountError, check_install_id, check_public_key
from kiosk.collector.db import insert_ignore, utcnow
from kiosk.collector.models import Install, InstallFork, Issuance, Site

CHAIN_MAX = 256
ID_RE = re.compile(r"[A-Za-z0-9._:-]{1,100}")
CLAIM_SCHEMA = "telecentro-fork/1"
REASONS = ("clone", "rewound")


class BadChain(ValueError):
    pass


class Rewound(Exception):
    """The batch forks the install's chain; ``since``: the other branch's first issuance."""

    def __init__(self, since: str) -> None:
        super().__init__(since)
        self.since = since


def check_chain(value: Any) -> list[str] | None:
    """The chain of a batch or bundle (None when absent: a kiosk before issue 13)."""
    if value is None:
        return None
    if not isinstance(value, list) or not 1 <= len(value) <= CHAIN_MAX:
        raise BadChain(f"chain must be a list of 1 to {CHAIN_MAX} ids")
    if not all(isinstance(item, str) and ID_RE.fullmatch(item) for item in value):
        raise BadChain("chain ids are 1 to 100 of A-Z a-z 0-9 . _ : -")
    if len(set(value)) != len(value):
        raise BadChain("an id appears twice in the chain")
    return value


def _time_text(sent_at: Any) -> str:
    if isinstance(sent_at, str):
        try:
            moment = dt.datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
        except ValueError:
            pass
    return utcnow().isoformat().replace("+00:00", "Z")


def fork_point(conn: Connection, install_id: str, chain: list[str]) -> str | None:
    """The ``since`` of a fork this chain makes with what the collector has (None: no fork).

    ``since`` is the LATEST issuance of the other branches: of this install (outside the
    chain) and of the installs it became on this same PC after earlier forks ("rewound") --
    all issued before this copy was restored, the latest of them after it was taken.  (Not the
    fork's first issuance: a copy taken after an earlier restore continues a branch the
    collector saw under another install id.)"""
    forked = any(
        conn.execute(
            select(Issuance.issue_id)
            .where(Issuance.install_id == install_id, Issuance.prev_id == before,
                   Issuance.issue_id != after)
            .limit(1)
        ).first() is not None
        for before, after in zip(chain, chain[1:])
    )
    if not forked:
        return None
    family, todo = {install_id}, [install_id]
    while todo:
        children = conn.execute(
            select(InstallFork.install_id)
            .where(InstallFork.parent_id == todo.pop(), InstallFork.reason == "rewound")
        ).scalars().all()
        for child in children:
            if child not in family:
                family.add(child)
                todo.append(child)
    return conn.execute(
        select(func.max(Issuance.sent_at))
        .where(Issuance.install_id.in_(sorted(family)), Issuance.issue_id.not_in(chain))
    ).scalar()


def record_chain(conn: Connection, install_id: str, chain: list[str], sent_at: Any) -> None:
    """Remember the chain's links (inside the transaction that applies its cells)."""
    when = _time_text(sent_at)
    now = utcnow()
    table = Issuance.__table__
    for index, issue_id in enumerate(chain):
        insert_ignore(conn, table, {
            "install_id": install_id, "issue_id": issue_id,
            "prev_id": chain[index - 1] if index else None,
            "sent_at": when, "received_at": now,
        }, ("install_id", "issue_id"))


def claim_bytes(parent: str, install_id: str, public_key: str, reason: str) -> bytes:
    return f"{CLAIM_SCHEMA}\n{parent}\n{install_id}\n{public_key}\n{reason}\n".encode("utf-8")


@dataclass(frozen=True)
class Forked:
    install_id: str
    site_id: int
    site_name: str
    site_code: str


def _ancestors(conn: Connection, install_id: str) -> set[str]:
    """The install and those it was introduced by (``install_forks``), up the line."""
    seen = {install_id}
    current: str | None = install_id
    while current is not None:
        current = conn.execute(
            select(InstallFork.parent_id).where(InstallFork.install_id == current)).scalar()
        if current in seen:
            break
        if current is not None:
            seen.add(current)
    return seen


def fork_install(conn: Connection, claim: Any, *, caller: str | None = None,
                 depth: int = 0) -> Forked:
    """Create the install a claim introduces, in its parent's site (``AccountError`` when the
    claim does not hold).  Idempotent: the same claim again is fine.

    A claim whose parent the collector does not know yet carries the parent's own claim
    (``parent_claim``: a copy restored to before its introduction was told, then forked
    again); that one is applied first.  ``caller`` (the install of the bearer token, for
    ``POST /v1/fork``) must be on the line: the parent or one it descends from."""
    if not isinstance(claim, dict) or claim.get("schema") != CLAIM_SCHEMA:
        raise AccountError(400, "bad-claim", f"expected a {CLAIM_SCHEMA} claim")
    install_id = check_install_id(claim.get("install_id"))
    public_key = check_public_key(claim.get("public_key"))
    reason = claim.get("reason")
    if reason not in REASONS:
        raise AccountError(400, "bad-claim", "reason must be clone or rewound")
    try:
        parent = check_install_id(claim.get("parent"))
    except AccountError:
        raise AccountError(400, "bad-claim", "the claim's parent is not an install id") from None
    known = conn.execute(select(Install.install_id).where(Install.install_id == parent)).first()
    if known is None and isinstance(claim.get("parent_claim"), dict) and depth < 8:
        fork_install(conn, claim["parent_claim"], caller=caller, depth=depth + 1)
    elif caller is not None and caller not in _ancestors(conn, parent):
        raise AccountError(400, "bad-claim", "the claim is for another install")
    row = conn.execute(
        select(Install.site_id, Install.public_key, Install.revoked_at)
        .where(Install.install_id == parent)).first()
    if row is None or row.revoked_at is not None:
        raise AccountError(409, "install-revoked", "the previous install is unknown or revoked")
    try:
        signature = base64.b64decode(str(claim.get("signature")), validate=True)
        Ed25519PublicKey.from_public_bytes(base64.b64decode(row.public_key)).verify(
            signature, claim_bytes(parent, install_id, public_key, reason))
    except (ValueError, InvalidSignature):
        raise AccountError(400, "bad-claim", "the claim's signature is not the previous install's") from None
    existing = conn.execute(
        select(Install.site_id, Install.public_key).where(Install.install_id == install_id)).first()
    if existing is not None:
        if existing.public_key != public_key or existing.site_id != row.site_id:
            raise AccountError(409, "install-id-taken", "this install id is enrolled with another key")
    else:
        conn.execute(Install.__table__.insert().values(
            install_id=install_id, site_id=row.site_id, public_key=public_key, enrolled_at=utcnow()))
        conn.execute(InstallFork.__table__.insert().values(
            install_id=install_id, parent_id=parent, reason=reason, created_at=utcnow()))
    site = conn.execute(select(Site).where(Site.id == row.site_id)).one()
    return Forked(install_id, site.id, site.name, site.code)
