"""POST /v1/counts against a real collector: the revision rule, idempotency, rejections, limits."""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from kiosk.collector.counts import today_in_paraguay
from tests.collector.harness import FakeKiosk, cell, raw_request, request


def batch_of(n: int, rev: int = 1, month: str = "2025-06") -> list[dict]:
    return [cell(f"{month}-{1 + i % 28:02d}", "minutes", value=10 + i, rev=rev, role="learner",
                 age_band="8-11", module=f"pista/modulo-{i // 28}") for i in range(n)]


def site_totals(collector, kiosk) -> list[dict]:
    return collector.totals(site=kiosk.site)


def test_a_batch_is_stored_and_answered(collector):
    kiosk = FakeKiosk(collector).enrolled()
    reply = kiosk.post(batch_of(30))
    assert reply.status == 200, reply.text
    answer = reply.json()
    assert (answer["accepted"], answer["unchanged"], answer["rejected"]) == (30, 0, [])
    server_time = dt.datetime.fromisoformat(answer["server_time"])
    assert abs((dt.datetime.now(dt.UTC) - server_time).total_seconds()) < 60
    assert sum(t["value"] for t in site_totals(collector, kiosk)) == sum(10 + i for i in range(30))


def test_the_same_batch_five_times_changes_nothing(collector):
    kiosk = FakeKiosk(collector).enrolled()
    cells = batch_of(50)
    answers = [kiosk.post(cells).json() for _ in range(5)]  # five different Idempotency-Keys
    assert [(a["accepted"], a["unchanged"]) for a in answers] == [(50, 0)] + [(0, 50)] * 4
    assert sum(t["value"] for t in site_totals(collector, kiosk)) == sum(10 + i for i in range(50))


def test_the_same_batch_sent_concurrently_changes_nothing(collector):
    kiosk = FakeKiosk(collector).enrolled()
    cells = batch_of(200)
    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(lambda _: kiosk.post(cells), range(8)))
    assert [r.status for r in replies] == [200] * 8
    answers = [r.json() for r in replies]
    assert sum(a["accepted"] for a in answers) == 200  # each cell accepted exactly once
    assert all(a["accepted"] + a["unchanged"] == 200 for a in answers)
    before = site_totals(collector, kiosk)
    assert sum(t["value"] for t in before) == sum(10 + i for i in range(200))
    # the same Idempotency-Key from 8 threads: one answer, applied once
    newer = batch_of(200, rev=2)
    key = str(uuid.uuid4())
    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(lambda _: kiosk.post(newer, key=key), range(8)))
    assert [r.status for r in replies] == [200] * 8
    assert len({r.body for r in replies}) == 1
    assert replies[0].json()["accepted"] == 200
    assert site_totals(collector, kiosk) == before  # same values, only newer revisions


def test_an_older_revision_after_a_newer_one_loses_and_is_answered_stale(collector):
    kiosk = FakeKiosk(collector).enrolled()
    key = {"role": "teacher", "age_band": "adult"}
    assert kiosk.post([cell("2025-07-03", "sessions", value=10, rev=5, **key)]).json()["accepted"] == 1
    # A kiosk whose counter went back (restored, copied): never "unchanged", which would tell
    # it that the collector has its value.
    late = kiosk.post([cell("2025-07-03", "sessions", value=99, rev=3, **key)]).json()
    assert (late["accepted"], late["unchanged"], late["rejected"]) == (0, 0, [{"index": 0, "reason": "stale"}])
    same = kiosk.post([cell("2025-07-03", "sessions", value=98, rev=5, **key)]).json()
    assert (same["accepted"], same["rejected"]) == (0, [{"index": 0, "reason": "stale"}])  # an equal rev does not win either
    retry = kiosk.post([cell("2025-07-03", "sessions", value=10, rev=5, **key)]).json()
    assert (retry["accepted"], retry["unchanged"], retry["rejected"]) == (0, 1, [])  # a retry is unchanged
    assert [t["value"] for t in site_totals(collector, kiosk)] == [10]
    assert kiosk.post([cell("2025-07-03", "sessions", value=12, rev=6, **key)]).json()["accepted"] == 1
    assert [t["value"] for t in site_totals(collector, kiosk)] == [12]


def test_the_highest_revision_wins_inside_one_batch(collector):
    kiosk = FakeKiosk(collector).enrolled()
    cells = [cell("2025-07-04", value=v, rev=r) for v, r in ((5, 2), (7, 9), (6, 4))]
    answer = kiosk.post(cells).json()
    assert (answer["accepted"], answer["unchanged"]) == (1, 2)
    assert [t["value"] for t in site_totals(collector, kiosk)] == [7]


