"""The enrolment-code limit is charged before the attempt: a flood of concurrent wrong codes from
one address gets only the burst's worth evaluated (issue 13, point 5), against a real collector."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections import Counter

from tests.collector.harness import FakeKiosk

FLOOD = 400
BURST = 20


async def _one(port: int, body: bytes, start: asyncio.Event) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await start.wait()  # every connection is open before the first request goes out
        writer.write(b"POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        await writer.drain()
        status_line = await reader.readline()
        await reader.read()
        return int(status_line.split()[1])
    finally:
        writer.close()


async def _flood(port: int, bodies: list[bytes]) -> list[int]:
    start = asyncio.Event()
    tasks = [asyncio.create_task(_one(port, body, start)) for body in bodies]
    await asyncio.sleep(0.5)
    start.set()
    return await asyncio.gather(*tasks)


def test_400_concurrent_wrong_codes_only_the_burst_is_evaluated(collector_factory):
    server = collector_factory("--enrol-fail-burst", str(BURST), "--enrol-fail-rate", "0.001")
    kiosk = FakeKiosk(server)
    code = server.enrol_code(kiosk.site)
    # wrong codes that look right (8 letters of the code alphabet), each from another "install"
    bodies = [json.dumps({"code": f"ZZZZ-{i:04d}".replace("0", "A").replace("1", "B"),
                          "install_id": str(uuid.uuid4()), "public_key": kiosk.public_key}).encode()
              for i in range(FLOOD)]
    statuses = Counter(asyncio.run(_flood(server.port, bodies)))
    # 401 bad-code: the code was looked up; 429: refused before any look-up
    assert statuses[401] + statuses[429] == FLOOD, statuses
    assert statuses[401] <= BURST + 1, statuses  # +1: the bucket refills 0.001 a second
    assert statuses[401] >= 1
    # and the right code waits too (the bucket is empty for this address) ...
    reply = kiosk.enrol(code)
    assert reply.status == 429 and int(reply.headers["retry-after"]) >= 1


def test_successful_enrolments_do_not_use_up_the_failure_budget(collector_factory):
    server = collector_factory("--enrol-fail-burst", "2", "--enrol-fail-rate", "0.001")
    for _ in range(5):  # more than the burst, all good: each gives its token back
        kiosk = FakeKiosk(server)
        assert kiosk.enrol().status == 200
    kiosk = FakeKiosk(server)
    assert [kiosk.enrol("ZZZZ-ZZZZ").status for _ in range(3)] == [401, 401, 429]


def test_malformed_enrolments_do_not_use_up_the_failure_budget(collector_factory):
    server = collector_factory("--enrol-fail-burst", "1", "--enrol-fail-rate", "0.001")
    kiosk = FakeKiosk(server)
    from tests.collector.harness import request

    for _ in range(3):
        assert request("POST", f"{server.base_url}/v1/enrol", b"not json").status == 400
    assert kiosk.enrol().status == 200
