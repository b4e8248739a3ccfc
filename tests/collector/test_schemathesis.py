"""The OpenAPI document (kiosk/collector/openapi.yaml) against a live collector, with Schemathesis.

A real collector process on 127.0.0.1 (harness.py), on SQLite and on PostgreSQL like the other
collector tests, each on a database of its own.  A site, an admin token and an enrolled install exist first, so the routes
that need a token are tried with valid tokens too (and /v1/counts with the install's own id in
the body, /v1/enrol with the install's own code, key and id: a retry answers 200).  Every
operation of the document gets a bounded, derandomized number of generated requests, valid
ones (positive) and invalid ones (negative), and each answer must pass Schemathesis' checks:
no server error (5xx), a status code the document lists, the content type it names, a body
that matches its schema.  One test per database; it fails listing every operation that broke.

The collector runs with rate limits high enough that generated requests are not all answered
429 (a 429 is documented, but it would hide what lies behind it).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis  # the dev extra (pyproject.toml): `./dev test` installs it
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.collector.harness import POSTGRES_ENV, CollectorProcess, FakeKiosk, _postgres_schema_url, unique_site

DOCUMENT = Path(__file__).resolve().parents[2] / "kiosk" / "collector" / "openapi.yaml"
# per operation and generation mode; KIOSK_SCHEMATHESIS_EXAMPLES=500 for a longer search by hand
EXAMPLES = int(os.environ.get("KIOSK_SCHEMATHESIS_EXAMPLES", "30"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance]
APPLIED = -1  # in an operation's statuses: a batch had cells applied (not only rejected)
GENEROUS = ("--rate", "1000", "--burst", "100000", "--enrol-fail-rate", "1000", "--enrol-fail-burst", "100000")


def _tokens_for(operation: Any, admin: str, install: str) -> dict[str, str]:
    """The Authorization header an operation's ``security`` asks for (none: no header)."""
    names = {name for requirement in operation.definition.raw.get("security", []) for name in requirement}
    if "admin" in names:
        return {"Authorization": f"Bearer {admin}"}
    if "install" in names:
        return {"Authorization": f"Bearer {install}"}
    return {}


def _own_values(operation: Any, kiosk: FakeKiosk, code: str, admin: str):
    """For a valid (positive) case: now and then put the enrolled install's own values in the
    body, so that the answers behind the checks (200 with a BatchAnswer, 200 with an
    EnrolAnswer, a bundle read with a right admin token) are generated too."""
    path, method = operation.path, operation.method.upper()

    def change(case: Any, own: bool, days_ago: int) -> Any:
        if not own or not isinstance(case.body, dict):
            return case
        if (method, path) == ("POST", "/v1/counts"):  # recent days: the cells are applied
            day = (dt.date.today() - dt.timedelta(days=days_ago)).isoformat()
            cells = [{**c, "period": day} if isinstance(c, dict) else c for c in case.body.get("cells", [])]
            case.body = {**case.body, "install_id": kiosk.install_id, "cells": cells}
        elif (method, path) == ("POST", "/v1/enrol"):
            case.body = {**case.body, "code": code, "install_id": kiosk.install_id, "public_key": kiosk.public_key}
        elif (method, path) == ("POST", "/paquetes"):
            case.body = {**case.body, "token": admin}
        return case

    return change


def _run_operation(operation: Any, mode: Any, base_url: str, headers: dict[str, str], kiosk: FakeKiosk,
                   code: str, admin: str, statuses: set[int], examples: int = EXAMPLES,
                   checks: list[Any] = CHECKS) -> list[str]:
    """Generated requests to one operation; the failures found (each distinct text once).
    ``statuses`` gets every status code answered."""
    failures: list[str] = []
    strategy = operation.as_strategy(generation_mode=mode, headers=headers or None)
    if mode.is_positive:
        strategy = st.builds(_own_values(operation, kiosk, code, admin), strategy, st.booleans(),
                             st.integers(0, 60))

    @settings(max_examples=examples, derandomize=True, database=None, deadline=None,
              phases=[Phase.explicit, Phase.generate],  # no shrinking: the first failure is reported
              suppress_health_check=list(HealthCheck), report_multiple_bugs=False)
    @given(case=strategy)
    def run(case: Any) -> None:
        try:
            response = case.call(base_url=base_url, headers=headers, timeout=30)
            statuses.add(response.status_code)
            if response.status_code == 200 and operation.path == "/v1/counts" and response.json()["accepted"]:
                statuses.add(APPLIED)
            case.validate_response(response, checks=checks, headers=headers)
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - Schemathesis: FailureGroup; all are reported
            text = str(exc).strip()
            if text not in failures and len(failures) < 3:  # the first few tell enough
                failures.append(text)

    try:
        run()
    except Unsatisfiable:
        if mode.is_positive:
            raise
        return []  # no parameter and no body: no invalid request to make (e.g. GET /healthz)
    return failures


