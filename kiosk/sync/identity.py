"""Who this install is: copied disk images and restored copies become installs of their own.

Telecenters set up PCs the way small IT teams set up labs: one PC is prepared and its disk
copied to the others, and a PC with a problem is restored from an old copy.  The count protocol
keys every cell by install, and an install's revisions only grow -- so two PCs sending as one
install, or one PC sending again from an older copy, would lose counts without a word.

Every fact a kiosk writes carries the id of the install that wrote it (``device_id``: the
store's ``settings.device_id``, which IS the install id the collector knows), and the counts
count only the facts of this install (``kiosk.sync.counts``).  So an install can change
identity cleanly, and what it had done before stays with the identity that did it:

* **A copied disk image** (``check_machine``, at every start, before anything is written): the
  install remembers the machine that made its identity (a hash of the machine id and the
  network cards' hardware addresses; ``KIOSK_MACHINE_ID`` overrides it).  On another machine it
  becomes a new install at once -- new id, new key -- and counts only what happens on this
  machine from then on.  The copied history stays with the original install, whose own PC sends
  it; nothing of it is sent from here (the copied outbox is emptied).
* **A restored copy** (``rewind``): the collector tells the kiosk when it issues a batch that
  forks the chain of batches and bundles it has seen from this install (PROTOCOL.md, "Lineage"),
  with the time of the first batch on the other branch -- the copy was taken before it and
  restored after it.  The facts written since then (after the restore) move to a new install;
  what the collector already had from before the restore stays with the old one.  Nothing is
  counted twice and nothing done since the restore is lost.

Either way the new install is introduced to the collector by the old one: a claim signed with
the old install's key (``fork_claim``), sent with the old token (``POST /v1/fork``) or inside
the next USB bundle.  ``identity_event`` keeps what happened, in words for the coordinator.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.clock import utcnow
from kiosk.core.digest import sha256_hex
from kiosk.core.ids import DeviceId, new_id

if TYPE_CHECKING:
    from kiosk.store.store import Store

log = logging.getLogger("kiosk.sync")


def text(sql: str) -> Any:
    """SQLAlchemy's ``text``, imported on first use: the start's machine check (the common
    case) runs on the store's plain connection, without SQLAlchemy (issue 14.5)."""
    from sqlalchemy import text as sa_text

    return sa_text(sql)

MACHINE_ENV = "KIOSK_MACHINE_ID"
CLAIM_SCHEMA = "telecentro-fork/1"
CLONE, REWOUND = "clone", "rewound"
LINEAGE_MAX = 256  # ids kept since the last answer (older ones fall off the front)

# The fact tables and the moment that dates each row (for ``rewind``).
_FACT_TIMES = (
    ("sessions", "started_at"),
    ("visits", "started_at"),
    ("attempts", "created_at"),
    ("lesson_progress", "completed_at"),
    ("module_completions", "completed_at"),
    ("workshops", "created_at"),
    ("workshop_participants", "created_at"),
)


# -- the machine -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Machine:
    """This PC: ``id`` a hash of its machine id (or of ``KIOSK_MACHINE_ID``), ``cards`` hashes
    of its network cards' hardware addresses (empty when unknown or overridden)."""

    id: str
    cards: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "cards": list(self.cards)}, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str | None) -> Machine | None:
        try:
            doc = json.loads(raw or "")
            return cls(str(doc["id"]), tuple(str(c) for c in doc.get("cards") or ()))
        except (ValueError, KeyError, TypeError):
            return None

    def same_as(self, other: Machine) -> bool:
        """The same PC: the same machine id and, when both know their network cards, at least
        one card in common (a disk image copies the machine id of Linux and of a Windows that
        was not generalised, never the hardware; a card added or replaced keeps the others)."""
        if self.id != other.id:
            return False
        if self.cards and other.cards:
            return bool(set(self.cards) & set(other.cards))
        return True


def _digest(text_: str) -> str:
    return sha256_hex(("telecentro-machine\n" + text_).encode("utf-8"))[:32]


def _machine_id_text() -> str:
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography",
                                0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0]).strip()
        except OSError:
            return ""
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            value = Path(path).read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            continue
        if value:
            return value
    return ""


