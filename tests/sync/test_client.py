"""The HTTP client and the Sender: backoff bounds (pure, no sleeping), and every answer the
protocol allows, from a scripted HTTP server on 127.0.0.1 (the real collector is in
test_end_to_end.py)."""

from __future__ import annotations

import json
import logging
import random
import socket
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk.backend import Backend
from kiosk.core.errors import InputProblem
from kiosk.sync import client as sync_client
from kiosk.sync import sender as sync_sender
from kiosk.sync.client import normalise_url, parse_retry_after
from kiosk.sync.sender import BACKOFF_CAP, Sender, backoff_delay, plan_next
from kiosk.sync.outbox import OutboxService

from .conftest import LESSONS, T0, lesson_day

NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
TOKEN = "tok-SECRET-8f2c1d"


# -- scheduling (pure) -----------------------------------------------------------------------


def test_backoff_is_full_jitter_from_one_minute_to_one_hour_forever() -> None:
    rng = random.Random(7)
    for failures in range(1, 40):
        window = min(3600.0, 60.0 * 2 ** (failures - 1))
        samples = [backoff_delay(failures, rng) for _ in range(400)]
        assert all(0.0 <= s <= window for s in samples)
        assert max(samples) > 0.9 * window  # the whole window is used ...
        assert min(samples) < 0.1 * window  # ... from zero (full jitter)
    assert backoff_delay(10_000, rng) <= BACKOFF_CAP  # forever, and never more than an hour


def test_the_plan_after_each_outcome() -> None:
    rng = random.Random(1)
    assert plan_next("ok", 3, NOW, rng, more_pending=True) == sync_sender.Plan(0, NOW)
    assert plan_next("ok", 3, NOW, rng).next_at == NOW + timedelta(seconds=60)
    assert plan_next("idle", 0, NOW, rng).next_at == NOW + timedelta(seconds=60)
    assert plan_next("offline", 2, NOW, rng) == sync_sender.Plan(2, None)
    assert plan_next("retry", 2, NOW, rng) == sync_sender.Plan(2, NOW)
    busy = plan_next("failed", 0, NOW, rng, retry_after=120)
    assert busy == sync_sender.Plan(1, NOW + timedelta(seconds=120))
    failures, schedule = 0, []
    for _ in range(12):
        plan = plan_next("failed", failures, NOW, rng)
        failures = plan.failures
        schedule.append((plan.next_at - NOW).total_seconds())
    assert failures == 12
    assert all(0 <= d <= min(3600, 60 * 2 ** i) for i, d in enumerate(schedule))


def test_retry_after_and_urls() -> None:
    assert parse_retry_after("120") == 120
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Sun, 22 Nov 2026 15:05:00 GMT", NOW) == 300
    assert normalise_url("conteos.example.org/") == "https://conteos.example.org"
    assert normalise_url("http://127.0.0.1:8470/base/") == "http://127.0.0.1:8470/base"
    with pytest.raises(InputProblem) as caught:
        normalise_url("ftp://x")
    assert caught.value.code == "server-url-bad"


# -- a scripted collector --------------------------------------------------------------------


