"""The collector's own tables (SQLAlchemy 2, typed).  Separate metadata from the kiosk's store.

Schema management: the collector creates its tables with ``metadata.create_all`` (idempotent)
at every start and CLI command.  That is enough for its first version (v1); at the first change
of this schema the collector adopts Alembic, with a baseline revision equal to these tables.

Secrets are never stored in clear:

* bearer tokens and admin tokens are 256-bit random values (``tci_``/``tca_`` +
  ``secrets.token_urlsafe(32)``), so
  a fast hash (SHA-256, hex) is the right choice: there is nothing to brute-force, and a slow
  password hash would only cost CPU on every request;
* enrol codes are short (8 characters from a 32-letter alphabet, 40 bits) but one-time, expire
  after 14 days, and failed attempts are rate-limited per client address; they are stored as
  SHA-256 too.  (Whoever can read this database could brute-force an *unused* code offline; such
  a reader already holds all the data, and revocation undoes any install enrolled that way.)
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# An autoincrement 64-bit key that is still SQLite's rowid alias there.
BigId = BigInteger().with_variant(Integer(), "sqlite")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Site(Base):
    """A telecenter.  ``code`` is the short name used in USB bundle file names."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Install(Base):
    """One kiosk installation (one PC), bound to a site and to its Ed25519 public key."""

    __tablename__ = "installs"

    install_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # canonical UUID text
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the 32 raw bytes
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class EnrolCode(Base):
    __tablename__ = "enrol_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex of "ABCDEFGH"
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    used_by: Mapped[str | None] = mapped_column(ForeignKey("installs.install_id"), default=None)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class Token(Base):
    """A bearer token of one install (sha256 of the token; see the module docstring)."""

    __tablename__ = "tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    install_id: Mapped[str] = mapped_column(ForeignKey("installs.install_id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class AdminToken(Base):
    __tablename__ = "admin_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class Cell(Base):
    """One count: its key is (site, install, period, metric, canonical dims)."""

    __tablename__ = "cells"
    __table_args__ = (
        UniqueConstraint("site_id", "install_id", "period", "metric", "dims", name="uq_cells_key"),
        Index("ix_cells_period_site", "period", "site_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    install_id: Mapped[str] = mapped_column(ForeignKey("installs.install_id"))
    period: Mapped[dt.date] = mapped_column(Date)
    metric: Mapped[str] = mapped_column(String(40))
    dims: Mapped[str] = mapped_column(Text)  # canonical JSON: keys sorted, no spaces, UTF-8
    value: Mapped[int] = mapped_column(BigInteger)
    rev: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Idempotency(Base):
    """The first answer to a POST /v1/counts, by (install, Idempotency-Key)."""

    __tablename__ = "idempotency"

    install_id: Mapped[str] = mapped_column(ForeignKey("installs.install_id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))  # sha256 of the canonical cells
    response: Mapped[str | None] = mapped_column(Text, default=None)  # JSON
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class BundleImport(Base):
    """Every USB bundle import attempt (imported or refused)."""

    __tablename__ = "bundle_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the zip file
    install_id: Mapped[str | None] = mapped_column(String(36), default=None)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    result: Mapped[str] = mapped_column(Text)  # "imported: ..." or "refused: <reason code>"


metadata = Base.metadata


class Issuance(Base):
    """A batch or bundle an install issued, with the one it issued before (issue 13, PROTOCOL.md
    "Lineage").  Two issuances with the same ``prev_id`` are a fork: a restored or copied
    kiosk issuing again from an older state.  ``sent_at`` is the kiosk's clock (its batch's
    ``sent_at``, its bundle's ``created_at``, or -- for an id learned from a later chain -- the
    time of the issuance that carried it: never earlier than the real one)."""

    __tablename__ = "issuances"
    __table_args__ = (Index("ix_issuances_prev", "install_id", "prev_id"),)

    install_id: Mapped[str] = mapped_column(ForeignKey("installs.install_id"), primary_key=True)
    issue_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    prev_id: Mapped[str | None] = mapped_column(String(100), default=None)
    sent_at: Mapped[str] = mapped_column(String(40))  # ISO 8601 UTC, the kiosk's clock
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class InstallFork(Base):
    """An install introduced by another one: a copied disk image ("clone") or a restored copy
    ("rewound") that became an install of its own (kiosk.sync.identity)."""

    __tablename__ = "install_forks"

    install_id: Mapped[str] = mapped_column(ForeignKey("installs.install_id"), primary_key=True)
    parent_id: Mapped[str] = mapped_column(ForeignKey("installs.install_id"), index=True)
    reason: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
