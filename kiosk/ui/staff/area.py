"""The staff area: a sidebar of pages (classes, reports, workshops, exports, settings).

Pages are registered in ``PAGES`` and built on first use; each is a QWidget class taking a
``StaffContext``.  Coordinator-only pages are hidden from teachers.  A learner session never
reaches this screen: it is only shown after a staff sign-in (see main_window).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.errors import NotAllowed
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.widgets.common import TopBar, button, label


# key, title (shown through tr() in StaffArea), module, class, coordinator only
PAGES: list[tuple[str, str, str, str, bool]] = [
    ("classes", "Classes", "kiosk.ui.staff.classes", "ClassesPage", False),
    ("reports", "Reports", "kiosk.ui.staff.reports", "ReportsPage", False),
    ("workshops", "Workshops", "kiosk.ui.staff.workshops", "WorkshopsPage", False),
    ("exports", "Attendance and reach", "kiosk.ui.staff.exports", "ExportsPage", True),
    ("settings", "Settings", "kiosk.ui.staff.settings", "SettingsPage", True),
    ("sync", "Sending the counts", "kiosk.ui.staff.sync", "SyncPage", True),
    ("content", "Lesson packs", "kiosk.ui.staff.content_packs", "ContentPacksPage", True),
    ("backups", "Backups", "kiosk.ui.staff.backups", "BackupsPage", True),
]


class PageRoom(QWidget):
    """Holds the pages' stack in the staff area's scroll area: the stack gets the whole room
    and is only ever scrolled below its minimum size.  (Given the stack itself, QScrollArea
    would size it by its height-for-width, the wrapped labels' *preferred* height: pages with
    long tables would scroll though they fit.)"""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.inner = inner
        inner.setParent(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The page shown, not the widest page built so far: a narrow page never scrolls
        # sideways because a wide one was visited before (1024x600, issue 14).
        page = self.inner.currentWidget() if isinstance(self.inner, QStackedWidget) else None
        shown = page if page is not None else self.inner
        return shown.minimumSizeHint().expandedTo(shown.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.inner.setGeometry(self.rect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a page's minimum changed
            self.updateGeometry()
            self.inner.setGeometry(self.rect())
        return super().event(event)


class StaffArea(QWidget):
    signed_out = Signal()
    close_requested = Signal()  # "Close Telecentro": this staff member already gave a PIN

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        bar.add_left(label(self.tr("Staff: {name}").format(name=ctx.staff.display_name), "brand", wrap=False))
        self.pin_button = button(self.tr("My PIN"), "quiet")
        self.pin_button.clicked.connect(self.change_my_pin)
        bar.add_right(self.pin_button)
        self.close_button = button(self.tr("Close Telecentro"), "quiet")
        self.close_button.clicked.connect(self.confirm_close)
        self.close_dialog = None
        bar.add_right(self.close_button)
        self.exit_button = button(self.tr("Sign out"), None, "salir.svg")
        self.exit_button.clicked.connect(self.signed_out)
        bar.add_right(self.exit_button)
        self.notice = label("", "notice")
        self.notice.hide()
        outer.addWidget(bar)
        outer.addWidget(self.notice)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        # A compact page list (issue 14): nine names fit 1024x600 with no scrolling; it still
        # scrolls if a taller font or a longer translation ever needs it.
        side_box = QWidget()
        side_box.setObjectName("staffNav")
        side = QVBoxLayout(side_box)
        side.setContentsMargins(10, 10, 4, 10)  # 4: the entries' 2 px for the chosen one's border
        side.setSpacing(4)
        self.stack = QStackedWidget()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.nav: dict[str, QPushButton] = {}
        self.pages: dict[str, QWidget] = {}
        titles = {
            "classes": self.tr("Classes"),
            "reports": self.tr("Reports"),
            "workshops": self.tr("Workshops"),
            "exports": self.tr("Attendance and reach"),
            "settings": self.tr("Settings"),
            "sync": self.tr("Sending the counts"),
            "content": self.tr("Lesson packs"),
            "backups": self.tr("Backups"),
        }
        for key, title, _module, _cls, coordinator_only in PAGES:
            if coordinator_only and not ctx.staff.is_coordinator:
                continue
            nav = button(titles.get(key, title), "staffNav")
            nav.setCheckable(True)
            nav.clicked.connect(lambda _=False, k=key: self.show_page(k))
            self.group.addButton(nav)
            self.nav[key] = nav
            # the chosen entry's border is 1 px thicker each side (theme; not bold: "Paquetes de
            # lecciones" lost its last letters): room for it, its name never cut
            nav.setMinimumWidth(nav.sizeHint().width() + 2)
            side.addWidget(nav)
        side.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setObjectName("staffNavScroll")
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidgetResizable(True)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side_box)
        side_scroll.setMinimumWidth(side_box.sizeHint().width())  # no room kept for a scroll bar it never needs
        side_scroll.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        row.addWidget(side_scroll)
        # A page taller than the room left scrolls here: the window never grows past the screen
        # (then the staff bar and a page's buttons would be off screen).
        self.scroll = QScrollArea()
        self.scroll.setObjectName("staffPageScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setWidget(PageRoom(self.stack))
        row.addWidget(self.scroll, 1)
        outer.addLayout(row, 1)
        if self.nav:
            self.show_page(next(iter(self.nav)))
        if "backups" in self.nav:  # recovery left a notice: the coordinator sees it first
            ctx.run(lambda backend: backend.backups.notices(),
                    lambda found: found and self.show_page("backups"), lambda _exc: None)

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            _key, _title, module, cls, _coord = next(p for p in PAGES if p[0] == key)
            page = getattr(importlib.import_module(module), cls)(self.ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> None:
        if key not in self.nav:
            raise NotAllowed(f"page {key!r}")  # a teacher never gets a coordinator's page
        self.nav[key].setChecked(True)
        self.stack.setCurrentWidget(self.page(key))
        self.scroll.widget().updateGeometry()  # the room follows the page shown

    def confirm_close(self) -> None:
        """"Close Telecentro" asks first: a tap by mistake would close the kiosk for everyone."""
        from kiosk.ui.staff.staff_dialogs import ConfirmDialog

        dialog = ConfirmDialog(
            self.tr("Close Telecentro?"),
            self.tr("The kiosk closes for everyone: learners cannot sign in until someone starts it again "
                    "on this computer. Progress is saved."),
            self.tr("Close Telecentro"), parent=self)
        dialog.confirmed.connect(dialog.accept)
        dialog.confirmed.connect(self.close_requested)
        dialog.finished.connect(dialog.deleteLater)
        self.close_dialog = dialog
        dialog.open()

    def change_my_pin(self, intro: str | None = None) -> None:
        """Any staff member changes their own PIN (the current one first).  ``intro``: why it
        is asked (a coordinator's PIN shorter than today's rule)."""
        from kiosk.ui.errors import user_error_text
        from kiosk.ui.staff.pin_dialog import PinDialog

        me = self.ctx.staff.id
        dialog = PinDialog(self.tr("Change my PIN"), ask_current=True, coordinator=self.ctx.staff.is_coordinator,
                           intro=intro, parent=self)

        def chosen(current, new) -> None:
            def done(outcome) -> None:
                if dialog.show_outcome(outcome):
                    self.notice.setText(self.tr("Your PIN was changed."))
                    self.notice.show()

            def failed(exc: BaseException) -> None:
                text = user_error_text(exc)
                if text is None:
                    self.ctx.show_problem(exc)
                else:
                    dialog.show_error(text)

            self.ctx.run(lambda backend: backend.staff.change_secret(me, new, by=me, current=current), done, failed)

        dialog.chosen.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.pin_dialog = dialog
        dialog.open()
