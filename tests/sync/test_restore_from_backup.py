"""Issue 14, point 4: restoring the kiosk's OWN backup never makes the outbox send revisions
the collector already holds with other values.

The restored database is an older copy of this install: its revision counter is behind what the
collector holds.  The kiosk knows it restored, so at once (``kiosk.backend._after_restore``) it
uses issue 13's machinery (``kiosk.sync.identity.rewind``): from the restore on it is a new
install, introduced by the old one's signed claim; the old install's figures stay what the
collector holds.  (Without that, the collector would refuse the first forked batch with
``install-rewound`` -- PROTOCOL.md "Lineage" -- but a USB-only kiosk would learn it only
online.)  This test drives the real backup and the real recovery against a real collector."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kiosk.store import recovery
from kiosk.store.backup import take_backup
from kiosk.sync import identity
from kiosk.sync.outbox import OutboxService
from kiosk.sync.sender import enrol

from .conftest import sync_all
from .test_identity import Kiosk, collector_metric

pytestmark = pytest.mark.error_logs_expected  # recovery logs the damage it found


def test_backup_sync_damage_recover_sync_counts_each_visit_once(tmp_path: Path, collector,
                                                                 monkeypatch) -> None:
    done = Counter()
    pc = Kiosk(tmp_path / "home", "pc-backup", monkeypatch)
    pc.home.mkdir()
    b = pc.open()
    pc.activity(5, done)
    enrol(b.db, pc.home, collector.base_url, collector.enrol_code("Respaldo"))
    assert sync_all(b).everything_accepted
    take_backup(pc.home, pc.home / "kiosk.sqlite3")  # the daily backup, taken while it runs
    assert sync_all(b).everything_accepted
    pc.activity(4, done)  # after the backup: sent, then lost with the damaged file
    assert sync_all(b).everything_accepted
    old_id = str(b.device_id)
    pc.close()
    assert collector_metric(collector, "visits") == done["visits"] == 9

    db = pc.home / "kiosk.sqlite3"
    with open(db, "r+b") as f:  # a power cut tore the file
        f.truncate(db.stat().st_size // 2)
    b = pc.open()
    [notice] = recovery.notices(pc.home)
    assert notice.kind == recovery.RESTORED
    assert len(b.learners.list_active()) == 3  # the backup's learners
    pc.activity(6, done)  # the kiosk goes on
    report = sync_all(b)
    assert report.everything_accepted, report
    event = OutboxService(b.db).status().identity_event
    assert event is not None and event.kind == identity.REWOUND and event.previous == old_id
    assert collector_metric(collector, "visits") == done["visits"] == 15
    assert collector_metric(collector, "sessions") == done["sessions"] == 15
    pc.activity(2, done)  # and again, under its new identity
    assert sync_all(b).everything_accepted
    assert collector_metric(collector, "visits") == done["visits"] == 17
    pc.close()
