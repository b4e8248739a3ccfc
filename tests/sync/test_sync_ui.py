"""The coordinator's sync page and the background sender, with real widgets, a real Store,
the real task runner and (where a server is needed) the real collector."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.core.clock import utcnow
from kiosk.backend import Backend
from kiosk.core.errors import NotAllowed
from kiosk.sync.sender import SendReport
from kiosk.sync.outbox import OutboxService

from .conftest import LESSONS, by_month, facts_cells, lesson_day
from .test_end_to_end import local_noon

@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def store(home: Path):
    with Backend.open(home / "kiosk.sqlite3") as opened:
        lucia = opened.learners.register("Lucía Benítez", "tatu.svg", "8-11", "learner",
                                         now=utcnow() - timedelta(days=9))
        mateo = opened.learners.register("Mateo", "tatu.svg", "12-17", "learner",
                                         now=utcnow() - timedelta(days=9))
        for offset in (4, 3, 1):
            day = utcnow().date() - timedelta(days=offset)
            for i, who in enumerate((lucia, mateo)):
                start = local_noon(day) + timedelta(hours=i)
                sid = opened.progress.sign_in(who.id, now=start)
                lesson_day(opened, who.id, LESSONS[offset % 3], start + timedelta(minutes=1),
                           session_id=sid)
        yield opened


def make_ctx(qtbot, store, role: str = "coordinator", lang: str = "es"):
    from kiosk.app import create_app, install_translators
    from kiosk.ui.staff.context import StaffContext, StaffMember
    from kiosk.ui.tasks import TaskRunner

    app = create_app()
    install_translators(app, lang)
    tasks = TaskRunner()
    problems: list[BaseException] = []
    ctx = StaffContext(staff=StaffMember("staff-1", "Profe Rosa", role), tasks=tasks,
                       db=SimpleNamespace(store=store), catalog=lambda: None, lang=lang,
                       show_problem=problems.append)
    ctx.problems = problems  # type: ignore[attr-defined]
    return ctx


@pytest.fixture
def ctx(qtbot, store):
    context = make_ctx(qtbot, store)
    yield context
    context.tasks.shutdown()


def settle(qtbot, ctx) -> None:
    for _ in range(4):
        assert ctx.tasks.wait_idle(30)
        qtbot.wait(30)


def page_for(qtbot, ctx):
    from kiosk.ui.staff.sync import SyncPage

    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    settle(qtbot, ctx)
    return page


def test_the_table_is_exactly_what_will_be_sent(qtbot, ctx, store, tmp_path) -> None:
    page = page_for(qtbot, ctx)
    pending = OutboxService(store.db).pending()
    rows = page.table_texts()
    assert len(rows) == len(pending) > 0
    expected = sorted(
        (page.day_text(r.period), page.metric_text(r.metric), r.dims.get("module", ""),
         page.role_text(r.dims.get("role")), page.age_text(r.dims.get("age_band")), str(r.value))
        for r in pending)
    assert sorted(tuple(row[:6]) for row in rows) == expected
    shown = " ".join(" ".join(row) for row in rows) + page.values["server"].text()
    assert "Lucía" not in shown and "Mateo" not in shown
    assert page.values["pending"].text() == str(len(pending))
    assert page.values["success"].text() == page.tr("Never")
    assert not page.clock_warning.isVisible() and not ctx.problems
    # The newest day first, a local date, Spanish-ordered (day/month).
    newest = max(r.period for r in pending)
    assert rows[0][0] == page.day_text(newest)
    day = date.fromisoformat(newest)
    assert f"{day.day:02d}/{day.month:02d}/{day.year}" in rows[0][0]
    assert page.grab().save(str(tmp_path / "sync-pending.png"))  # to look at: pytest's tmp


def test_enrol_sync_and_export_from_the_page(qtbot, ctx, store, collector, tmp_path) -> None:
    page = page_for(qtbot, ctx)
    page.enrol(collector.base_url, collector.enrol_code("Telecentro Luque"))
    settle(qtbot, ctx)
    assert not ctx.problems
    assert page.values["pending"].text() == "0"
    assert "Telecentro Luque" in page.values["server"].text()
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.message.text() == page.tr("Sent: %n figure(s).", "", OutboxService(store.db).status().cells)
    assert collector.monthly() == by_month(facts_cells(store))

    page.show_all.setChecked(True)
    settle(qtbot, ctx)
    assert {row[6] for row in page.table_texts()} == {page.tr("Sent")}

    usb = tmp_path / "usb"
    usb.mkdir()
    page.export_to(str(usb))
    settle(qtbot, ctx)
    (bundle,) = usb.glob("telecentro-telecentro-luque-*.zip")
    assert bundle.name in page.message.text()


def test_wrong_clock_warning_and_unreachable_server(qtbot, ctx, store, collector, tmp_path) -> None:
    lucia = store.learners.list_active()[0]
    store.progress.sign_in(lucia.id, now=local_noon(date.today() + timedelta(days=400)))
    page = page_for(qtbot, ctx)
    page.enrol(collector.base_url, collector.enrol_code())
    settle(qtbot, ctx)
    assert page.clock_warning.isVisible()
    assert page.clock_warning.text() == page.tr(
        "This computer's date seems to be ahead. Check the date and time: figures dated in the "
        "future are not accepted.")
    assert page.values["error"].text().startswith(page.tr(
        "The server refused %n figure(s): {reasons}", "", 1).format(
            reasons=page.reason_text("period-in-future")))
    page.show_all.setChecked(True)
    settle(qtbot, ctx)
    assert page.grab().save(str(tmp_path / "sync-clock-warning.png"))

    collector.stop()
    store.progress.sign_in(lucia.id, now=utcnow())
    page.sync_now()
    settle(qtbot, ctx)
    assert not page.message.isVisible()  # no "Sending…" left: the card says what happened
    assert page.values["error"].text().startswith(QCoreApplication.translate("Errors", "No connection to the server"))
    assert page.values["next"].text() not in ("", "—")
    assert page.sync_button.isEnabled()


def test_enrolling_without_a_network_keeps_the_code(qtbot, ctx, store) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    page = page_for(qtbot, ctx)
    page.open_enrol()
    dialog = page.enrol_dialog
    dialog.url.setText(dead)
    dialog.code.setText("ABCD-EFGH")
    dialog.submit()
    settle(qtbot, ctx)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == page.tr(
        "No connection to the server. The code was kept: it travels in the next USB bundle.")
    assert OutboxService(store.db).offline_code() == "ABCD-EFGH"
    assert "ABCD-EFGH" in page.values["server"].text()
    dialog.reject()


def test_only_coordinators_see_the_page(qtbot, store) -> None:
    from kiosk.ui.staff.area import StaffArea
    from kiosk.ui.staff.sync import SyncPage

    for role, visible in (("coordinator", True), ("teacher", False)):
        context = make_ctx(qtbot, store, role)
        try:
            area = StaffArea(context)
            qtbot.addWidget(area)
            assert ("sync" in area.nav) is visible
            if visible:
                area.show_page("sync")
                assert isinstance(area.stack.currentWidget(), SyncPage)
            else:
                with pytest.raises(NotAllowed):
                    area.show_page("sync")
            settle(qtbot, context)
        finally:
            context.tasks.shutdown()


# -- the background sender -------------------------------------------------------------------


class FakeSender:
    """The Sender's three steps (outbox, network, outbox) without a store or a network: one
    batch a send, whose network step takes ``pause`` seconds."""

    calls = 0

    def __init__(self, store, delay_s: float = 120, pause: float = 0.0) -> None:
        self.delay_s = delay_s
        self.pause = pause

    def begin(self, report: SendReport, now=None) -> SimpleNamespace:
        FakeSender.calls += 1
        return SimpleNamespace(batch="a batch")  # a str would mean "nothing to send"

    def transmit(self, outgoing: SimpleNamespace) -> None:
        time.sleep(self.pause)

    def finish(self, report: SendReport, outgoing: SimpleNamespace, result: None) -> str:
        report.outcome = "ok"
        report.next_attempt_at = utcnow() + timedelta(seconds=self.delay_s)
        return "ok"


@pytest.fixture
def tasks(qtbot):
    from kiosk.ui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.shutdown()


def test_the_timer_sends_at_start_up_then_when_the_sender_says(qtbot, tasks) -> None:
    from kiosk.ui.sync_timer import SyncTimer

    FakeSender.calls = 0
    db = SimpleNamespace(store=object())
    timer = SyncTimer(db, tasks=tasks, sender_factory=lambda store: FakeSender(store, 120, pause=0.2),
                      first_delay_ms=0)
    with qtbot.waitSignal(timer.finished, timeout=5000):
        timer.start()
    assert FakeSender.calls == 1
    assert 110_000 <= timer.scheduled_ms <= 126_000  # a coarse timer: within 5 %
    # "Sync now" while a send runs: one more right after it, not two at once.
    with qtbot.waitSignals([timer.finished, timer.finished], timeout=5000):
        timer.sync_now()
        timer.sync_now()
        assert timer.busy
    assert FakeSender.calls == 3
    timer.stop()
    assert timer.scheduled_ms is None
    timer.sync_now()
    assert not timer.busy  # stopped: no more sends
    assert timer.next_delay_ms(None, utcnow()) == 60_000
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert timer.next_delay_ms(now - timedelta(hours=1), now) == 1_000
    assert timer.next_delay_ms(now + timedelta(days=3), now) == 3_600_000


def test_the_timer_with_the_real_sender(qtbot, store, collector, tmp_path, tasks) -> None:
    from kiosk.sync.sender import enrol
    from kiosk.ui.sync_timer import SyncTimer

    enrol(store.db, tmp_path, collector.base_url, collector.enrol_code())
    timer = SyncTimer(SimpleNamespace(store=store), tasks=tasks, first_delay_ms=200)
    with qtbot.waitSignal(timer.finished, timeout=30_000) as blocker:
        timer.start()
        assert 0 < timer.scheduled_ms <= 300 and not timer.busy  # start-up waits a moment
    report = blocker.args[0]
    assert report.everything_accepted and report.sent > 0
    assert collector.monthly() == by_month(facts_cells(store))
    assert 1_000 <= timer.scheduled_ms <= 63_000  # nothing left: look again in a minute (±5 %)
    timer.stop()


# -- a slow collector: the network waits, the database does not -------------------------------


class SlowCollector:
    """A real HTTP server on 127.0.0.1 that takes every batch of counts and answers only once
    ``release`` is set (at most 20 s later): a collector at the end of a slow link."""

    def __init__(self) -> None:
        self.received = threading.Event()
        self.release = threading.Event()
        self.posts: list[list[dict]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.posts.append(body["cells"])
                outer.received.set()
                outer.release.wait(20)
                data = json.dumps({"accepted": len(body["cells"]), "unchanged": 0,
                                   "rejected": []}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def slow_collector(store):
    server = SlowCollector()
    OutboxService(store.db).save_enrolment(server.url, "token-slow", "Telecentro Lento")
    yield server
    server.close()


def test_sync_now_leaves_the_database_free_while_the_collector_is_slow(
        qtbot, ctx, store, slow_collector) -> None:
    page = page_for(qtbot, ctx)
    pending = OutboxService(store.db).pending_count()
    assert pending > 0
    page.sync_now()
    assert slow_collector.received.wait(10)  # the batch is at the collector, which sleeps
    seen: list = []
    # The collector holds its answer until released: a database task that waited behind the
    # network would never arrive here.
    ctx.tasks.db.run(lambda: [lr.display_name for lr in store.learners.list_active()], seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == [["Lucía Benítez", "Mateo"]] or sorted(seen[0]) == ["Lucía Benítez", "Mateo"]
    assert page.working and not slow_collector.release.is_set()  # the send still waits
    assert page.message.text() == page.tr("Sending…")
    slow_collector.release.set()
    settle(qtbot, ctx)
    assert not page.working and page.sync_button.isEnabled()
    assert page.message.text() == page.tr("Sent: %n figure(s).", "", pending)
    assert OutboxService(store.db).pending_count() == 0
    assert [len(cells) for cells in slow_collector.posts] == [pending]
    assert not ctx.problems


def test_the_timer_and_sync_now_take_turns(qtbot, ctx, store, slow_collector) -> None:
    """Two sends at once (the background timer and the coordinator's click): the second waits
    for the first on the network lane, then finds nothing left -- one POST, the database lane
    free all along."""
    from kiosk.ui.sync_timer import SyncTimer

    timer = SyncTimer(ctx.db, tasks=ctx.tasks, first_delay_ms=0)
    page = page_for(qtbot, ctx)
    pending = OutboxService(store.db).pending_count()
    timer.start()
    assert slow_collector.received.wait(10)
    page.sync_now()
    seen: list = []
    ctx.tasks.db.run(lambda: OutboxService(store.db).pending_count(), seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == [pending] and page.working and timer.busy
    with qtbot.waitSignal(timer.finished, timeout=10_000) as blocker:
        slow_collector.release.set()
    assert blocker.args[0].sent == pending
    settle(qtbot, ctx)
    assert page.message.text() == page.tr("Nothing was waiting: everything had been sent.")
    assert [len(cells) for cells in slow_collector.posts] == [pending]
    timer.stop()


def test_the_page_says_in_words_that_this_kiosk_is_a_copy_of_another(qtbot, ctx, store, home,
                                                                     tmp_path) -> None:
    from kiosk.sync import identity
    from kiosk.sync.messages import identity_words

    before = str(store.device_id)
    identity.check_machine(store.db, home, identity.Machine("prepared-pc"))  # written down
    event = identity.check_machine(store.db, home, identity.Machine("this-pc"))  # a copy
    assert event is not None and event.previous == before and str(store.device_id) == event.current
    page = page_for(qtbot, ctx)
    assert page.identity_note.isVisible()
    text = page.identity_note.text()
    assert text == identity_words(event, introduced=True)  # no server yet: nothing to introduce
    assert "copia" in text and "kiosco nuevo" in text  # Spanish, in words
    assert page.values["pending"].text().startswith("0")  # the copy's figures stay with the original
    assert page.grab().save(str(tmp_path / "sync-identity.png"))