def test_dims_key_order_does_not_matter(collector):
    kiosk = FakeKiosk(collector).enrolled()
    body = kiosk.batch([])
    body["cells"] = [{"period": "2025-07-05", "metric": "visits", "value": 3, "rev": 1,
                      "dims": {"role": "learner", "age_band": "8-11"}}]
    assert kiosk.post([], body=body).json()["accepted"] == 1
    body["cells"] = [{"rev": 2, "value": 4, "dims": {"age_band": "8-11", "role": "learner"},
                      "metric": "visits", "period": "2025-07-05"}]
    assert kiosk.post([], body=body).json()["accepted"] == 1
    assert [t["value"] for t in site_totals(collector, kiosk)] == [4]


def test_a_replayed_idempotency_key_returns_the_first_answer(collector):
    kiosk = FakeKiosk(collector).enrolled()
    key = str(uuid.uuid4())
    cells = batch_of(10)
    first = kiosk.post(cells, key=key)
    again = kiosk.post(cells, key=key)
    assert first.status == again.status == 200
    assert first.json() == again.json()  # server_time included: the very first answer
    assert again.json()["accepted"] == 10
    # the same key with other cells is a client bug: refused, nothing applied
    other = kiosk.post(batch_of(10, rev=7, month="2025-08"), key=key)
    assert other.status == 422
    assert other.json()["error"] == "idempotency-key-reused"
    assert {t["period"] for t in site_totals(collector, kiosk)} == {"2025-06"}


def test_idempotency_keys_are_per_install(collector):
    one, two = FakeKiosk(collector).enrolled(), FakeKiosk(collector).enrolled()
    key = str(uuid.uuid4())
    assert one.post(batch_of(3), key=key).json()["accepted"] == 3
    assert two.post(batch_of(3), key=key).json()["accepted"] == 3


def test_bad_cells_are_rejected_one_by_one_in_a_200(collector):
    kiosk = FakeKiosk(collector).enrolled()
    today = today_in_paraguay()
    cells = [
        cell(str(today + dt.timedelta(days=3))),  # 0 period-in-future
        cell("2025-07-01", "clicks"),  # 1 unknown-metric
        cell("2019-12-31"),  # 2 period-too-old
        cell("2025-07-01", role="boss"),  # 3 bad-dims
        cell("2025-07-01", module="Juan Pérez"),  # 4 bad-dims: free text never gets in
        cell("2025-07-01", value=-1),  # 5 bad-value
        {**cell("2025-07-01"), "value": 1.5},  # 6 bad-value
        {**cell("2025-07-01"), "value": True},  # 7 bad-value
        {**cell("2025-07-01"), "rev": "3"},  # 8 bad-rev
        {**cell("2025-07-01"), "extra": 1},  # 9 bad-cell
        "not a cell",  # 10 bad-cell
        cell("2025-02-30"),  # 11 bad-period
        {**cell("2025-07-01"), "dims": {"name": "Ana"}},  # 12 bad-dims
        cell(str(today + dt.timedelta(days=1)), "sessions"),  # accepted: the kiosk may be a day ahead
        cell("2025-07-01", "learners_reached", module="internet-seguro/cuida-tus-secretos", role="parent",
             age_band="adult"),  # accepted
    ]
    reply = kiosk.post(cells)
    assert reply.status == 200, reply.text
    answer = reply.json()
    assert answer["rejected"] == [
        {"index": 0, "reason": "period-in-future"},
        {"index": 1, "reason": "unknown-metric"},
        {"index": 2, "reason": "period-too-old"},
        {"index": 3, "reason": "bad-dims"},
        {"index": 4, "reason": "bad-dims"},
        {"index": 5, "reason": "bad-value"},
        {"index": 6, "reason": "bad-value"},
        {"index": 7, "reason": "bad-value"},
        {"index": 8, "reason": "bad-rev"},
        {"index": 9, "reason": "bad-cell"},
        {"index": 10, "reason": "bad-cell"},
        {"index": 11, "reason": "bad-period"},
        {"index": 12, "reason": "bad-dims"},
    ]
    assert (answer["accepted"], answer["unchanged"]) == (2, 0)


@pytest.mark.parametrize("body, error", [
    (b"{not json", "malformed"),
    (b"\xff\xfe", "malformed"),
    (b"[" * 100_000, "malformed"),
    (b"[]", "malformed"),
    (json.dumps({"schema": "telecentro-counts/2", "cells": []}).encode(), "bad-schema"),
])
def test_malformed_bodies_are_400(collector, body, error):
    kiosk = FakeKiosk(collector).enrolled()
    reply = kiosk.post([], body=body)
    assert reply.status == 400
    assert reply.json()["error"] == error


