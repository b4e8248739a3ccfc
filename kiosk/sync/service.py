"""The coordinator's sync operations, one method per use case (``backend.sync``).

The pieces underneath (``outbox``, ``client``, ``bundle``) stay usable on their own; this is
what the window, the CLI and the tests call, with the kiosk's home given once by the back end
(never derived from the database URL).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.people.site import SiteSettings
    from kiosk.store.store import Store
    from kiosk.sync.bundle import Exported
    from kiosk.sync.client import EnrolAnswer
    from kiosk.sync.sender import SendReport
    from kiosk.sync.outbox import OutboxRow, OutboxService, SyncStatus


class SyncService:
    def __init__(self, store: Store, home: Path, *, site: SiteSettings, outbox: OutboxService) -> None:
        self._store = store
        self.home = home
        self._site = site
        self.outbox = outbox

    def overview(self, include_sent: bool = False) -> tuple[SyncStatus, list[OutboxRow]]:
        """Bring the outbox up to date, then its status and the cells it holds (pending ones
        only unless ``include_sent``): the coordinator's "Envío de datos" page."""
        self.outbox.fill()
        return self.outbox.status(), self.outbox.cells(None if include_sent else ("pending",))

    def status(self) -> SyncStatus:
        self.outbox.fill()
        return self.outbox.status()

    def sender(self, **kwargs):
        """A ``Sender`` for this kiosk's outbox (the background timer keeps one)."""
        from kiosk.sync.sender import Sender

        kwargs.setdefault("home", self.home)
        return Sender(self._store, **kwargs)

    def enrol_request(self, server_url: str, code: str):
        """Enrolling in three steps for the lanes (database, network, database): the request."""
        from kiosk.sync.sender import enrol_request

        return enrol_request(self._store, self.home, server_url, code)

    def keep_enrolment(self, request, result):
        """The last step of enrolling across lanes: keep the token (or the code, offline)."""
        from kiosk.sync.sender import keep_enrolment

        return keep_enrolment(self._store, request, result)

    def send_now(self) -> SendReport:
        """Send until nothing is pending or a problem stops it ("Sincronizar ahora")."""
        return self.sender().sync()

    def enrol(self, server_url: str, code: str, *, now: datetime | None = None) -> EnrolAnswer:
        from kiosk.sync.sender import enrol

        return enrol(self._store, self.home, server_url, code, now=now)

    def export_bundle(self, folder: str | os.PathLike[str], *, now: datetime | None = None) -> Exported:
        from kiosk.sync.bundle import export_bundle

        return export_bundle(self._store, self.home, folder, now=now)


__all__ = ["SyncService"]
