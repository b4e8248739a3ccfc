"""POST /v1/enrol against a real collector: one-time codes, retries, reuse, revocation."""

from __future__ import annotations

import datetime as dt
import re
import uuid

from tests.collector.harness import FakeKiosk, cell, request, unique_site

CODE = re.compile(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")


def test_enrol_gives_a_token_bound_to_the_install(collector):
    kiosk = FakeKiosk(collector, site="Telecentro Enrol Ñemby " + uuid.uuid4().hex[:6])
    code = collector.enrol_code(kiosk.site)
    assert CODE.fullmatch(code)
    reply = kiosk.enrol(code)
    assert reply.status == 200, reply.text
    answer = reply.json()
    assert answer["site"] == kiosk.site
    assert answer["install_id"] == kiosk.install_id
    assert answer["site_code"].startswith("telecentro-enrol-nemby-")
    assert re.fullmatch(r"tci_[A-Za-z0-9_-]{43}", answer["token"])  # 256 bits, URL-safe base64
    assert kiosk.post([cell("2025-05-01")]).status == 200


def test_the_code_may_be_typed_loosely(collector):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    assert kiosk.enrol(" " + code.replace("-", " ").lower() + " ").status == 200


def test_a_wrong_code_is_401(collector):
    kiosk = FakeKiosk(collector)
    for code in ("ABCD-EFGH", "AAAA-AAAA", "", "X"):
        reply = kiosk.enrol(code) if code else request(
            "POST", f"{collector.base_url}/v1/enrol",
            {"code": "", "install_id": kiosk.install_id, "public_key": kiosk.public_key})
        assert reply.status == 401, (code, reply.text)
        assert reply.json()["error"] == "bad-code"


def test_an_expired_code_is_401(collector):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site, lifetime=-dt.timedelta(minutes=1))
    reply = kiosk.enrol(code)
    assert reply.status == 401
    assert reply.json()["error"] == "code-expired"


def test_a_used_code_cannot_enrol_another_install_409(collector):
    first = FakeKiosk(collector)
    code = collector.enrol_code(first.site)
    assert first.enrol(code).status == 200
    other = FakeKiosk(collector, site=first.site)
    reply = other.enrol(code)
    assert reply.status == 409
    assert reply.json()["error"] == "code-used"
    # the same install with another key (a copy of its id on another PC) cannot either
    thief = FakeKiosk(collector, site=first.site)
    thief.install_id = first.install_id
    assert thief.enrol(code).status == 409


def test_the_same_install_may_retry_and_gets_a_new_token(collector):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    assert kiosk.enrol(code).status == 200
    first_token = kiosk.token
    assert kiosk.enrol(code).status == 200  # the first answer was lost, say
    assert kiosk.token != first_token
    assert kiosk.post([cell("2025-05-01")]).status == 200
    assert kiosk.post([cell("2025-05-01")], token=first_token).status == 200


def test_malformed_enrolments_are_400(collector):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    url = f"{collector.base_url}/v1/enrol"
    good = {"code": code, "install_id": kiosk.install_id, "public_key": kiosk.public_key}
    for body in (
        b"not json",
        b"[]",
        {**good, "code": 12345678},
        {**good, "install_id": "not-a-uuid"},
        {**good, "public_key": "AAAA"},
        {**good, "public_key": "!!not base64!!"},
        {k: v for k, v in good.items() if k != "public_key"},
    ):
        reply = request("POST", url, body)
        assert reply.status == 400, (body, reply.text)
    assert kiosk.enrol(code).status == 200  # none of that used the code up


def test_revoked_install_cannot_retry_its_old_code_but_can_reenrol_with_a_new_one(collector):
    kiosk = FakeKiosk(collector).enrolled()
    new_code = collector.enrol_code(kiosk.site)  # the coordinator's next code
    done = collector.cli("revoke", "--install", kiosk.install_id)
    assert done.returncode == 0, done.stderr
    assert kiosk.post([cell("2025-05-01")]).status == 401
    kiosk2 = FakeKiosk(collector, site=kiosk.site)
    kiosk2.install_id, kiosk2.key = kiosk.install_id, kiosk.key
    # a new code from the coordinator trusts it again
    assert kiosk2.enrol(new_code).status == 200
    assert kiosk2.post([cell("2025-05-01")]).status == 200


def test_a_revoked_install_retrying_its_used_code_is_409(collector):
    kiosk = FakeKiosk(collector)
    code = collector.enrol_code(kiosk.site)
    assert kiosk.enrol(code).status == 200
    assert collector.cli("revoke", "--install", kiosk.install_id).returncode == 0
    reply = kiosk.enrol(code)
    assert reply.status == 409
    assert reply.json()["error"] == "install-revoked"


def test_an_install_cannot_move_to_another_site_with_a_new_code(collector):
    kiosk = FakeKiosk(collector).enrolled()
    reply = kiosk.enrol(collector.enrol_code(unique_site()))
    assert reply.status == 409
    assert reply.json()["error"] == "install-of-another-site"


def test_failed_enrolments_are_rate_limited_429(collector_factory):
    server = collector_factory("--enrol-fail-burst", "3", "--enrol-fail-rate", "0.01")
    kiosk = FakeKiosk(server)
    statuses = [kiosk.enrol("ZZZZ-ZZZZ").status for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    reply = kiosk.enrol(server.enrol_code(kiosk.site))  # even a good code waits now
    assert reply.status == 429
    assert int(reply.headers["retry-after"]) >= 1