def _cards() -> tuple[str, ...]:
    """Hashes of the physical network cards' addresses (Linux: /sys/class/net/*/device;
    elsewhere Python's ``uuid.getnode`` when it is a real address)."""
    found: set[str] = set()
    net = Path("/sys/class/net")
    if net.is_dir():
        for card in net.iterdir():
            if not (card / "device").exists():
                continue  # loopback, bridges, containers, VPNs
            try:
                address = (card / "address").read_text(encoding="ascii").strip().lower()
            except OSError:
                continue
            if address and address != "00:00:00:00:00:00":
                found.add(_digest("card " + address))
    elif sys.platform == "win32":
        import uuid

        node = uuid.getnode()
        if not node & (1 << 40):  # not a random number standing in for an address
            found.add(_digest(f"card {node:012x}"))
    return tuple(sorted(found))


def this_machine(environ: dict[str, str] | None = None) -> Machine:
    """This PC as ``check_machine`` compares it (``KIOSK_MACHINE_ID`` overrides it all, so two
    homes on one PC can act as two PCs)."""
    env = os.environ if environ is None else environ
    override = (env.get(MACHINE_ENV) or "").strip()
    if override:
        return Machine(_digest("override " + override))
    return Machine(_digest("id " + _machine_id_text()), _cards())


# -- what happened, for the coordinator ----------------------------------------------------------


@dataclass(frozen=True)
class IdentityEvent:
    kind: str  # CLONE | REWOUND
    at: datetime
    previous: str  # the install id before
    current: str
    since: datetime | None = None  # REWOUND: facts from this moment on moved to the new install
    moved: int = 0  # REWOUND: how many facts moved
    dropped: int = 0  # CLONE: cells of the copied outbox not sent from here

    def to_json(self) -> str:
        return json.dumps({
            "kind": self.kind, "at": _iso(self.at), "previous": self.previous,
            "current": self.current, "since": _iso(self.since) if self.since else None,
            "moved": self.moved, "dropped": self.dropped,
        }, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str | None) -> IdentityEvent | None:
        try:
            doc = json.loads(raw or "")
            return cls(doc["kind"], _parse(doc["at"]), doc["previous"], doc["current"],
                       _parse(doc["since"]) if doc.get("since") else None,
                       int(doc.get("moved") or 0), int(doc.get("dropped") or 0))
        except (ValueError, KeyError, TypeError):
            return None


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse(textual: str) -> datetime:
    moment = datetime.fromisoformat(textual.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# -- the checks ------------------------------------------------------------------------------


def check_machine(store: Store, home: str | os.PathLike[str] | None,
                  machine: Machine | None = None, *, now: datetime | None = None
                  ) -> IdentityEvent | None:
    """At every start, before anything is written: the event when this install was copied to
    another machine (it is a new install now), else None.  The first time (a new kiosk, or one
    upgraded to this version) the machine is only written down."""
    machine = machine or this_machine()
    moment = now or utcnow()
    with store.lite.transaction() as conn:  # the common case: the same machine, no SQLAlchemy
        row = conn.execute("SELECT machine FROM sync_state WHERE id = 1").fetchone()
        if row is None:
            conn.execute("INSERT INTO sync_state (id, machine) VALUES (1, ?)", (machine.to_json(),))
            _record_start(conn, moment)
            return None
        known = Machine.from_json(row[0])
        if known is None or known.same_as(machine):
            _record_start(conn, moment)
            if known != machine:  # first time, or a card added: keep the newest picture
                conn.execute("UPDATE sync_state SET machine = ? WHERE id = 1", (machine.to_json(),))
            return None
    return _copied(store, home, machine, moment)


def _copied(store: Store, home: str | os.PathLike[str] | None, machine: Machine,
            moment: datetime) -> IdentityEvent | None:
    """This install's database is on another machine: it becomes a new install."""
    from kiosk.sync.counts import raw_connection

    with store.transaction() as session:
        conn = session.connection()
        known = Machine.from_json(conn.execute(text("SELECT machine FROM sync_state WHERE id = 1")).scalar())
        _record_start(raw_connection(session), moment)
        if known is None or known.same_as(machine):  # another start got here first
            return None
        previous = str(store.device_id)
        dropped = conn.execute(text(
            "SELECT count(*) FROM outbox_cells WHERE state = 'pending'")).scalar() or 0
        event = _become_new_install(session, store, CLONE, now=moment, dropped=dropped)
        conn.execute(text("UPDATE sync_state SET machine = :m WHERE id = 1"),
                     {"m": machine.to_json()})
    log.warning("this install was copied from another PC: it is install %s now (was %s; "
                "%d cells of the copy stay with the original)", event.current, previous, dropped)
    _rotate_key(store, home)
    return event


def _since_param() -> Any:
    from sqlalchemy import bindparam

    from kiosk.store.models import UTCDateTime

    return bindparam("since", type_=UTCDateTime())


STARTS_KEPT = 64


def _record_start(conn: Any, now: datetime) -> None:
    """Write down this start (``conn``: a plain sqlite3 connection in a write transaction): its
    time and the highest row of each fact table.  After a restore, the rows above the marks of
    the first start after it are the rows written since -- whatever time they carry (a wrong
    clock, or ``kiosk demo --activity`` placing visits earlier in the day)."""
    marks = {table: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]  # noqa: S608
             for table, _column in _FACT_TIMES}
    found = conn.execute("SELECT starts FROM sync_state WHERE id = 1").fetchone()
    try:
        starts = json.loads((found[0] if found else None) or "[]")
    except ValueError:
        starts = []
    starts = (starts + [{"at": _iso(now), "rows": marks}])[-STARTS_KEPT:]
    conn.execute("UPDATE sync_state SET starts = ? WHERE id = 1", (json.dumps(starts, separators=(",", ":")),))