def test_envelope_problems_are_400(collector):
    kiosk = FakeKiosk(collector).enrolled()
    good = kiosk.batch([cell("2025-07-01")])
    for body in ({**good, "cells": "x"}, {**good, "sent_at": "yesterday"}, {**good, "install_id": "x"},
                 {k: v for k, v in good.items() if k != "cells"}):
        assert kiosk.post([], body=body).status == 400, body
    for key in ("", "a b", "é", "x" * 101):
        reply = kiosk.post([cell("2025-07-01")], headers={"Idempotency-Key": key})
        assert reply.status == 400, key
        assert reply.json()["error"] == "bad-idempotency-key"
    assert site_totals(collector, kiosk) == []


def test_bad_tokens_are_401(collector):
    kiosk = FakeKiosk(collector).enrolled()
    url = f"{collector.base_url}/v1/counts"
    body = kiosk.batch([cell("2025-07-01")])
    for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Basic abc"},
                    {"Authorization": "Bearer wrong-token"}, {"Authorization": f"bearer {kiosk.token}x"}):
        reply = request("POST", url, body, {"Idempotency-Key": "k", **headers})
        assert reply.status == 401, headers
        assert reply.headers["www-authenticate"] == "Bearer"
    other = FakeKiosk(collector).enrolled()
    reply = kiosk.post([], body=other.batch([cell("2025-07-01")]))  # kiosk's token, other's install
    assert reply.status == 401
    assert reply.json()["error"] == "token-of-another-install"
    assert site_totals(collector, other) == []


def test_a_revoked_token_is_401(collector):
    kiosk = FakeKiosk(collector).enrolled()
    assert kiosk.post([cell("2025-07-01")]).status == 200
    done = collector.cli("revoke", "--token", kiosk.token)
    assert done.returncode == 0, done.stderr
    assert kiosk.post([cell("2025-07-01", rev=2)]).status == 401
    assert collector.cli("revoke", "--token", "no-such-token").returncode == 1


def test_over_the_size_limit_is_413(collector):
    kiosk = FakeKiosk(collector).enrolled()
    # 501 cells: small, but over the cell limit
    reply = kiosk.post(batch_of(501))
    assert reply.status == 413
    assert reply.json()["error"] == "too-many-cells"
    # a body over 1 MiB, declared
    big = kiosk.batch([cell("2025-07-01", module="a" * 60)] * 400)
    big["padding"] = "x" * (1024 * 1024)
    reply = kiosk.post([], body=big)
    assert reply.status == 413
    assert reply.json()["error"] == "too-large"
    assert site_totals(collector, kiosk) == []


def test_the_body_is_counted_while_read_not_trusted_from_headers(collector):
    kiosk = FakeKiosk(collector).enrolled()
    auth = f"Authorization: Bearer {kiosk.token}\r\nIdempotency-Key: {uuid.uuid4()}\r\n".encode()
    # Content-Length over the limit: refused before reading the body
    head = b"POST /v1/counts HTTP/1.1\r\nHost: x\r\n" + auth + b"Content-Length: 5000000\r\n\r\n"
    status, body = raw_request(collector.base_url, head, [b"{"])
    assert status == 413
    # no Content-Length at all (chunked): 2 MiB in 64 KiB chunks, refused while reading
    head = b"POST /v1/counts HTTP/1.1\r\nHost: x\r\n" + auth + b"Transfer-Encoding: chunked\r\n\r\n"
    piece = b" " * 65536
    chunks = [b"%x\r\n%s\r\n" % (len(piece), piece)] * 32 + [b"0\r\n\r\n"]
    status, body = raw_request(collector.base_url, head, chunks)
    assert status == 413
    assert json.loads(body)["error"] == "too-large"
    # a small chunked batch is fine
    data = json.dumps(kiosk.batch([cell("2025-07-01")])).encode()
    head = (b"POST /v1/counts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + auth.replace(
        b"Idempotency-Key: ", b"Idempotency-Key: x") + b"Transfer-Encoding: chunked\r\n\r\n")
    status, body = raw_request(collector.base_url, head, [b"%x\r\n%s\r\n0\r\n\r\n" % (len(data), data)])
    assert status == 200, body


