"""What one send of the outbox did (``kiosk.sync.sender``): a module of its own so that the
sync timer can say "not enrolled" without loading the sender (and SQLAlchemy, issue 14.5)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# One send at a time per process (``kiosk.sync.sender``, ``kiosk.ui.sync_lanes``).
SEND_LOCK = threading.Lock()


@dataclass
class SendReport:
    """What one ``send_once``/``sync`` did (for the UI, the CLI and the tests)."""

    outcome: str = "idle"  # ok | idle | offline | failed
    batches: int = 0
    sent: int = 0
    accepted: int = 0  # taken by the collector (new, or "unchanged": it had them already)
    unchanged: int = 0  # of which the collector already had that revision
    rejected: int = 0
    rejected_reasons: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    error_detail: dict[str, Any] = field(default_factory=dict)
    pending_left: int = 0
    next_attempt_at: datetime | None = None

    @property
    def everything_accepted(self) -> bool:
        return self.error is None and self.rejected == 0 and self.pending_left == 0 \
            and self.outcome in ("ok", "idle")