def _marks_after(conn, since: datetime) -> dict[str, int] | None:
    """The row marks of the first start at or after ``since`` (None: none recorded)."""
    try:
        starts = json.loads(conn.execute(
            text("SELECT starts FROM sync_state WHERE id = 1")).scalar() or "[]")
    except ValueError:
        return None
    for start in starts:
        try:
            if _parse(start["at"]) >= since:
                return {str(k): int(v) for k, v in start["rows"].items()}
        except (KeyError, TypeError, ValueError):
            continue
    return None


def rewind(store: Store, home: str | os.PathLike[str] | None, since: datetime, *,
           now: datetime | None = None) -> IdentityEvent:
    """The collector saw this install's chain fork (a restored copy): the facts this install
    wrote after the restore move to a new install; the old one keeps what it had sent.

    "After the restore": the rows above the marks of the first start at or after ``since``
    (the kiosk was started after the restore, and ``since`` is before the restore), plus the
    rows dated from ``since`` on (a lesson completed later in a row written before)."""
    now = now or utcnow()
    with store.transaction() as session:
        conn = session.connection()
        previous = str(store.device_id)
        replacement = new_id()
        marks = _marks_after(conn, since) or {}
        moved = 0
        for table, column in _FACT_TIMES:
            mark = marks.get(table)
            after = f"({column} >= :since OR rowid > :mark)" if mark is not None \
                else f"{column} >= :since"
            moved += conn.execute(text(
                f"UPDATE {table} SET device_id = :new WHERE device_id = :old AND {after}"
            ).bindparams(_since_param()),
                {"new": replacement, "old": previous, "since": since,
                 "mark": mark if mark is not None else 0}).rowcount or 0
        event = _become_new_install(session, store, REWOUND, now=now, since=since, moved=moved,
                                    replacement=replacement)
    log.warning("the collector has newer counts of install %s than this copy: the facts since "
                "%s (%d rows) are install %s now", previous, since.isoformat(), moved,
                event.current)
    _rotate_key(store, home)
    return event


def _become_new_install(session, store: Store, kind: str, *, now: datetime,
                        since: datetime | None = None, moved: int = 0, dropped: int = 0,
                        replacement: str | None = None) -> IdentityEvent:
    """Inside the caller's transaction: a new install id, an empty outbox (the old install's
    cells are not this install's), nothing in flight, the old install waiting to introduce the
    new one.  The enrolment (server, token) stays: the old token introduces the new install."""
    from kiosk.store.store import DEVICE_ID_KEY
    from kiosk.sync.counts import days_with_facts  # (re-exported from counts_facts)
    from kiosk.sync.outbox_cells import touch

    conn = session.connection()
    previous = str(store.device_id)
    current = replacement or new_id()
    conn.execute(text("UPDATE settings SET value = :v WHERE key = :k"),
                 {"v": current, "k": DEVICE_ID_KEY})
    conn.execute(text("DELETE FROM outbox_cells"))
    pending, claim, token, code, bundled = conn.execute(text(
        "SELECT fork_parent, fork_claim, token, offline_code, last_bundle_at FROM sync_state"
        " WHERE id = 1")).one()
    parent = None
    carried = None
    if pending or token or (code and bundled):
        # The collector knows (or may know) the old install: the old install introduces the
        # new one.  If the old one was itself still waiting to be introduced (a restored copy
        # brings that state back), its claim travels inside the new one.
        parent = previous
        if pending and claim:
            carried = json.dumps({"parent_claim": json.loads(claim)}, separators=(",", ":"))
    event = IdentityEvent(kind, now, previous, current, since, moved, dropped)
    conn.execute(text(
        "UPDATE sync_state SET batch_key = NULL, batch_body = NULL, lineage = NULL,"
        " identity_event = :e, fork_parent = :p, fork_claim = :c, offline_code = NULL,"
        " last_error = NULL, last_error_detail = NULL, failures = 0, next_attempt_at = NULL"
        " WHERE id = 1"), {"e": event.to_json(), "p": parent, "c": carried})
    store._adopt_device_id(DeviceId(current))
    if since is not None:
        touch(session, sorted(days_with_facts(session, current)))
    return event


