"""The back end: the domain services over one database, wired with explicit dependencies.

``open_backend(config)`` is the one way in, for the window, the CLI, the demo, the benchmarks
and the tests alike (Anki's ``Collection`` is the model; ``kiosk.store`` is only the database
underneath, like Anki's ``DBProxy``).  A service is built on first use, so start-up pays only
for what the sign-in screen needs (learners and progress).

The window never holds a ``Backend`` on the UI thread: pages hand a function of the back end
to the task runner (``ctx.run(lambda backend: backend.reports.class_grid(...))``), which calls
it on the worker with the open back end and returns the result on the main thread.  Those
functions call application operations (service methods, one per use case), never the
database underneath.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from kiosk.core.ids import DeviceId
from kiosk.learning.progress import ProgressService
from kiosk.people.learners import LearnerService
from kiosk.store.store import Store

if TYPE_CHECKING:
    from kiosk.attendance.service import AttendanceService
    from kiosk.config import Config
    from kiosk.learning.assignments import AssignmentService
    from kiosk.learning.for_you import ForYou
    from kiosk.learning.gallery import GalleryService
    from kiosk.learning.reports import ReportService
    from kiosk.people.classes import ClassService
    from kiosk.people.learner_admin import LearnerAdmin
    from kiosk.people.picture_password import PicturePasswordService
    from kiosk.people.roster_import import RosterService
    from kiosk.people.site import SiteConfig, SiteSettings
    from kiosk.people.staff import SignInOutcome, StaffService
    from kiosk.store.quick import SignInRoster
    from kiosk.store.recovery import Backups
    from kiosk.sync.outbox import OutboxService
    from kiosk.sync.report import SendReport
    from kiosk.sync.service import SyncService


class Backend:
    """Open with ``open_backend(config)`` (or ``Backend.open(db_path)``); ``close()`` when done."""

    def __init__(self, db: Store, home: Path | None = None) -> None:
        self.db = db
        self.home = home if home is not None else db.path.parent
        self.learners = LearnerService(db)
        self.progress = ProgressService(db)

    @classmethod
    def open(cls, db_path: Path, *, home: Path | None = None) -> Backend:
        """Open (creating and migrating if needed) the database at ``db_path``."""
        if home is not None:  # checked, recovered from a backup when damaged (issue 14)
            from kiosk.store.recovery import open_store

            store = open_store(Path(db_path), home)
        else:
            store = Store.open(Path(db_path))
        if home is not None:
            try:
                # Before anything is written: a copied disk image becomes an install of its own.
                from kiosk.sync.identity import check_machine

                check_machine(store, home)
                _after_restore(store, home)
            except BaseException:
                store.close()
                raise
        return cls(store, home)

    @classmethod
    def open_read_only(cls, db_path: Path, *, home: Path | None = None) -> Backend:
        """The back end over ``Store.open_read_only``: for exports, reports and status only
        (never creates, migrates or writes; no machine check, which may write)."""
        return cls(Store.open_read_only(Path(db_path)), home)

    @property
    def device_id(self) -> DeviceId:
        return self.db.device_id

    # -- services, built on first use with what they depend on -----------------------------
    @cached_property
    def site(self) -> SiteSettings:
        """Site settings (name, code, idle minutes, picture passwords, goals...)."""
        from kiosk.people.site import SiteSettings

        return SiteSettings(self.db)

    @cached_property
    def staff(self) -> StaffService:
        from kiosk.people.staff import StaffService

        return StaffService(self.db)

    @cached_property
    def classes(self) -> ClassService:
        from kiosk.people.classes import ClassService

        return ClassService(self.db)

    @cached_property
    def learner_admin(self) -> LearnerAdmin:
        """The staff's edits of learner profiles: rename, archive, restore, merge, delete."""
        from kiosk.people.learner_admin import LearnerAdmin
        from kiosk.sync.outbox_cells import touch

        return LearnerAdmin(self.db, recount=touch)

    @cached_property
    def roster(self) -> RosterService:
        """Lists of learners from CSV: preview, then import all or nothing."""
        from kiosk.people.roster_import import RosterService

        return RosterService(self.db)

    @cached_property
    def pictures(self) -> PicturePasswordService:
        """Picture passwords (4 of 12 pictures), when the site turned them on; a teacher's
        confirmation is checked by ``staff`` (its lock-out applies)."""
        from kiosk.people.picture_password import PicturePasswordService

        return PicturePasswordService(self.db, self.site, self.learners, lambda: self.staff)

    @cached_property
    def assignments(self) -> AssignmentService:
        from kiosk.learning.assignments import AssignmentService

        return AssignmentService(self.db)

    @cached_property
    def gallery(self) -> GalleryService:
        """Each learner's own drawings (the coding studio's gallery); never synced."""
        from kiosk.learning.gallery import GalleryService

        return GalleryService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from kiosk.learning.reports import ReportService

        return ReportService(self.db)

    @cached_property
    def attendance(self) -> AttendanceService:
        from kiosk.attendance.service import AttendanceService

        return AttendanceService(self.db, classes=self.classes, site=self.site)

    @cached_property
    def outbox(self) -> OutboxService:
        """The counts waiting to leave the PC (``kiosk.sync``)."""
        from kiosk.sync.outbox import OutboxService

        return OutboxService(self.db)

    @cached_property
    def sync(self) -> SyncService:
        """Enrolment, sending, USB bundles: the coordinator's sync operations."""
        from kiosk.sync.service import SyncService

        return SyncService(self.db, self.home, site=self.site, outbox=self.outbox)

    @cached_property
    def backups(self) -> Backups:
        """Backups of this home and the recovery notices (``kiosk.store.recovery``)."""
        from kiosk.store.recovery import Backups

        return Backups(self.home, self.db.path)

    # -- the learner's path: plain sqlite3 (kiosk.store.lite), never SQLAlchemy (issue 14.5) ---
    # ``progress``, ``learners`` (list, get, language) and ``site`` (snapshot) are on it too.
    def sign_in_roster(self) -> SignInRoster:
        """The sign-in screen's learners, classes and class in session (the start-up's
        ``kiosk.store.quick`` read, in a read transaction of the store)."""
        from kiosk.store.quick import roster_from

        with self.db.lite.reading() as conn:
            return roster_from(conn)

    def for_you(self, learner_id: str) -> list[ForYou]:
        """The learner's "Para vos" list (``AssignmentService.for_learner``)."""
        from kiosk.learning.for_you import for_learner

        return for_learner(self.db.lite, learner_id)

    def site_and_staff_count(self) -> tuple[SiteConfig, int]:
        """The site's settings and how many staff members are active (none: the first run)."""
        from kiosk.store.quick import active_staff_count

        with self.db.lite.reading() as conn:
            count = active_staff_count(conn)
        return self.site.snapshot(), count

    def not_enrolled_report(self) -> SendReport | None:
        """What the sender would say now when this kiosk is not enrolled ("offline",
        "not-enrolled", the cells waiting; its outbox filled first, once per database, as the
        sender does), made without loading it; None when the sender must run (enrolled).  The sync
        timer looks every minute: a kiosk that is not enrolled never loads the sender and its
        HTTP client for it."""
        from kiosk.sync.report import SendReport

        outbox = self.outbox
        if outbox.enrolment() is not None:
            return None
        outbox.fill()  # once per database, as the sender's first step
        return SendReport(outcome="offline", error="not-enrolled", pending_left=outbox.pending_count())

    # -- operations that span services -----------------------------------------------------
    def set_up_kiosk(self, site_name: str, coordinator_name: str, secret: str, **settings: Any) -> SignInOutcome:
        """The first run: the site's settings (its name, and ``settings`` such as ``site_code``,
        ``idle_minutes``, ``default_language``), its first coordinator, who is then signed in,
        and the coordinator's one-time recovery code (``outcome.recovery_code``, shown once).

        The settings are checked and written first (nothing is written when one is refused);
        ``Refused`` (``already-set-up``) when someone set the kiosk up meanwhile."""
        from dataclasses import replace

        from kiosk.core.errors import Code, Refused

        if self.staff.count_active():
            raise Refused(Code.ALREADY_SET_UP)
        changes = dict(settings)
        if site_name:
            changes["site_name"] = site_name
        if changes:
            self.site.update(**changes)
        info = self.staff.create(coordinator_name, "coordinator", secret)
        outcome = self.staff.sign_in(info.id, secret)
        return replace(outcome, recovery_code=self.staff.issue_recovery_code(info.id))

    def certificate_place(self) -> tuple[str, Path]:
        """The site's name printed on a certificate, and the folder certificates are saved in."""
        return self.site.site_name, self.home / "certificates"

    # -- life cycle ------------------------------------------------------------------------
    def close(self) -> None:
        from kiosk.store.health import close_cleanly

        close_cleanly(self.db)  # checkpoint, and the running marker goes

    def __enter__(self) -> Backend:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _after_restore(store: Store, home: Path) -> None:
    """A backup was just restored (``kiosk.store.recovery``): when a collector may know this
    install, it becomes a new one at once (issue 13's ``rewind``, from now: every fact in the
    backup stays with the old install, whose figures the collector already has), so
    no revision the collector already holds is ever sent again with another value -- also by a
    kiosk that only sends USB bundles and would otherwise learn of the fork only online."""
    notice = getattr(store, "restored_from", None)
    if notice is None:
        return
    from sqlalchemy import text

    from kiosk.core.clock import utcnow
    from kiosk.sync.identity import rewind

    with store.reading() as session:
        token, code, bundled = session.connection().execute(text(
            "SELECT token, offline_code, last_bundle_at FROM sync_state WHERE id = 1")).one()
    if token or (code and bundled):
        rewind(store, home, utcnow())


def open_backend(config: Config, *, read_only: bool = False) -> Backend:
    """The whole back end of the kiosk whose home is ``config.home``; ``read_only`` for work
    that only reads (exports, reports, sync status): ``Backend.open_read_only``."""
    if read_only:
        return Backend.open_read_only(config.db_path, home=config.home)
    return Backend.open(config.db_path, home=config.home)


__all__ = ["Backend", "open_backend"]
