"""Every rejection reason and error code the collector can give has words on the kiosk
(issue 13, point 5): in ``kiosk sync status`` (kiosk.sync.messages) and on the staff sync page.

The reasons are read from where they are defined -- PROTOCOL.md, openapi.yaml and the
collector's own source -- so a reason added there without words here fails this test.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kiosk.backend import Backend
from kiosk.collector import bundles
from kiosk.sync import messages
from kiosk.sync.outbox import OutboxService

REPO = Path(__file__).resolve().parents[2]
PROTOCOL = REPO / "kiosk" / "sync" / "PROTOCOL.md"
OPENAPI = REPO / "kiosk" / "collector" / "openapi.yaml"
COLLECTOR = REPO / "kiosk" / "collector"
# reasons other helpers of issue 13 add (bounds, restored homes): words before they land
NEW_REASONS = {"value-too-large", "day-total-too-large", "stale", "install-rewound"}
# codes in the documents that are not answers to a kiosk
NOT_REASONS = {"kiosk-collector"}
# site administration (kiosk-collector enrol-code): never an answer to a kiosk
ADMIN_ONLY = {"bad-site", "bad-site-code", "site-code-differs", "site-code-taken"}
KEBAB = r"[a-z]+(?:-[a-z]+)+"


def quoted(code: str, text: str) -> bool:
    """The code appears quoted in the sentence (English “…”, Spanish and Guaraní «…»)."""
    return f"“{code}”" in text or f"«{code}»" in text


def documented_codes() -> set[str]:
    """Every code marked as such in PROTOCOL.md and openapi.yaml."""
    found: set[str] = set()
    for path in (PROTOCOL, OPENAPI):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(rf"`(?:\d{{3}} )?({KEBAB})`", text))  # `bad-dims`, `400 bad-idempotency-key`
        found |= set(re.findall(r"`\d{3}`\s*`([a-z]+)`", text))  # `503` `maintenance`
        if path == OPENAPI:
            found |= set(re.findall(r"\(`([a-z]+)`[,)]", text))  # (`malformed`, ...), (`maintenance`)
    return (found | cell_reasons_documented()) - NOT_REASONS


def cell_reasons_documented() -> set[str]:
    spec = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    item = spec["components"]["schemas"]["BatchAnswer"]["properties"]["rejected"]["items"]
    found = set(item["properties"]["reason"].get("enum", []))
    # and the PROTOCOL.md sentences that list per-cell reasons
    for sentence in re.split(r"(?<=\.)\s", PROTOCOL.read_text(encoding="utf-8")):
        if re.search(r"per-cell reason", sentence, re.I):
            found |= set(re.findall(rf"`({KEBAB})`", sentence))
    return found


def cell_reasons_in_the_collector() -> set[str]:
    """The reasons the collector's cell checks return (``return "bad-…"`` in its source)."""
    found: set[str] = set()
    for path in COLLECTOR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if '"reason"' in text or "reason code" in text:
            found |= set(re.findall(rf'return "({KEBAB})"', text))
    return found


def error_codes_in_the_collector() -> set[str]:
    """The ``{"error": …}`` codes the collector's routes and accounts can answer."""
    found = {"unauthorized"}
    for path in COLLECTOR.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'error\(\s*\d{3},\s*"([a-z-]+)"', text))
        found |= set(re.findall(r'AccountError\(\s*\d{3},\s*"([a-z-]+)"', text))
        found |= set(re.findall(r'unauthorized\(\s*"([a-z-]+)"\s*\)', text))
    return found - ADMIN_ONLY


def bundle_reasons_in_the_collector() -> set[str]:
    text = (COLLECTOR / "bundles.py").read_text(encoding="utf-8")
    return set(re.findall(r'Refused\(\s*"([a-z-]+)"', text))


def page_words():
    """The staff page's reason and error words, without building the page."""
    from kiosk.ui.staff.sync import SyncPage

    class Words:
        reason_text = SyncPage.reason_text
        error_text = SyncPage.error_text

        @staticmethod
        def tr(text: str, _disambiguation: str = "", _n: int = -1) -> str:
            return text.replace("%n", str(_n))

    return Words()


def test_the_documents_are_read():
    # a sanity check of the parsing: some of the codes every version documents
    assert {"period-in-future", "bad-rev", "bad-cell"} <= cell_reasons_documented()
    assert {"code-used", "too-many-attempts", "idempotency-key-reused", "maintenance",
            "malformed"} <= documented_codes()
    assert {"bad-dims", "bad-value"} <= cell_reasons_in_the_collector()
    assert {"token-of-another-install", "bad-code"} <= error_codes_in_the_collector()


