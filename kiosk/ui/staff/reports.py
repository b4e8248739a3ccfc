"""Reports (Kolibri's coach reports, made for a telecenter's 1366x768 screen).

Choose a class (and a module, or all of them), then one of four views:

* **Progress**: the class grid, learners x lessons.  Every cell has a symbol AND a colour
  (✓ done with its best score, ◐ in progress, – not started).  A click on a name opens the
  learner's page; a click on a cell opens it on that lesson's answers.
* **Difficult questions**: the questions most missed at the first try, with the wrong answers
  chosen most, written out from the lesson files.
* **Modules**: per module, how many learners of the class completed it (bars).
* **Assign**: give modules to the whole class or to chosen learners, with an optional due
  date; the class's current assignments, each with "Remove".

The learner's page shows time spent, lessons, every answer, and "Print certificate" for each
module completed.  All data comes from ``store.reports`` / ``store.assignments`` through
``ctx.run`` (the worker thread); this file only shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.activities import normalise_stored
from kiosk.core.clock import to_local
from kiosk.learning.assignments import local_today
from kiosk.learning.catalog_view import sensitive_lessons
from kiosk.learning.reports import (
    ClassChoice,
)
from kiosk.ui.errors import user_error_text
from kiosk.ui.staff.certificate import certificate_document
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.report_assign import AssignView
from kiosk.ui.staff.report_common import VIEWS, Texts, long_date
from kiosk.ui.staff.report_grid import GridView
from kiosk.ui.staff.report_learner import LearnerView
from kiosk.ui.staff.report_views import CompletionView, DifficultView, private_questions
from kiosk.ui.widgets.common import button, label


class SidewaysScroll(QScrollArea):
    """Scrolls its view sideways only: as tall as the view needs (the page scrolls down, as
    before), never wider than the room."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        view = self.widget()
        need = view.minimumSizeHint().expandedTo(view.minimumSize()).height() if view is not None else 0
        return QSize(120, need + self.horizontalScrollBar().sizeHint().height())