def test_too_many_batches_from_one_install_is_429(collector_factory):
    server = collector_factory("--burst", "2", "--rate", "0.01")
    kiosk, other = FakeKiosk(server).enrolled(), FakeKiosk(server).enrolled()
    replies = [kiosk.post([cell("2025-07-01", value=r, rev=r)]) for r in (1, 2, 3)]
    assert [r.status for r in replies] == [200, 200, 429]
    assert replies[2].json()["error"] == "rate-limited"
    assert 1 <= int(replies[2].headers["retry-after"]) <= 100
    assert other.post([cell("2025-07-01")]).status == 200  # the buckets are per install
    assert [t["value"] for t in server.totals(site=kiosk.site)] == [2]  # the refused batch did nothing


def test_maintenance_is_503_with_retry_after(collector):
    kiosk = FakeKiosk(collector).enrolled()
    collector.maintenance(True, retry_after=120)
    try:
        reply = kiosk.post([cell("2025-07-01")])
        assert reply.status == 503
        assert reply.headers["retry-after"] == "120"
        assert reply.json()["error"] == "maintenance"
        assert request("GET", f"{collector.base_url}/").status == 503
        assert request("POST", f"{collector.base_url}/v1/enrol", {}).status == 503
        health = request("GET", f"{collector.base_url}/healthz")
        assert (health.status, health.json()["maintenance"]) == (200, True)
        collector.maintenance(True)
        assert kiosk.post([cell("2025-07-01")]).headers["retry-after"] == "300"
    finally:
        collector.maintenance(False)
    assert kiosk.post([cell("2025-07-01")]).status == 200


def test_maintenance_from_the_environment(collector_factory):
    server = collector_factory(env={"KIOSK_COLLECTOR_MAINTENANCE": "1"})
    reply = request("POST", f"{server.base_url}/v1/counts", {})
    assert reply.status == 503
    assert int(reply.headers["retry-after"]) > 0


def test_the_server_going_down_and_back(collector):
    kiosk = FakeKiosk(collector).enrolled()
    assert kiosk.post([cell("2025-07-01", value=3)]).status == 200
    url = collector.base_url
    collector.stop()
    with pytest.raises(ConnectionRefusedError):
        kiosk.post([cell("2025-07-01", value=4, rev=2)])
    collector.start()
    assert collector.base_url == url
    assert kiosk.post([cell("2025-07-01", value=4, rev=2)]).json()["accepted"] == 1
    assert [t["value"] for t in site_totals(collector, kiosk)] == [4]


def test_cells_are_applied_atomically_with_their_answer(collector):
    """Many installs at once, each a few batches: every cell is counted once."""
    kiosks = [FakeKiosk(collector).enrolled() for _ in range(4)]
    errors: list[str] = []

    def run(k: FakeKiosk) -> None:
        for rev in (1, 2, 3):
            r = k.post(batch_of(100, rev=rev))
            if r.status != 200:
                errors.append(r.text)

    threads = [threading.Thread(target=run, args=(k,)) for k in kiosks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for k in kiosks:
        assert sum(t["value"] for t in site_totals(collector, k)) == sum(10 + i for i in range(100))


def test_a_database_that_stays_locked_is_503_busy(tmp_path):
    """SQLite locked past its busy timeout (or PostgreSQL down): 503 + Retry-After, not a 500."""
    import sqlite3

    from tests.collector.harness import CollectorProcess

    db = tmp_path / "locked.sqlite3"
    server = CollectorProcess(f"sqlite:///{db}", tmp_path / "srv", env={"KIOSK_COLLECTOR_SQLITE_BUSY_MS": "200"})
    server.start()
    try:
        kiosk = FakeKiosk(server).enrolled()
        locker = sqlite3.connect(db, isolation_level=None)
        locker.execute("BEGIN IMMEDIATE")
        try:
            reply = kiosk.post([cell("2025-07-01")])
            assert reply.status == 503
            assert reply.json()["error"] == "busy"
            assert int(reply.headers["retry-after"]) > 0
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        assert kiosk.post([cell("2025-07-01")]).status == 200
    finally:
        server.close()


def test_overlapping_batches_in_any_order_at_once_all_succeed(collector):
    """Same keys, different orders and revisions, sent together: no deadlock, the highest rev wins."""
    kiosk = FakeKiosk(collector).enrolled()

    def batch(rev: int) -> list[dict]:
        cells = [cell(f"2025-08-{1 + i % 28:02d}", value=rev, rev=rev, module=f"pista/m-{i // 28}")
                 for i in range(300)]
        return cells if rev % 2 else cells[::-1]

    with ThreadPoolExecutor(6) as pool:
        replies = list(pool.map(lambda rev: kiosk.post(batch(rev)), range(1, 13)))
    assert [r.status for r in replies] == [200] * 12, [r.text for r in replies if r.status != 200]
    assert sum(t["value"] for t in site_totals(collector, kiosk)) == 12 * 300