@pytest.fixture(params=["sqlite", "postgresql"])
def fuzzed_collector(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CollectorProcess]:
    """A collector on a database of its own (what the generated requests write stays out of the
    other tests' database): SQLite, and PostgreSQL when KIOSK_TEST_POSTGRES_URL is set, in a
    schema made and dropped here, as conftest.py does."""
    drop = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'collector.sqlite3'}"
    else:
        base = os.environ.get(POSTGRES_ENV)
        if not base:
            pytest.skip(f"PostgreSQL variant: {POSTGRES_ENV} is not set")
        from sqlalchemy import create_engine, text

        schema = f"kiosk_fuzz_{uuid.uuid4().hex[:12]}"
        admin = create_engine(_postgres_schema_url(base, "public"))
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = _postgres_schema_url(base, schema)

        def drop() -> None:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
    server = CollectorProcess(url, tmp_path / "collector", *GENEROUS)
    try:
        server.start()
        yield server
    finally:
        server.close()
        if drop is not None:
            drop()


def test_the_collector_does_what_its_openapi_document_says(fuzzed_collector: CollectorProcess):
    server = fuzzed_collector
    site = unique_site("Schemathesis")
    kiosk = FakeKiosk(server, site)
    code = server.enrol_code(site)
    assert kiosk.enrol(code).status == 200
    admin = server.admin_token()
    # something to total: the totals and the public page have rows to show
    recent = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    reply = kiosk.post([{"period": recent, "metric": "visits", "value": 7, "rev": 1,
                         "dims": {"role": "learner", "age_band": "8-11"}}])
    assert reply.status == 200, reply.text

    schema = schemathesis.openapi.from_path(DOCUMENT)
    operations = [result.ok() for result in schema.get_all_operations()]
    problems: dict[str, list[str]] = {}
    answered: dict[str, set[int]] = {}
    for operation in operations:
        headers = _tokens_for(operation, admin, kiosk.token or "")
        statuses = answered.setdefault(operation.label, set())
        runs = [(mode.value, mode, headers) for mode in schemathesis.GenerationMode]
        if headers:  # and without a token at all: 401
            runs.append(("no token", schemathesis.GenerationMode.POSITIVE, {}))
        for name, mode, sent in runs:
            found = _run_operation(operation, mode, server.base_url, sent, kiosk, code, admin, statuses)
            if found:
                problems[f"{operation.label} ({name})"] = found
    # The generated batches reach "applied" only when Hypothesis happens to pick the kiosk's own
    # values with cells the collector takes (it did in one process, not in an xdist worker): one
    # written batch through the same Case, call and checks makes sure that answer is checked too.
    counts = next(op for op in operations if op.label == "POST /v1/counts")
    if APPLIED not in answered[counts.label]:
        day = (dt.date.today() - dt.timedelta(days=2)).isoformat()
        sent = {**_tokens_for(counts, admin, kiosk.token or ""), "Idempotency-Key": str(uuid.uuid4())}
        case = counts.Case(body=kiosk.batch([{"period": day, "metric": "visits", "value": 2, "rev": 1_000_000,
                                              "dims": {"role": "learner", "age_band": "8-11"}}]),
                           headers=sent, media_type="application/json")
        response = case.call(base_url=server.base_url, headers=sent, timeout=30)
        case.validate_response(response, checks=CHECKS, headers=sent)
        if response.status_code == 200 and response.json()["accepted"]:
            answered[counts.label].add(APPLIED)
    # in maintenance every operation but /healthz and the document answers 503 + Retry-After, as
    # documented (so here a 503 is no server error)
    server.maintenance(True, retry_after=120)
    in_maintenance: dict[str, set[int]] = {}
    try:
        for operation in operations:
            statuses = in_maintenance.setdefault(operation.label, set())
            found = _run_operation(operation, schemathesis.GenerationMode.POSITIVE, server.base_url,
                                   _tokens_for(operation, admin, kiosk.token or ""), kiosk, code, admin, statuses,
                                   examples=5, checks=CHECKS[1:])
            if found:
                problems[f"{operation.label} (in maintenance)"] = found
    finally:
        server.maintenance(False)
    report = "\n\n".join(f"== {label}\n" + "\n--\n".join(texts) for label, texts in problems.items())
    assert not problems, f"the collector and openapi.yaml disagree:\n{report}\n\n{server.log_tail(40)}"

    # every operation of the document was tried, and the valid tokens reached what lies behind them
    assert len(answered) >= 8, sorted(answered)
    for label in ("POST /v1/enrol", "POST /v1/counts", "GET /v1/totals", "GET /", "GET /totales.csv"):
        assert 200 in answered[label], (label, answered[label])
    assert {400, 401} <= answered["POST /v1/counts"] and 400 in answered["POST /v1/enrol"], answered
    assert 401 in answered["GET /v1/totals"] and 422 in answered["POST /paquetes"], answered
    assert APPLIED in answered["POST /v1/counts"], answered
    for label, statuses in in_maintenance.items():
        open_in_maintenance = label in ("GET /healthz", "GET /v1/openapi.yaml")
        assert (503 in statuses) != open_in_maintenance, (label, statuses)