class ReportsPage(QWidget):
    loaded = Signal(str)  # a view finished showing new data: "grid", "learner", ...

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self.lang = ctx.lang
        self.classes: list[ClassChoice] = []
        self.members: list[tuple[str, str, str]] = []
        self._tokens: dict[str, int] = {}
        self.last_certificate: Path | None = None
        self.preview: Any = None  # the certificate last shown (a PdfPreview)
        self._texts = Texts(ctx.catalog(), self.lang, self)

        col = QVBoxLayout(self)
        col.setContentsMargins(12, 12, 12, 12)
        col.setSpacing(10)
        self.choosers = QWidget()
        top = QGridLayout(self.choosers)  # one row, or two when narrow (1024x600): _place_choosers
        self._top = top
        top.setContentsMargins(0, 0, 0, 0)
        top.setHorizontalSpacing(12)
        top.setVerticalSpacing(6)
        self._class_label = label(self.tr("Class"), "fieldLabel", wrap=False)
        self.class_box = QComboBox()
        self.class_box.setMinimumWidth(260)
        self.class_box.setAccessibleName(self.tr("Class"))
        self._module_label = label(self.tr("Module"), "fieldLabel", wrap=False)
        self.module_box = QComboBox()
        self.module_box.setMinimumWidth(320)
        self.module_box.setAccessibleName(self.tr("Module"))
        self.refresh_button = button(self.tr("Refresh"), "quiet", "intentar.svg")
        self.refresh_button.clicked.connect(self.reload)
        self._one_row: bool | None = None
        self._place_choosers(False)
        col.addWidget(self.choosers)

        segments = QHBoxLayout()
        segments.setContentsMargins(0, 0, 0, 0)
        segments.setSpacing(0)
        self.segment_group = QButtonGroup(self)
        self.segment_group.setExclusive(True)
        self.segments: dict[str, Any] = {}
        names = {
            "grid": self.tr("Progress"),
            "difficult": self.tr("Difficult questions"),
            "modules": self.tr("Modules"),
            "assign": self.tr("Assign"),
        }
        for position, key in enumerate(VIEWS):
            seg = button(names[key], "segment")
            seg.setCheckable(True)
            seg.setProperty("position", "first" if position == 0 else "last" if position == len(VIEWS) - 1 else "middle")
            seg.clicked.connect(lambda _=False, k=key: self.show_view(k))
            self.segment_group.addButton(seg)
            self.segments[key] = seg
            segments.addWidget(seg)
        segments.addStretch(1)
        self.segment_row = QWidget()
        self.segment_row.setLayout(segments)
        col.addWidget(self.segment_row)

        self.empty = label("", "hint")
        self.empty.hide()
        col.addWidget(self.empty)
        self.stack = QStackedWidget()
        self.grid_view = GridView()
        self.learner_view = LearnerView(self.lang)
        self.difficult_view = DifficultView()
        self.completion_view = CompletionView()
        self.assign_view = AssignView(self.lang)
        for view in (self.grid_view, self.learner_view, self.difficult_view, self.completion_view, self.assign_view):
            self.stack.addWidget(view)
        # only the view shown sizes the stack; a view wider than the room (the progress grid at
        # 1024x600) scrolls sideways inside this area, the page never does
        self.stack.currentChanged.connect(self._size_views)
        self._size_views()
        self.stack_scroll = SidewaysScroll()
        self.stack_scroll.setWidget(self.stack)
        self.stack_scroll.setWidgetResizable(True)
        self.stack_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        col.addWidget(self.stack_scroll, 1)

        self.grid_view.learner_chosen.connect(self.open_learner)
        self.learner_view.back.connect(lambda: self.show_view("grid"))
        self.learner_view.certificate_requested.connect(self.print_certificate)
        self.difficult_view.scope_changed.connect(lambda: self.show_view("difficult"))
        self.assign_view.assign_requested.connect(self.assign)
        self.assign_view.unassign_requested.connect(self.unassign)

        self.view = "grid"
        self.segments["grid"].setChecked(True)
        self._fill_modules()
        self.class_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.module_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.load_classes()

    # -- choices ---------------------------------------------------------------------------
    @property
    def texts(self) -> Texts:
        """The one ``Texts`` of this page, on the catalog loaded now.  One long-lived object:
        callbacks that travel through the task runner must never hold the last reference to a
        QObject (it could then be destroyed on the worker thread)."""
        self._texts.catalog = self.ctx.catalog()
        return self._texts

    def _fill_modules(self) -> None:
        self.module_box.blockSignals(True)
        self.module_box.clear()
        self.module_box.addItem(self.tr("All modules"), None)
        for module in self.texts.modules():
            self.module_box.addItem(module.title(self.lang), module.id)
        self.module_box.blockSignals(False)

    def load_classes(self) -> None:
        self.ctx.run(lambda backend: backend.reports.class_choices(), self._classes_loaded)

    def _classes_loaded(self, classes: list[ClassChoice]) -> None:
        current = self.class_id
        self.classes = classes
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for choice in classes:
            self.class_box.addItem(self.tr("{name} ({count})").format(name=choice.name, count=choice.members), choice.id)
        ids = [c.id for c in classes]
        self.class_box.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.class_box.blockSignals(False)
        has_classes = bool(classes)
        self.empty.setText(self.tr("There are no classes yet. Create one on the Classes page and add learners to it."))
        self.empty.setVisible(not has_classes)
        self.stack.setVisible(has_classes)
        self.segment_row.setVisible(has_classes)
        if has_classes:
            self.show_view(self.view if self.view != "learner" else "grid")

    @property
    def class_id(self) -> str | None:
        return self.class_box.currentData() if self.class_box.count() else None

    @property
    def module_id(self) -> str | None:
        return self.module_box.currentData()

    def lesson_ids(self) -> list[str]:
        modules = self.texts.modules()
        if self.module_id is not None:
            modules = [m for m in modules if m.id == self.module_id]
        return [lesson_id for m in modules for lesson_id in m.lesson_ids]

    def reload(self) -> None:
        if self.view == "learner" and self.learner_view.detail is not None:
            self.open_learner(self.learner_view.detail.learner_id, self.learner_view.lesson_filter)
        else:
            self.show_view(self.view)

    def _request(self, key: str, fn: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        """Run ``fn(backend)`` on the worker; ``done(result)`` only if no newer request for the
        same view was made meanwhile (a fast teacher changing classes never sees old data)."""
        token = self._tokens.get(key, 0) + 1
        self._tokens[key] = token

        def deliver(result: Any) -> None:
            if self._tokens.get(key) == token:
                done(result)
                self.loaded.emit(key)

        self.ctx.run(fn, deliver)

    # -- views ----------------------------------------------------------------------------
    def _show_choosers(self, shown: bool) -> None:
        """The learner's page hides the class and view choosers (it has "Back")."""
        self.choosers.setVisible(shown)
        self.segment_row.setVisible(shown and bool(self.classes))

    def _place_choosers(self, one_row: bool) -> None:
        """Class and module side by side when the page is wide, one under the other when not."""
        if one_row == self._one_row:
            return
        self._one_row = one_row
        top = self._top
        for widget in (self._class_label, self.class_box, self._module_label, self.module_box, self.refresh_button):
            top.removeWidget(widget)
        for column in range(6):
            top.setColumnStretch(column, 0)
        top.addWidget(self._class_label, 0, 0)
        top.addWidget(self.class_box, 0, 1)
        row, column = (0, 2) if one_row else (1, 0)
        top.addWidget(self._module_label, row, column)
        top.addWidget(self.module_box, row, column + 1)
        top.setColumnStretch(4, 1)
        top.addWidget(self.refresh_button, 0, 5)
        self.choosers.updateGeometry()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        top = self._top
        one_row = (sum(w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w in (
            self._class_label, self.class_box, self._module_label, self.module_box, self.refresh_button))
            + 5 * top.horizontalSpacing() + 40)
        self._place_choosers(event.size().width() >= one_row)
        super().resizeEvent(event)

    def _size_views(self, _index: int = 0) -> None:
        """The hidden views ignore their size; the one shown sets the stack's."""
        for i in range(self.stack.count()):
            view = self.stack.widget(i)
            policy = QSizePolicy.Policy.Preferred if i == self.stack.currentIndex() else QSizePolicy.Policy.Ignored
            view.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def show_view(self, key: str) -> None:
        self.view = key
        self._show_choosers(True)
        if key in self.segments:
            self.segments[key].setChecked(True)
        class_id = self.class_id
        if class_id is None:
            return
        lesson_ids = self.lesson_ids()
        texts = self.texts
        if key == "grid":
            self.stack.setCurrentWidget(self.grid_view)
            titles = [texts.lesson_title(lid) for lid in lesson_ids]
            full = [f"{texts.module_title(lid.rsplit('/', 1)[0])} · {t}" for lid, t in zip(lesson_ids, titles, strict=True)]
            hidden = sensitive_lessons(texts.catalog, lesson_ids)  # counts only, never scores
            self._request("grid", lambda backend: backend.reports.class_grid(class_id, lesson_ids, hidden),
                          lambda grid: self.grid_view.show_grid(grid, titles, full, texts))
        elif key == "difficult":
            self.stack.setCurrentWidget(self.difficult_view)
            scope = None if self.difficult_view.whole_site.isChecked() else class_id
            same = partial(normalise_stored, texts.catalog)  # 0.1's answers and today's count as one
            private = sensitive_lessons(texts.catalog, lesson_ids)  # counts only, never answers
            reflect = private_questions(texts.catalog, lesson_ids)  # reflections: counts only
            self._request("difficult", lambda backend: (
                backend.reports.difficult_questions(scope, lesson_ids, same, private),
                backend.reports.reflection_counts(scope, reflect)),
                lambda got: self.difficult_view.show_questions(got[0], texts, got[1]))
        elif key == "modules":
            self.stack.setCurrentWidget(self.completion_view)
            module_ids = [m.id for m in texts.modules()]
            self._request("modules", lambda backend: backend.reports.module_completion(class_id, module_ids),
                          lambda lines: self.completion_view.show_lines(lines, texts))
        elif key == "assign":
            self.stack.setCurrentWidget(self.assign_view)
            self._load_assign(class_id, fill_choices=True)

    def open_learner(self, learner_id: str, lesson_id: str | None = None) -> None:
        self.view = "learner"
        self._show_choosers(False)
        self.stack.setCurrentWidget(self.learner_view)
        texts = self.texts
        self._request("learner", lambda backend: backend.reports.learner_detail(learner_id),
                      lambda detail: self.learner_view.show_detail(detail, texts, lesson_id))

    # -- assign -------------------------------------------------------------------------------
    def _load_assign(self, class_id: str, *, fill_choices: bool) -> None:
        texts = self.texts

        def work(backend: Any) -> tuple[Any, Any]:
            return backend.reports.class_grid(class_id, []).rows, backend.assignments.for_class(class_id)

        def done(result: tuple[Any, Any]) -> None:
            rows, assignments = result
            self.members = [(r.learner_id, r.display_name, r.avatar) for r in rows]
            if fill_choices:
                modules = [(m.id, m.title(self.lang)) for m in texts.modules()]
                self.assign_view.set_choices(modules, self.members, self.module_id, local_today())
            names = {learner_id: name for learner_id, name, _a in self.members}
            order = {learner_id: index for index, (learner_id, _n, _a) in enumerate(self.members)}
            # One row per module, due date and target: chosen learners are listed together.
            groups: dict[tuple[str, Any, bool], tuple[list[str], list[Any]]] = {}
            for a in assignments:  # soonest due first
                ids, who = groups.setdefault((a.module_id, a.due_on, a.whole_class), ([], []))
                ids.append(a.id)
                who.append(a.learner_id)
            shown = [
                (ids, texts.module_title(module_id),
                 self.tr("The whole class") if whole else ", ".join(
                     names.get(lid, self.tr("a learner who left the class"))
                     for lid in sorted(who, key=lambda lid: order.get(lid, len(order)))),
                 long_date(due_on, self.lang) if due_on else self.tr("no due date"))
                for (module_id, due_on, whole), (ids, who) in groups.items()
            ]
            self.assign_view.show_assignments(shown)

        self._request("assign", work, done)

    def assign(self, module_ids: list[str], learner_ids: list[str] | None, due: date | None) -> None:
        class_id = self.class_id
        if class_id is None:
            return
        staff_id = self.ctx.staff.id
        texts = self.texts

        def work(backend: Any) -> int:
            backend.assignments.assign_modules(module_ids, class_id=class_id, learner_ids=learner_ids,
                                             due_on=due, staff_id=staff_id)
            return len(module_ids)

        def done(_count: int) -> None:
            if len(module_ids) <= 3:
                titles = ", ".join(self.tr("“{module}”").format(module=texts.module_title(m)) for m in module_ids)
            else:  # the list below says which: a long line of titles would push it off the page
                titles = self.tr("%n module(s)", "", len(module_ids))
            if learner_ids is None:
                who = self.tr("the whole class")
            else:
                who = self.tr("%n learner(s)", "", len(learner_ids)) if len(learner_ids) > 1 else \
                    next((n for i, n, _a in self.members if i == learner_ids[0]), "")
            text = self.tr("Assigned {modules} to {who}.").format(modules=titles, who=who)
            if due is not None:
                text += " " + self.tr("Due {date}.").format(date=long_date(due, self.lang))
            self.assign_view.say(text, True)
            self._load_assign(class_id, fill_choices=False)

        def failed(exc: BaseException) -> None:
            text = user_error_text(exc)
            if text is not None:
                self.assign_view.say(text, False)
            else:
                self.ctx.show_problem(exc)

        self.ctx.run(work, done, failed)

    def unassign(self, assignment_ids: list[str]) -> None:
        class_id = self.class_id

        def work(backend: Any) -> None:
            backend.assignments.unassign_many(assignment_ids)

        def done(_result: Any) -> None:
            self.assign_view.say(self.tr("The assignment was removed."), True)
            if class_id is not None:
                self._load_assign(class_id, fill_choices=False)

        self.ctx.run(work, done)

    # -- certificates -------------------------------------------------------------------------
    def print_certificate(self, module_id: str) -> None:
        detail = self.learner_view.detail
        if detail is None:
            return
        done_at = next((m.completed_at for m in detail.modules_completed if m.module_id == module_id), None)
        if done_at is None:
            return
        title = self.texts.module_title(module_id)

        def work(backend: Any) -> tuple[str, Path]:
            return backend.certificate_place()

        def done(result: tuple[str, Path]) -> None:
            site, folder = result
            stamp = to_local(done_at).strftime("%Y-%m-%d")
            path = folder / f"certificado-{detail.learner_id[:8]}-{module_id.rsplit('/', 1)[-1]}-{stamp}.pdf"
            document = certificate_document(name=detail.display_name, module_title=title,
                                            completed_at=done_at, site_name=site, lang=self.lang)

            def printed(_pages: int) -> None:
                from kiosk.core.support_log import support_event  # ids only, never the name

                support_event("certificate", learner=detail.learner_id, module=module_id, pages=_pages)
                self.last_certificate = path
                self.show_pdf(document, path)

            # laid out off the UI thread, shown in the kiosk: a locked kiosk opens no other program
            self.ctx.tasks.compute.run(lambda: document.render(path), printed, self.ctx.show_problem)

        self.ctx.run(work, done)

    def show_pdf(self, document: Any, path: Path) -> None:
        from kiosk.ui.staff.pdf_preview import PdfPreview

        if self.preview is not None:
            self.preview.done(0)
        preview = self.preview = PdfPreview(document, path, parent=self)
        preview.finished.connect(lambda _result: self._preview_closed(preview))
        preview.open()

    def _preview_closed(self, preview: Any) -> None:
        if self.preview is preview:
            self.preview = None
        preview.deleteLater()