class Script:
    """Answers POSTs with the next scripted reply: (status, headers, body) or a callable
    (handler, request body) that writes its own reply."""

    def __init__(self) -> None:
        self.replies: list = []
        self.requests: list[dict] = []

    def __call__(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        self.requests.append({"path": handler.path, "headers": dict(handler.headers),
                              "body": json.loads(body) if body else None})
        reply = self.replies.pop(0) if self.replies else accept_all
        if callable(reply):
            reply(handler, body)
            return
        status, headers, payload = reply
        send(handler, status, payload, headers)


def send(handler, status: int, payload, headers: dict | None = None) -> None:
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    handler.send_response(status)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def accept_all(handler, body: bytes) -> None:
    cells = json.loads(body)["cells"]
    send(handler, 200, {"accepted": len(cells), "unchanged": 0, "rejected": [],
                        "server_time": NOW.isoformat()})


@pytest.fixture
def scripted():
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length", 0))
            script(self, self.rfile.read(length))

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    script.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield script
    server.shutdown()
    server.server_close()


@pytest.fixture
def enrolled(store: Backend, scripted):
    lucia = store.learners.register("Lucía", "tatu.svg", "8-11", "learner", now=T0)
    for day in range(3):
        sid = store.progress.sign_in(lucia.id, now=T0 + timedelta(days=day))
        lesson_day(store, lucia.id, LESSONS[day], T0 + timedelta(days=day, minutes=1), session_id=sid)
    OutboxService(store.db).save_enrolment(scripted.url, TOKEN, "Telecentro Prueba")
    return store


def _sender(store: Backend, seed: int = 3) -> Sender:
    return Sender(store.db, rng=random.Random(seed), clock=lambda: NOW)


def test_a_batch_goes_with_token_key_and_schema_and_rejections_stay_alone(enrolled, scripted) -> None:
    outbox = OutboxService(enrolled.db)
    pending = outbox.pending_count()

    def reject_two(handler, body):
        cells = json.loads(body)["cells"]
        send(handler, 200, {"accepted": len(cells) - 2, "unchanged": 0, "server_time": NOW.isoformat(),
                            "rejected": [{"index": 0, "reason": "period-in-future"},
                                         {"index": 3, "reason": "period-in-future"}]})

    scripted.replies = [reject_two]
    report = _sender(enrolled).sync()
    request = scripted.requests[0]
    assert request["path"] == "/v1/counts"
    assert request["headers"]["Authorization"] == f"Bearer {TOKEN}"
    assert len(request["headers"]["Idempotency-Key"]) == 36
    assert request["body"]["schema"] == "telecentro-counts/1"
    assert len(request["body"]["cells"]) == pending
    assert (report.sent, report.accepted, report.rejected) == (pending, pending - 2, 2)
    assert not report.everything_accepted
    status = outbox.status()
    assert status.pending == 0 and status.rejected == 2
    assert status.last_error == "rejected" and status.clock_warning == "future"
    assert status.last_success_at == NOW and status.failures == 0
    # Rejected cells are not sent again (until their value changes).
    scripted.replies = []
    again = _sender(enrolled).sync()
    assert again.sent == 0 and len(scripted.requests) == 1


def test_401_asks_for_enrolment_and_keeps_the_batch(enrolled, scripted) -> None:
    scripted.replies = [(401, {}, {"error": "unauthorized"})]
    report = _sender(enrolled).send_once()
    assert report.error == "unauthorized" and report.outcome == "failed"
    status = OutboxService(enrolled.db).status()
    assert status.needs_enrolment and status.failures == 1 and status.pending > 0
    assert NOW <= status.next_attempt_at <= NOW + timedelta(seconds=60)
    report = _sender(enrolled).send_once()  # the same batch, the same key
    keys = [r["headers"]["Idempotency-Key"] for r in scripted.requests]
    assert keys[0] == keys[1] and report.error is None
    assert not OutboxService(enrolled.db).status().needs_enrolment


def test_413_halves_the_batch_until_it_fits(enrolled, scripted) -> None:
    pending = OutboxService(enrolled.db).pending_count()
    limit = 4

    def small_only(handler, body):
        cells = json.loads(body)["cells"]
        if len(cells) > limit:
            send(handler, 413, {"error": "too-many-cells"})
        else:
            accept_all(handler, body)

    scripted.replies = [small_only] * 100
    report = _sender(enrolled).sync()
    sizes = [len(r["body"]["cells"]) for r in scripted.requests]
    assert sizes[0] == pending > limit
    assert sizes[1] == pending // 2 and all(s <= limit for s in sizes[-2:])
    assert report.everything_accepted and report.accepted == pending
    keys = [r["headers"]["Idempotency-Key"] for r in scripted.requests]
    assert len(set(keys)) == len(keys)  # a refused batch was not applied: new key each time


@pytest.mark.parametrize("status", [429, 503])
def test_busy_honours_retry_after(enrolled, scripted, status) -> None:
    scripted.replies = [(status, {"Retry-After": "900"}, {"error": "busy"})]
    report = _sender(enrolled).sync()
    assert report.error == "busy" and report.next_attempt_at == NOW + timedelta(seconds=900)
    st = OutboxService(enrolled.db).status()
    assert st.next_attempt_at == NOW + timedelta(seconds=900) and st.last_error == "busy"
    _sender(enrolled).sync()
    keys = [r["headers"]["Idempotency-Key"] for r in scripted.requests]
    assert keys[0] == keys[1]


def test_a_lost_answer_is_retried_with_the_same_key(enrolled, scripted) -> None:
    applied: dict[str, dict] = {}

    def apply_then_hang_up(handler, body):
        applied[handler.headers["Idempotency-Key"]] = json.loads(body)
        handler.close_connection = True
        handler.connection.shutdown(socket.SHUT_RDWR)  # committed, but no answer

    scripted.replies = [apply_then_hang_up]
    report = _sender(enrolled).sync()
    assert report.error == "unreachable" and report.outcome == "failed"
    assert OutboxService(enrolled.db).status().pending > 0
    report = _sender(enrolled).sync()
    assert report.everything_accepted
    (key,) = applied
    assert scripted.requests[1]["headers"]["Idempotency-Key"] == key
    assert scripted.requests[1]["body"] == applied[key]  # byte for byte the same batch


@pytest.mark.parametrize("reply,code", [
    ((500, {}, {"error": "oops"}), "server-error"),
    ((200, {}, b"<html>Portal cautivo: inicia sesion</html>"), "bad-answer"),
    ((400, {}, {"error": "malformed"}), "bad-request"),
])
def test_other_failures_are_named(enrolled, scripted, reply, code) -> None:
    scripted.replies = [reply]
    report = _sender(enrolled).sync()
    assert report.error == code and not report.everything_accepted
    assert OutboxService(enrolled.db).status().last_error == code


def test_no_server_at_all(store: Backend, scripted) -> None:
    lucia = store.learners.register("Lucía", "tatu.svg", "8-11", "learner", now=T0)
    store.progress.sign_in(lucia.id, now=T0)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    OutboxService(store.db).save_enrolment(dead, TOKEN, None)
    failures = []
    for attempt in range(6):
        report = _sender(store, seed=attempt).sync()
        assert report.error == "unreachable"
        failures.append(OutboxService(store.db).status().failures)
        delay = (report.next_attempt_at - NOW).total_seconds()
        assert 0 <= delay <= min(3600, 60 * 2 ** attempt)
    assert failures == [1, 2, 3, 4, 5, 6]


def test_not_enrolled_sends_nothing(store: Backend) -> None:
    lucia = store.learners.register("Lucía", "tatu.svg", "8-11", "learner", now=T0)
    store.progress.sign_in(lucia.id, now=T0)
    report = _sender(store).sync()
    assert report.outcome == "offline" and report.pending_left == 2
    assert _sender(store).next_due() is None


def test_the_token_never_reaches_the_log(enrolled, scripted, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    scripted.replies = [(401, {}, {"error": "unauthorized"}), (503, {}, {}), accept_all]
    for _ in range(3):
        _sender(enrolled).sync()
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(OutboxService(enrolled.db).enrolment())
    assert TOKEN not in repr(OutboxService(enrolled.db).status())


def test_enrol_keeps_the_token_and_an_unreachable_server_keeps_the_code(store: Backend, scripted,
                                                                       tmp_path) -> None:
    seen = []

    def enrol_ok(handler, body):
        seen.append(json.loads(body))
        send(handler, 200, {"token": TOKEN, "site": "Luque", "install_id": store.device_id})

    scripted.replies = [(409, {}, {"error": "code-used"}), enrol_ok]
    with pytest.raises(sync_client.EnrolRefused) as refused:
        sync_sender.enrol(store.db, tmp_path, scripted.url, "ABCD-EFGH")
    assert refused.value.code == "code-used"
    answer = sync_sender.enrol(store.db, tmp_path, scripted.url + "/", " WXYZ-1234 ")
    assert answer.site == "Luque" and TOKEN not in repr(answer)
    assert seen[0]["code"] == "WXYZ-1234" and seen[0]["install_id"] == store.device_id
    enrolment = OutboxService(store.db).enrolment()
    assert (enrolment.server_url, enrolment.token, enrolment.site) == (scripted.url, TOKEN, "Luque")

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    other = Backend.open(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(sync_client.Unreachable):
            sync_sender.enrol(other.db, tmp_path / "other", dead, "QRST-5678")
        assert OutboxService(other.db).offline_code() == "QRST-5678"
        assert OutboxService(other.db).enrolment() is None
    finally:
        other.close()
