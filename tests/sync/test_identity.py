"""Issue 13: counts that survive cloned disk images and restored copies -- against a REAL
collector process on 127.0.0.1 (SQLite, and PostgreSQL when KIOSK_TEST_POSTGRES_URL is set).

Each kiosk is a real home directory (database and key file) opened the way the kiosk opens it
(``Backend.open(db, home=...)`` runs the machine check); ``KIOSK_MACHINE_ID`` makes two homes on
this PC act as two PCs.  The expected totals are counted by the TEST (sign-ins and visits it
made), never read back from the code under test."""

from __future__ import annotations

import itertools
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk.backend import Backend
from kiosk.core.clock import utcnow
from kiosk.sync import identity
from kiosk.sync.bundle import export_bundle, read_bundle
from kiosk.sync.messages import identity_words
from kiosk.sync.outbox import OutboxService
from kiosk.sync.sender import enrol

from .conftest import LESSONS, OTHER_LESSONS, by_month, facts_cells, lesson_day, sync_all

BANDS = ("8-11", "12-17", "adult")
ROLES = ("learner", "teacher", "parent")
_names = itertools.count()


class Kiosk:
    """One PC: a home directory, its machine id, and what the test did on it."""

    def __init__(self, home: Path, machine: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.home, self.machine, self._mp = home, machine, monkeypatch
        self.backend: Backend | None = None
        self.event = None

    def open(self) -> Backend:
        self._mp.setenv(identity.MACHINE_ENV, self.machine)
        self.backend = Backend.open(self.home / "kiosk.sqlite3", home=self.home)
        return self.backend

    def close(self) -> None:
        if self.backend is not None:
            self.backend.close()
            self.backend = None

    def keep_copy(self, target: Path) -> Path:
        """Someone copies the home (the kiosk closed meanwhile) and the kiosk goes on."""
        self.close()
        copy_home(self.home, target)
        self.open()
        return target

    def restore(self, copy: Path) -> Backend:
        """The PC is restored from ``copy`` and the kiosk started again."""
        self.close()
        copy_home(copy, self.home)
        return self.open()

    def start_enrolled(self, collector, site: str, visits: int, done: Counter) -> Backend:
        """A new home on this PC: ``visits`` visits, enrolled with a fresh code, all sent."""
        self.home.mkdir()
        backend = self.open()
        self.activity(visits, done)
        enrol(backend.db, self.home, collector.base_url, collector.enrol_code(site))
        assert sync_all(backend).everything_accepted
        return backend

    def activity(self, visits: int, done: Counter) -> None:
        """``visits`` learner visits NOW (a sign-in each, by existing or new learners); what
        was done is added to ``done`` (the test's own count)."""
        b = self.backend
        learners = b.learners.list_active()
        if len(learners) < 3:
            for i in range(3):
                b.learners.register(f"L{next(_names)}", "tatu.svg", BANDS[i], ROLES[i])
            learners = b.learners.list_active()
        for i in range(visits):
            who = learners[i % len(learners)]
            start = utcnow()
            sid = b.progress.sign_in(who.id, now=start)
            lesson = (LESSONS + OTHER_LESSONS)[i % 5]
            lesson_day(b, who.id, lesson, start, minutes=2, complete=False, session_id=sid)
            done["sessions"] += 1
            done["visits"] += 1


def copy_home(source: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    return target


def collector_metric(collector, metric: str) -> int:
    return sum(v for (_m, name, _d), v in collector.monthly().items() if name == metric)


def test_the_machine_is_the_same_when_a_network_card_is_added_not_when_the_disk_is_copied():
    original = identity.Machine("abc", ("card1", "card2"))
    assert original.same_as(identity.Machine("abc", ("card2", "card3")))  # a card replaced
    assert original.same_as(identity.Machine("abc", ()))  # cards unknown: the id decides
    assert not original.same_as(identity.Machine("abc", ("card9",)))  # same image, other PC
    assert not original.same_as(identity.Machine("xyz", ("card1",)))
    assert identity.this_machine({identity.MACHINE_ENV: "pc-1"}) != \
        identity.this_machine({identity.MACHINE_ENV: "pc-2"})
    assert identity.this_machine({identity.MACHINE_ENV: "pc-1"}).cards == ()
    real = identity.this_machine({})
    assert real == identity.this_machine({}) and len(real.id) == 32  # stable on this PC


def test_two_kiosks_cloned_from_one_enrolled_home_send_their_own_activity(
        tmp_path: Path, collector, monkeypatch) -> None:
    done = {name: Counter() for name in ("pc0", "pc1", "pc2")}
    original = Kiosk(tmp_path / "pc0", "pc-0", monkeypatch)
    original.home.mkdir()
    b = original.open()
    original.activity(6, done["pc0"])
    enrol(b.db, original.home, collector.base_url, collector.enrol_code("Clones"))
    assert sync_all(b).everything_accepted
    first_id = str(b.device_id)
    original.close()
    # The prepared PC's disk is copied to two more PCs (with its enrolment and its key).
    clones = [Kiosk(copy_home(original.home, tmp_path / name), f"pc-{n}", monkeypatch)
              for n, name in ((1, "pc1"), (2, "pc2"))]
    for clone, name in zip(clones, ("pc1", "pc2")):
        cb = clone.open()
        event = OutboxService(cb.db).status().identity_event
        assert event is not None and event.kind == identity.CLONE and event.previous == first_id
        assert str(cb.device_id) not in (first_id,) and OutboxService(cb.db).pending_count() == 0
        clone.activity(4 if name == "pc1" else 5, done[name])
        report = sync_all(cb)
        assert report.everything_accepted, report
        assert OutboxService(cb.db).status().introduced
        clone.close()
    # The original goes on too.
    b = original.open()
    assert OutboxService(b.db).status().identity_event is None and str(b.device_id) == first_id
    original.activity(3, done["pc0"])
    assert sync_all(b).everything_accepted
    original.close()

    expected = sum(done.values(), Counter())
    assert collector_metric(collector, "sessions") == expected["sessions"] == 18
    assert collector_metric(collector, "visits") == expected["visits"]
    # And every cell: the sum of what each PC counted of its own facts.
    per_pc = Counter()
    for kiosk in [original, *clones]:
        with Backend.open(kiosk.home / "kiosk.sqlite3") as opened:
            per_pc.update(by_month(facts_cells(opened)))
    assert collector.monthly() == {k: v for k, v in per_pc.items() if v}


def test_a_home_restored_from_an_older_copy_loses_nothing_and_counts_nothing_twice(
        tmp_path: Path, collector, monkeypatch) -> None:
    sent_before, after = Counter(), Counter()
    pc = Kiosk(tmp_path / "home", "pc-r", monkeypatch)
    pc.home.mkdir()
    b = pc.open()
    pc.activity(5, sent_before)
    enrol(b.db, pc.home, collector.base_url, collector.enrol_code("Restaurado"))
    assert sync_all(b).everything_accepted
    pc.close()
    backup = copy_home(pc.home, tmp_path / "backup")  # the copy someone keeps
    b = pc.open()
    for _ in range(3):  # three syncs after the copy, with activity before each
        pc.activity(4, sent_before)
        assert sync_all(b).everything_accepted
    old_id = str(b.device_id)
    pc.close()
    assert collector_metric(collector, "sessions") == sent_before["sessions"] == 17

    time.sleep(0.01)
    copy_home(backup, pc.home)  # the PC is restored from the old copy...
    b = pc.open()
    assert OutboxService(b.db).status().identity_event is None  # same PC: not a clone
    pc.activity(6, after)  # ...and used before it ever reaches the collector
    report = sync_all(b)
    assert report.everything_accepted, report
    status = OutboxService(b.db).status()
    event = status.identity_event
    assert event is not None and event.kind == identity.REWOUND and event.previous == old_id
    assert str(b.device_id) == event.current != old_id and status.introduced
    assert event.moved >= 6 * 2  # at least the sign-ins and the visits of after the restore
    words = identity_words(event)
    assert "copia más vieja" in words and "Nada se cuenta dos veces" in words  # Spanish: the default
    # What was sent before the restore (even what the copy no longer holds) plus what happened
    # after it, each once.
    assert collector_metric(collector, "sessions") == sent_before["sessions"] + after["sessions"]
    assert collector_metric(collector, "visits") == sent_before["visits"] + after["visits"]
    # It goes on normally under its new identity.
    pc.activity(2, after)
    assert sync_all(b).everything_accepted
    assert collector_metric(collector, "sessions") == sent_before["sessions"] + after["sessions"]
    pc.close()


def test_a_cloned_kiosk_without_network_is_introduced_by_its_usb_bundle(
        tmp_path: Path, collector, monkeypatch) -> None:
    done = Counter()
    original = Kiosk(tmp_path / "pc0", "pc-u0", monkeypatch)
    b = original.start_enrolled(collector, "USB", 3, done)
    original.close()
    clone = Kiosk(copy_home(original.home, tmp_path / "pc1"), "pc-u1", monkeypatch)
    cb = clone.open()
    clone.activity(4, done)
    stick = tmp_path / "usb"
    stick.mkdir()
    exported = export_bundle(cb.db, clone.home, stick)
    manifest = read_bundle(exported.path).manifest
    assert manifest["fork"]["parent"] != manifest["install_id"] == str(cb.device_id)
    assert manifest["chain"][0] == "origin" and len(manifest["chain"]) == 2
    clone.close()
    result = collector.import_bundle(exported.path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert collector_metric(collector, "sessions") == done["sessions"] == 7
    assert collector.import_bundle(exported.path).returncode == 0  # the same again: harmless
    assert collector_metric(collector, "sessions") == 7


def test_a_claim_not_signed_by_the_previous_install_is_refused(tmp_path: Path, collector,
                                                               monkeypatch) -> None:
    """Whoever holds a copied stick cannot attach their own install to a site: the claim must be
    signed by the PREVIOUS install's key, which the stick does not carry."""
    from kiosk.sync import keys
    from kiosk.sync.bundle import build_bundle

    original = Kiosk(tmp_path / "pc0", "pc-f0", monkeypatch)
    original.start_enrolled(collector, "Firma", 2, Counter())
    parent = str(original.backend.device_id)
    original.close()
    mine = keys.load_or_create(tmp_path / "stranger.key")
    install_id = "0b3c4a52-8c1e-4f4c-9d5e-2f1d6c7b8a90"
    claim = {"schema": identity.CLAIM_SCHEMA, "parent": parent, "install_id": install_id,
             "public_key": mine.public_key_b64, "reason": "clone"}
    claim["signature"] = __import__("base64").b64encode(mine.sign(identity.claim_bytes(
        parent, install_id, mine.public_key_b64, "clone"))).decode("ascii")
    cells = [{"period": utcnow().date().isoformat(), "metric": "sessions",
              "dims": {"role": "learner", "age_band": "8-11"}, "value": 999, "rev": 1}]
    members = build_bundle(cells, install_id, mine, None, utcnow(), chain=["origin", "x1"],
                           fork=claim)
    forged = tmp_path / "forged.zip"
    import zipfile

    with zipfile.ZipFile(forged, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    result = collector.import_bundle(forged)
    assert result.returncode != 0 and "su firma no lo prueba" in result.stdout + result.stderr
    assert collector_metric(collector, "sessions") == 2


def test_an_older_bundle_of_a_restored_copy_is_refused_with_the_reason(
        tmp_path: Path, collector, monkeypatch) -> None:
    done = Counter()
    pc = Kiosk(tmp_path / "home", "pc-b", monkeypatch)
    b = pc.start_enrolled(collector, "Paquetes", 3, done)
    backup = pc.keep_copy(tmp_path / "backup")
    b = pc.backend
    pc.activity(2, done)
    assert sync_all(b).everything_accepted
    b = pc.restore(backup)
    pc.activity(1, Counter())
    stick = tmp_path / "usb"
    stick.mkdir()
    exported = export_bundle(b.db, pc.home, stick)
    pc.close()
    result = collector.import_bundle(exported.path)
    assert "install-rewound" in result.stdout + result.stderr or "restaurada" in result.stdout + result.stderr
    assert collector_metric(collector, "sessions") == done["sessions"] == 5


def test_a_clone_restored_twice_before_and_after_its_introduction_counts_each_visit_once(
        tmp_path: Path, collector, monkeypatch) -> None:
    """Found by the state machine: a restored copy brings back "not introduced yet"; the next
    fork must be introduced by the install it leaves (carrying that one's own claim), so the
    collector knows the whole line and no visit is sent twice."""
    done = Counter()
    original = Kiosk(tmp_path / "pc0", "pc-t0", monkeypatch)
    original.start_enrolled(collector, "Dos veces", 2, done)
    original.close()
    pc = Kiosk(copy_home(original.home, tmp_path / "pc2"), "pc-t2", monkeypatch)
    b = pc.open()  # a clone, not introduced yet
    pc.activity(1, done)  # V1
    first_copy = pc.keep_copy(tmp_path / "copy1")
    b = pc.backend
    pc.activity(1, done)  # V2
    assert sync_all(b).everything_accepted  # introduced; V1, V2 sent
    b = pc.restore(first_copy)  # back to "not introduced", V1 pending
    pc.activity(1, done)  # V3
    second_copy = pc.keep_copy(tmp_path / "copy2")
    b = pc.backend
    pc.activity(1, done)  # V4
    assert sync_all(b).everything_accepted  # a fork: V3, V4 go as a new install
    b = pc.restore(second_copy)  # V1, V3 pending again
    assert sync_all(b).everything_accepted  # a fork again: nothing new to send
    pc.close()
    assert collector_metric(collector, "visits") == done["visits"] == 6
    assert collector_metric(collector, "sessions") == done["sessions"]