# -- keys and the claim ------------------------------------------------------------------------


def _old_key_path(home: str | os.PathLike[str], install_id: str) -> Path:
    from kiosk.sync import keys

    return keys.key_path(home).with_name(f"install-{install_id}.key")


def _rotate_key(store: Store, home: str | os.PathLike[str] | None) -> None:
    """Keep the old install's key aside (it signs the claim that introduces the new install)
    and make the new install's key.  Without a home (tests of the store alone) nothing to do."""
    if home is None:
        return
    from kiosk.sync import keys

    current = keys.key_path(home)
    with store.reading() as session:
        parent = session.connection().execute(
            text("SELECT fork_parent FROM sync_state WHERE id = 1")).scalar()
    if parent and current.exists():
        os.replace(current, _old_key_path(home, parent))  # it signs the new install's claim
    elif current.exists():
        current.unlink()  # never known to a collector: nothing to sign
    ensure_claim(store, home)


def claim_bytes(parent: str, install_id: str, public_key: str, reason: str) -> bytes:
    return f"{CLAIM_SCHEMA}\n{parent}\n{install_id}\n{public_key}\n{reason}\n".encode("utf-8")


def ensure_claim(store: Store, home: str | os.PathLike[str] | None) -> dict[str, Any] | None:
    """The signed claim introducing this install to the collector (made once, when the old
    install's key is at hand), or None when there is nothing to introduce."""
    from kiosk.sync import keys

    with store.lite.reading() as conn:  # plain sqlite3: every send asks (issue 14.5)
        row = conn.execute("SELECT fork_parent, fork_claim, identity_event FROM sync_state WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return None
    made = json.loads(row[1]) if row[1] else {}
    if "signature" in made:
        return made
    if home is None:
        return None
    parent = row[0]
    old_path = _old_key_path(home, parent)
    if not old_path.exists():
        log.warning("the key of install %s is gone: the new install must be enrolled with a code",
                    parent)
        return None
    old = keys.load_or_create(old_path)
    new = keys.load_or_create(keys.key_path(home))
    event = IdentityEvent.from_json(row[2])
    reason = event.kind if event else CLONE
    install_id = str(store.device_id)
    claim = {
        "schema": CLAIM_SCHEMA, "parent": parent, "install_id": install_id,
        "public_key": new.public_key_b64, "reason": reason,
        "signature": base64.b64encode(old.sign(
            claim_bytes(parent, install_id, new.public_key_b64, reason))).decode("ascii"),
    }
    if made.get("parent_claim"):
        claim["parent_claim"] = made["parent_claim"]  # the old install's own introduction
    with store.lite.transaction() as conn:
        conn.execute("UPDATE sync_state SET fork_claim = ? WHERE id = 1", (json.dumps(claim, separators=(",", ":")),))
    return claim


def claim_told(store: Store) -> None:
    """The collector knows the new install now (``POST /v1/fork`` answered, or enrolled)."""
    with store.lite.transaction() as conn:
        conn.execute("UPDATE sync_state SET fork_parent = NULL, fork_claim = NULL WHERE id = 1")


def last_event(store: Store) -> IdentityEvent | None:
    with store.lite.reading() as conn:
        row = conn.execute("SELECT identity_event FROM sync_state WHERE id = 1").fetchone()
    return IdentityEvent.from_json(row[0] if row else None)


__all__ = [
    "CLONE", "MACHINE_ENV", "REWOUND", "IdentityEvent", "Machine", "check_machine",
    "claim_bytes", "claim_told", "ensure_claim", "last_event", "rewind", "this_machine",
]