def test_every_per_cell_reason_has_words_in_sync_status_and_on_the_page():
    reasons = cell_reasons_documented() | cell_reasons_in_the_collector() | NEW_REASONS
    page = page_words()
    missing = sorted(r for r in reasons if r not in messages.REASONS)
    assert missing == [], f"per-cell reasons with no words in kiosk/sync/messages.py: {missing}"
    for reason in sorted(reasons):
        words = messages.reason_words(reason)
        assert not quoted(reason, words) and "does not know" not in words, reason
        assert page.reason_text(reason) == words, reason


def test_every_error_code_has_words():
    codes = documented_codes() | error_codes_in_the_collector() | NEW_REASONS
    bundle_only = bundle_reasons_in_the_collector()
    missing = sorted(c for c in codes
                     if c not in messages.SERVER_ERRORS and c not in messages.REASONS
                     and c not in bundles.MESSAGES)
    assert missing == [], f"codes with no words (kiosk/sync/messages.py SERVER_ERRORS): {missing}"
    # everything the collector can answer a kiosk has kiosk words ...
    for code in sorted(error_codes_in_the_collector() | NEW_REASONS):
        assert code in messages.SERVER_ERRORS, code
        assert not quoted(code, messages.server_error_words(code)), code
    # ... and every bundle refusal has words on the collector's page (Spanish)
    missing = sorted(bundle_only - set(bundles.MESSAGES))
    assert missing == [], f"bundle refusals with no words in kiosk/collector/bundles.py: {missing}"


def test_an_unknown_future_reason_or_code_is_quoted_in_a_sentence():
    words = messages.reason_words("cell-from-the-future-v9")
    assert quoted("cell-from-the-future-v9", words) and len(words) > 40
    assert page_words().reason_text("cell-from-the-future-v9") == words
    said = messages.server_error_words("brand-new-error")
    assert quoted("brand-new-error", said) and len(said) > 30


def test_the_page_adds_what_the_server_said_to_the_last_error():
    page = page_words()
    detail = {"detail": json.dumps({"error": "idempotency-key-reused", "detail": "…"}), "status": 422}
    said = f" — {messages.server_error_words('idempotency-key-reused')}"
    assert page.error_text("bad-request", detail).endswith(said)
    assert messages.error_words("bad-request", detail).endswith(said)
    # the same code twice says nothing more
    same = {"detail": json.dumps({"error": "unauthorized"}), "status": 401}
    assert page.error_text("unauthorized", same) == page.error_text("unauthorized", {"status": 401})


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=180)


@pytest.fixture
def home_with_every_refusal(tmp_path: Path):
    """A kiosk home whose outbox holds cells refused for every reason (and one unknown)."""
    from datetime import timedelta

    from kiosk.core.clock import utcnow

    from .conftest import LESSONS, lesson_day
    from .test_end_to_end import local_noon

    folder = tmp_path / "home"
    folder.mkdir()
    reasons = sorted(cell_reasons_documented() | cell_reasons_in_the_collector() | NEW_REASONS)
    reasons.append("cell-from-the-future-v9")
    with Backend.open(folder / "kiosk.sqlite3") as store:
        lucia = store.learners.register("Lucía", "tatu.svg", "8-11", "learner",
                                        now=utcnow() - timedelta(days=30))
        for offset in range(len(reasons) + 1, 0, -1):
            day = utcnow().date() - timedelta(days=offset)
            sid = store.progress.sign_in(lucia.id, now=local_noon(day))
            lesson_day(store, lucia.id, LESSONS[offset % 3], local_noon(day) + timedelta(minutes=1),
                       session_id=sid)
        outbox = OutboxService(store.db)
        outbox.fill()
        batch = outbox.take_batch()
        assert batch is not None and len(batch) >= len(reasons)
        outbox.settle(batch, list(enumerate(reasons)))
    return folder, reasons


def test_kiosk_sync_status_says_every_reason_in_words(home_with_every_refusal):
    folder, reasons = home_with_every_refusal
    status = kiosk("sync", "status", "--home", str(folder))
    assert status.returncode == 0, status.stderr
    lines = status.stdout.splitlines()
    refused = next(line for line in lines if line.startswith(("Datos rechazados:", "Figures refused:")))
    assert f": {len(reasons)} (" in refused
    for reason in reasons[:-1]:
        assert f": {reason}" not in refused and not quoted(reason, refused), (reason, refused)
    assert quoted("cell-from-the-future-v9", refused)
    assert refused.count("; ") == len(reasons) - 1


def test_kiosk_sync_status_says_what_the_server_said(home_with_every_refusal):
    folder, _reasons = home_with_every_refusal
    with Backend.open(folder / "kiosk.sqlite3") as store:
        OutboxService(store.db).record_failure(
            "bad-request", {"detail": json.dumps({"error": "bad-schema"}), "status": 400})
    out = kiosk("sync", "status", "--home", str(folder)).stdout
    last = next(line for line in out.splitlines() if line.startswith(("Último error", "Last error")))
    assert "bad-schema" not in last and "bad-request" not in last
    assert messages.SERVER_ERRORS["bad-schema"] in last or "protocolo" in last, last
