"""Sending the counts (coordinators only): what leaves this PC, and whether it arrived.

* a status card: the server this kiosk is enrolled with, the last successful sync, how many
  figures are waiting, the last error in words and the next attempt;
* a warning when this PC's date looks wrong (the collector refused figures dated in the future
  or too long ago, or its clock differs from ours by more than a day and a half);
* "Sync now", "Enrol this kiosk…" (server address + one-time code: ``sync_enrol``) and
  "Export to USB…";
* a table of EXACTLY the figures that will be sent -- a date, a metric, a module, a role, an
  age band and a number; never a name (with "Show sent figures too" it lists everything).

The outbox is read and written on the task runner's database lane, the network waits on its
I/O lane (``kiosk.ui.sync_lanes``): while the collector is slow, nothing else waits.  The
background sender (``kiosk.ui.sync_timer``) takes turns with this page through the Sender's lock.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import languages
from kiosk.core.clock import to_local
from kiosk.core.errors import Code
from kiosk.sync import messages
from kiosk.ui.errors import code_text
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.sync_enrol import EnrolDialog
from kiosk.ui.widgets.common import button, label, plain_tooltip, set_prop
from kiosk.ui.widgets.fold import FoldRow, tall_enough
from kiosk.ui.widgets.wrap_button import SLACK_PX

COLUMNS = 7
VALUE_MIN_PX = 130  # the status card's values ("Sin inscribir", a date) on one line at 1024x600


def _qt_locale(lang: str) -> QLocale:
    return QLocale(languages.get(lang).locale)


class SyncPage(QWidget):
    """The coordinator's view of the outbox."""

    refreshed = Signal()  # the status and the table show fresh data (tests wait on it)

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: Any = None
        self.rows: list[Any] = []
        self.working = False
        self.enrol_dialog: EnrolDialog | None = None

        col = QVBoxLayout(self)
        col.setContentsMargins(12, 12, 16, 12)  # the staff area's page list is left of it; 1024x600
        col.setSpacing(8)
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(label(self.tr("Sending the counts"), "subtitle", wrap=False))
        heading.addWidget(label(self.tr("Only numbers leave this computer, never a name."), "hint"),
                          1, Qt.AlignmentFlag.AlignBottom)
        col.addLayout(heading)

        # the card and its buttons side by side; on a narrow screen, when the card needs the
        # width (a long server address), the buttons go in a row under it (1024x600)
        middle = FoldRow(16)
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(20, 10, 20, 10)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.values: dict[str, Any] = {}
        for row, (key, text) in enumerate((
            ("server", self.tr("Server")),
            ("success", self.tr("Last successful sync")),
            ("pending", self.tr("Waiting to be sent")),
            ("error", self.tr("Last error")),
            ("next", self.tr("Next attempt")),
            ("bundle", self.tr("Last USB bundle")),
        )):
            grid.addWidget(label(text, "fieldLabel", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop)
            value = label("…")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(1, VALUE_MIN_PX)
        middle.add(card, 1)
        actions_box = QWidget()
        actions = QBoxLayout(QBoxLayout.Direction.TopToBottom, actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(8)
        middle.folded.connect(lambda stacked: actions.setDirection(
            QBoxLayout.Direction.LeftToRight if stacked else QBoxLayout.Direction.TopToBottom))
        # the buttons' words wrap (never cut) on a narrow screen, leaving the card its room (1024x600)
        self.sync_button = button(self.tr("Sync now"), "primary", wrap=True)
        self.sync_button.clicked.connect(self.sync_now)
        self.enrol_button = button(self.tr("Enrol this kiosk…"), wrap=True)
        self.enrol_button.clicked.connect(self.open_enrol)
        self.export_button = button(self.tr("Export to USB…"), wrap=True)
        self.export_button.clicked.connect(self.choose_export_folder)
        for widget in (self.sync_button, self.enrol_button, self.export_button):
            widget.whole_words = True
            policy = widget.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # the card takes the room left
            widget.setSizePolicy(policy)
            actions.addWidget(widget)
        # a wrapping button keeps a few pixels beside its text (wrap_button.SLACK_PX): room for
        # them, so that on a wide screen the buttons' words stay on one line
        widest = max(widget.sizeHint().width() for widget in (self.sync_button, self.enrol_button, self.export_button))
        actions.addItem(QSpacerItem(widest + SLACK_PX, 0, QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum))
        actions.addStretch(1)
        self.show_all = QCheckBox(self.tr("Show sent figures too"))  # beside the table's title (narrow screens)
        self.show_all.toggled.connect(lambda _on: self.refresh())
        middle.add(actions_box)
        col.addWidget(middle)

        self.clock_warning = label("", "error")
        self.clock_warning.hide()
        col.addWidget(self.clock_warning)
        # A copied disk image or a restored copy became a kiosk of its own (kiosk.sync.identity).
        self.identity_note = label("", "pageMessage")
        self.identity_note.hide()
        col.addWidget(self.identity_note)
        self.message = label("", "pageMessage")
        self.message.hide()
        col.addWidget(self.message)

        self.table_title = label(self.tr("What will be sent"), "fieldLabel")  # wraps beside the check box
        table_head = QHBoxLayout()
        table_head.setSpacing(16)
        table_head.addWidget(self.table_title, 1)
        table_head.addWidget(self.show_all)
        col.addLayout(table_head)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("memberTable")  # the staff tables' look (theme.py)
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Figure"), self.tr("Module"), self.tr("Role"),
            self.tr("Age"), self.tr("Value"), self.tr("State"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # module titles elide
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # 1024x600: last columns
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("What will be sent"))
        col.addWidget(self.table, 1)
        self.empty = label(self.tr("Nothing is waiting: every figure was sent."), "hint")
        self.empty.hide()
        col.addWidget(self.empty)
        self.refresh()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Tall enough for the card's and the headings' wrapped words (1024x600)."""
        return tall_enough(self, super().minimumSizeHint())

    # -- words ------------------------------------------------------------------------------

    def metric_text(self, metric: str) -> str:
        return {
            "sessions": self.tr("Sign-ins"),
            "visits": self.tr("Lesson visits"),
            "minutes": self.tr("Minutes in lessons"),
            "lessons_completed": self.tr("Lessons completed"),
            "modules_completed": self.tr("Modules completed"),
            "learners_reached": self.tr("People reached"),
            "workshop_participants": self.tr("Workshop participants"),
        }.get(metric, metric)

    def role_text(self, role: str | None) -> str:
        return {"learner": self.tr("Learner"), "teacher": self.tr("Teacher"),
                "parent": self.tr("Family"), None: ""}.get(role, role or "")

    def age_text(self, band: str | None) -> str:
        return {"8-11": self.tr("8 to 11"), "12-17": self.tr("12 to 17"),
                "adult": self.tr("Adult"), None: ""}.get(band, band or "")

    def reason_text(self, reason: str | None) -> str:
        """Every per-cell reason in words, the same as ``kiosk sync status`` (an unknown one is
        quoted in a sentence: kiosk.sync.messages)."""
        return messages.reason_words(reason) if reason else ""

    def state_text(self, state: str, reason: str | None) -> str:
        """Short, for the table's last column (the reason is the cell's tooltip)."""
        if state == "accepted":
            return self.tr("Sent")
        if state == "rejected":
            return self.tr("Refused")
        return self.tr("Waiting")

    def error_text(self, code: str | None, detail: dict | None) -> str:
        detail = detail or {}
        if not code:
            return self.tr("None")
        if code == "rejected":
            reasons = detail.get("reasons") or {}
            if len(reasons) == 1:
                why = self.reason_text(next(iter(reasons)))
            else:
                why = "; ".join(self.tr("{count} because {reason}").format(
                    count=n, reason=self.reason_text(r)) for r, n in sorted(reasons.items()))
            return self.tr("The server refused %n figure(s): {reasons}", "",
                           int(detail.get("count", 0))).format(reasons=why)
        text = code_text(code, detail)
        text = text if text is not None else self.tr("Sync error ({code})").format(code=code)
        return text + messages.server_said(detail, code)  # what the collector said, in words

    def when_text(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("Never")
        local = to_local(moment)
        return self.day_text(local.date().isoformat()) + local.strftime(" %H:%M")

    def day_text(self, period: str) -> str:
        """A local day as people here write it: "sáb 21/11/2026" (English: "Sat 11/21/2026")."""
        day = date.fromisoformat(period)
        locale = _qt_locale(self.ctx.lang)
        pattern = "ddd dd/MM/yyyy" if self.ctx.lang != "en" else "ddd MM/dd/yyyy"
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    def module_text(self, module_id: str | None) -> str:
        if not module_id:
            return ""
        catalog = self.ctx.catalog() if self.ctx.catalog is not None else None
        module = catalog.module(module_id) if catalog is not None else None
        return module.title(self.ctx.lang) if module is not None else module_id

    # -- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        all_rows = self.show_all.isChecked()

        def work(backend):
            return backend.sync.overview(include_sent=all_rows)

        self.ctx.run(work, self._show, self._failed)

    def _show(self, result) -> None:
        self.status, self.rows = result
        st = self.status
        if st.enrolled:
            server = st.server_url + (f" ({st.site})" if st.site else "")
            if st.needs_enrolment:
                server += " — " + self.tr("enrol it again")
        elif st.offline_code:
            server = self.tr("Not enrolled (the code {code} travels in the USB bundle)").format(
                code=st.offline_code)
        else:
            server = self.tr("Not enrolled")
        self.values["server"].setText(server)
        self.values["success"].setText(self.when_text(st.last_success_at))
        pending = str(st.pending)
        if st.rejected:
            pending += "  " + self.tr("(refused by the server: {count})").format(
                count=st.rejected)
        self.values["pending"].setText(pending)
        error = self.error_text(st.last_error, st.last_error_detail)
        if st.last_error and st.last_error_at is not None:
            error += f" ({self.when_text(st.last_error_at)})"
        self.values["error"].setText(error)
        self.values["next"].setText(self.when_text(st.next_attempt_at)
                                    if st.enrolled and st.next_attempt_at else "—")
        self.values["bundle"].setText(self.when_text(st.last_bundle_at))
        if st.clock_warning == "future":
            self.clock_warning.setText(self.tr(
                "This computer's date seems to be ahead. Check the date and time: figures "
                "dated in the future are not accepted."))
        elif st.clock_warning == "past":
            self.clock_warning.setText(self.tr(
                "This computer's date seems to be behind. Check the date and time: figures "
                "dated too long ago are not accepted."))
        self.clock_warning.setVisible(bool(st.clock_warning))
        from kiosk.sync.messages import identity_words

        self.identity_note.setText(identity_words(st.identity_event, st.introduced))
        self.identity_note.setVisible(st.identity_event is not None)
        self._fill_table()
        self.refreshed.emit()

    def _fill_table(self) -> None:
        from kiosk.sync.counts import METRICS

        order = {metric: index for index, metric in enumerate(METRICS)}
        rows = sorted(self.rows, key=lambda r: (order.get(r.metric, 99), r.dims.get("module", ""),
                                                r.dims.get("role", ""), r.dims.get("age_band", "")))
        rows.sort(key=lambda r: r.period, reverse=True)  # the newest day first (stable)
        self.table_title.setText(self.tr("What will be sent ({count})").format(count=len(rows))
                                 if not self.show_all.isChecked()
                                 else self.tr("Every figure ({count})").format(count=len(rows)))
        reached_tip = self.tr("People who did it for the first time: their first sign-in ever, "
                              "or their first visit to that module")
        # Fixed columns while filling: a header sized to its contents re-measures every column
        # at each cell written (a month of figures, ~4,000 cells, took 18 s); once at the end.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setUpdatesEnabled(False)
        try:
            self._fill_rows(rows, reached_tip)
        finally:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # module titles elide
            self.table.setUpdatesEnabled(True)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _fill_rows(self, rows, reached_tip: str) -> None:
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            dims = row.dims
            cells = [
                self.day_text(row.period),
                self.metric_text(row.metric),
                self.module_text(dims.get("module")),
                self.role_text(dims.get("role")),
                self.age_text(dims.get("age_band")),
                str(row.value),
                self.state_text(row.state, row.reason),
            ]
            tips = {1: reached_tip if row.metric == "learners_reached" else "",
                    2: dims.get("module", ""),
                    6: self.reason_text(row.reason) if row.state == "rejected" else ""}
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if tips.get(column):
                    item.setToolTip(plain_tooltip(tips[column]))
                self.table.setItem(index, column, item)

    def table_texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests; also what a screen reader gets)."""
        return [[self.table.item(r, c).text() for c in range(COLUMNS)]
                for r in range(self.table.rowCount())]

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self.ctx.show_problem(exc)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        set_prop(self.message, "state", "ok" if ok else "try")
        self.message.show()

    def _set_working(self, on: bool) -> None:
        self.working = on
        for widget in (self.sync_button, self.enrol_button, self.export_button):
            widget.setEnabled(not on)

    # -- actions ----------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.working:
            return
        self._set_working(True)
        self._say(self.tr("Sending…"), True)
        from kiosk.ui.sync_lanes import OutboxSend

        db = self.ctx.db
        OutboxSend(lambda: db.store.sync.sender()).start(self.ctx.tasks, self._synced, self._failed)

    def _synced(self, report) -> None:
        self._set_working(False)
        if report.outcome == "offline":
            self._say(self.tr("This kiosk is not enrolled yet: enrol it, or take the figures "
                              "on a USB stick."), False)
        elif report.error or report.rejected:
            self.message.hide()  # the status card's "Last error" says what happened
        elif report.sent:
            self._say(self.tr("Sent: %n figure(s).", "", report.sent), True)
        else:
            self._say(self.tr("Nothing was waiting: everything had been sent."), True)
        self.refresh()

    def open_enrol(self) -> None:
        dialog = EnrolDialog(self.status.server_url if self.status is not None else None, self)
        dialog.chosen.connect(self.enrol)
        dialog.finished.connect(dialog.deleteLater)
        self.enrol_dialog = dialog
        dialog.open()

    def enrol(self, url: str, code: str) -> None:
        """Enrol with ``url`` and ``code`` (the dialog calls this; tests too)."""
        self._set_working(True)
        from kiosk.ui.sync_lanes import enrol_on_lanes

        enrol_on_lanes(self.ctx.tasks, self.ctx.db, url, code, self._enrolled, self._failed)

    def _enrolled(self, result) -> None:
        self._set_working(False)
        outcome, detail = result
        dialog = self.enrol_dialog
        if outcome == "ok":
            if dialog is not None:
                dialog.accept()
            self._say(self.tr("This kiosk is enrolled. Sending the figures…"), True)
            self.sync_now()
            return
        if outcome == Code.UNREACHABLE:
            text = self.tr("No connection to the server. The code was kept: it travels in the "
                           "next USB bundle.")
        else:
            text = self.error_text(outcome, detail)
        if dialog is not None and dialog.isVisible():
            dialog.show_error(text)
        else:
            self._say(text, False)
        self.refresh()

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or a folder"))
        if folder:
            self.export_to(folder)

    def export_to(self, folder: str) -> None:
        """Write a signed bundle into ``folder`` (the file dialog calls this; tests too)."""
        self._set_working(True)

        def work(backend):
            return backend.sync.export_bundle(folder)

        def done(exported) -> None:
            self._set_working(False)
            self._say(self.tr("Saved the figures in {file}. Take it to the programme office "
                              "or upload it at the collector's page.").format(
                file=exported.path), True)  # the whole path: the staff see where it went
            self.refresh()

        self.ctx.run(work, done, self._failed)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self.status is not None and not self.working:
            self.refresh()
