"""Issue 13: a Hypothesis state machine with CLONE and RESTORE steps against the REAL collector.

PCs (real home directories; ``KIOSK_MACHINE_ID`` tells them apart) do activity, send, crash,
export and import USB bundles; a PC's disk may be copied to a new PC (a clone), a copy of a
home may be kept and later restored over it.  Before a restore the PC sends everything (what it
did is at the collector), so nothing real is lost -- and however it goes, once every PC has sent
everything the collector's sign-ins and visits equal, cell by cell (month, dims), what the TEST
did: each sign-in and visit counted exactly once, never twice, never lost."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from kiosk.backend import Backend
from kiosk.core.clock import utcnow
from kiosk.sync import identity
from kiosk.sync.bundle import export_bundle
from kiosk.sync.counts import local_day
from kiosk.sync.sender import Sender, enrol

from .conftest import LESSONS, OTHER_LESSONS, SiteCollector, facts_cells, lesson_day, outbox_values, sync_all

ROLES = ("learner", "teacher", "parent")
BANDS = ("8-11", "12-17", "adult")
MAX_PCS = 4


def dims(**values: str) -> str:
    return json.dumps(values, sort_keys=True, separators=(",", ":"))


class PC:
    def __init__(self, home: Path, machine: str) -> None:
        self.home, self.machine = home, machine
        self.store: Backend | None = None
        self.copy: Path | None = None

    def open(self) -> Backend:
        import os

        os.environ[identity.MACHINE_ENV] = self.machine
        self.store = Backend.open(self.home / "kiosk.sqlite3", home=self.home)
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class ClonesAndRestores(RuleBasedStateMachine):
    collector = None  # set by the test

    @initialize()
    def first_pc(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="sync-identity-"))
        self.view = SiteCollector(self.collector.server)
        self.expected: Counter = Counter()
        pc = PC(self.folder / "pc0", "machine-0")
        pc.home.mkdir()
        store = pc.open()
        self.people = [store.learners.register(f"P{i}", "tatu.svg", BANDS[i % 3], ROLES[i % 3],
                                               now=utcnow() - timedelta(days=3))
                       for i in range(3)]
        enrol(store.db, pc.home, self.collector.base_url, self.view.enrol_code("Clones"))
        self.pcs = [pc]
        self.usb = self.folder / "usb"
        self.usb.mkdir()

    def pc(self, index: int) -> PC:
        return self.pcs[index % len(self.pcs)]

    @rule(which=st.integers(0, MAX_PCS - 1), who=st.integers(0, 2),
          lesson=st.sampled_from(LESSONS + OTHER_LESSONS))
    def activity(self, which, who, lesson) -> None:
        pc = self.pc(which)
        person = self.people[who]
        start = utcnow()
        sid = pc.store.progress.sign_in(person.id, now=start)
        lesson_day(pc.store, person.id, lesson, start, minutes=2, complete=False, session_id=sid)
        month = local_day(start).isoformat()[:7]
        self.expected[(month, "sessions", dims(role=person.role, age_band=person.age_band))] += 1
        self.expected[(month, "visits", dims(module=lesson.rsplit("/", 1)[0], role=person.role,
                                             age_band=person.age_band))] += 1

    @rule(which=st.integers(0, MAX_PCS - 1))
    def send(self, which) -> None:
        Sender(self.pc(which).store.db).send_once()

    @rule(which=st.integers(0, MAX_PCS - 1))
    def crash(self, which) -> None:
        pc = self.pc(which)
        pc.close()
        pc.open()

    @rule(which=st.integers(0, MAX_PCS - 1))
    def usb_bundle(self, which) -> None:
        pc = self.pc(which)
        exported = export_bundle(pc.store.db, pc.home, self.usb)
        result = self.view.import_bundle(exported.path)
        # Refused only as a restored copy's older branch (the kiosk learns it when it connects).
        assert result.returncode == 0 or "restaurada" in result.stdout + result.stderr, \
            result.stdout + result.stderr

    @precondition(lambda self: len(self.pcs) < MAX_PCS)
    @rule(which=st.integers(0, MAX_PCS - 1))
    def clone(self, which) -> None:
        """The PC's disk is copied to a new PC (while it is switched off)."""
        source = self.pc(which)
        source.close()
        new = PC(self.folder / f"pc{len(self.pcs)}", f"machine-{len(self.pcs)}")
        shutil.copytree(source.home, new.home)
        source.open()
        new.open()
        event = identity.last_event(new.store.db)
        assert event is not None and event.kind == identity.CLONE
        assert str(new.store.device_id) == event.current != str(source.store.device_id)
        self.pcs.append(new)

    @rule(which=st.integers(0, MAX_PCS - 1))
    def keep_a_copy(self, which) -> None:
        pc = self.pc(which)
        pc.close()
        pc.copy = self.folder / f"copy-{pc.home.name}"
        if pc.copy.exists():
            shutil.rmtree(pc.copy)
        shutil.copytree(pc.home, pc.copy)
        pc.open()

    @rule(which=st.integers(0, MAX_PCS - 1))
    def restore_the_copy(self, which) -> None:
        pc = self.pc(which)
        if pc.copy is None:
            return
        assert sync_all(pc.store).everything_accepted  # what it did is at the collector
        pc.close()
        shutil.rmtree(pc.home)
        shutil.copytree(pc.copy, pc.home)
        pc.open()

    @rule(which=st.integers(0, MAX_PCS - 1), visits=st.integers(1, 3), who=st.integers(0, 2))
    def copy_use_send_and_restore(self, which, visits, who) -> None:
        """The common case in one step: a copy is kept, the PC is used and sends, then the old
        copy is put back."""
        self.keep_a_copy(which)
        for _ in range(visits):
            self.activity(which, who, LESSONS[0])
        self.restore_the_copy(which)

    @invariant()
    def every_outbox_equals_its_facts(self) -> None:
        for pc in getattr(self, "pcs", ()):
            if pc.store is not None:
                assert outbox_values(pc.store) == facts_cells(pc.store)

    def teardown(self) -> None:
        if not hasattr(self, "pcs"):
            return
        try:
            for _ in range(2):  # a restored PC learns of its fork on its first batch
                for pc in self.pcs:
                    report = sync_all(pc.store)
                    assert report.everything_accepted, report
            got = Counter({k: v for k, v in self.view.monthly().items()
                           if k[1] in ("sessions", "visits")})
            assert got == +self.expected
        finally:
            for pc in self.pcs:
                pc.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def test_clones_and_restores_in_any_order_count_every_visit_once(collector, monkeypatch) -> None:
    monkeypatch.setenv(identity.MACHINE_ENV, "unset")
    ClonesAndRestores.collector = collector
    run_state_machine_as_test(
        ClonesAndRestores,
        settings=settings(max_examples=6, stateful_step_count=18, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow]),
    )
