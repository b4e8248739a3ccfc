"""What every staff page is given: the signed-in staff member, the task runner, the back end
(through the worker-side reference) and the lesson catalog.

A page never touches the database itself: ``ctx.run(lambda backend: backend.reports.class_grid(...),
on_done)`` runs the function on the worker thread with the open ``Backend`` and calls
``on_done(result)`` back on the main thread.  Problems go to ``ctx.show_problem``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.content.model import Catalog
    from kiosk.backend import Backend
    from kiosk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class StaffMember:
    id: str
    display_name: str
    role: str  # "teacher" | "coordinator"

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


@dataclass
class StaffContext:
    staff: StaffMember
    tasks: TaskRunner
    db: Any  # kiosk.ui.main_window.BackendRef: .store is set on the worker thread
    catalog: Callable[[], Catalog | None]
    lang: str
    show_problem: Callable[[BaseException], None]
    session_id: str | None = None
    reload_catalog: Callable[[], None] | None = None  # read the lessons again (a pack was installed)

    def run(self, fn: Callable[[Backend], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        db = self.db
        self.tasks.run(lambda: fn(db.store), on_done, on_error or self.show_problem)
