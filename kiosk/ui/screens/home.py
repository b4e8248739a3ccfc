"""Home: hello, "Para vos" (the modules a teacher assigned, soonest due first), “continue where
I left off”, and the other modules with their progress."""

from __future__ import annotations

import textwrap

from collections.abc import Sequence
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QGridLayout, QHBoxLayout, QProgressBar, QScrollArea, QToolButton, QVBoxLayout, QWidget

from kiosk.content.model import Module, Track
from kiosk.core import languages
from kiosk.core.clock import to_local, utcnow
from kiosk.ui import theme
from kiosk.ui.widgets.common import (TopBar, avatar_icon, button, enter_clicks, icon, icon_label, label, pixmap,
                                     plain_mnemonic)


LINE_CHARS = 36  # a lesson button's longest line


class ModuleCard(QFrame):
    def __init__(self, track: Track, module: Module, lang: str, summaries: dict, open_lesson, parent: QWidget | None = None,
                 *, due: tuple[str, str] | None = None) -> None:
        """``due``: (text, state) for a module on the "Para vos" list; state "date", "today",
        "late" or "none" (assigned without a date)."""
        super().__init__(parent)
        self.setObjectName("card")
        self.module = module
        self.due_label: QLabel | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(20, 16, 20, 16)
        col.setSpacing(8)
        strip = QFrame()
        strip.setObjectName("trackStrip")
        strip.setFixedHeight(10)
        strip.setStyleSheet(theme.track_accent(track.color))
        col.addWidget(strip)
        head = QHBoxLayout()
        head.addWidget(icon_label(track.icon, 32))
        head.addWidget(label(track.title(lang), "hint", wrap=False))
        head.addStretch(1)
        col.addLayout(head)
        col.addWidget(label(module.title(lang), "subtitle"))
        if due is not None:
            self.due_label = label(due[0], "dueChip")
            self.due_label.setProperty("state", due[1])
            col.addWidget(self.due_label)
        if module.description(lang):
            col.addWidget(label(module.description(lang), "hint"))
        done = sum(1 for e in module.lessons if summaries.get(e.id) and summaries[e.id].completed_at)
        total = len(module.lessons)
        bar_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setAccessibleName(self.tr("{done} of %n lesson(s) done", "", total).format(done=done))
        bar_row.addWidget(self.progress, 1)
        bar_row.addWidget(label(self.tr("{done} of {total}").format(done=done, total=total), "hint", wrap=False))
        col.addLayout(bar_row)
        self.lesson_buttons: list[QToolButton] = []
        for entry in module.lessons:
            lesson = entry.in_lang(lang)
            summary = summaries.get(entry.id)
            if summary and summary.completed_at:
                icon_name, state = "check.svg", self.tr("done")
            elif summary and summary.progress > 0:
                icon_name, state = "play.svg", self.tr("started")
            else:
                icon_name, state = "estrella-vacia.svg", self.tr("new")
            btn = QToolButton()
            btn.setObjectName("lessonButton")
            text = self.tr("{title} · {minutes} min").format(title=lesson.title, minutes=lesson.duration_min)
            # a long title in lines of at most LINE_CHARS: two cards still fit side by side at
            # 1366x768 (a tool button's text does not wrap by itself)
            btn.setText(plain_mnemonic(textwrap.fill(text, LINE_CHARS, break_long_words=False)))
            btn.setIcon(icon(icon_name))
            btn.setIconSize(QSize(28, 28))
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            btn.setSizePolicy(btn.sizePolicy().horizontalPolicy().Expanding, btn.sizePolicy().verticalPolicy())
            btn.setMinimumHeight(52)
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
            enter_clicks(btn)
            btn.setAccessibleName(f"{lesson.title} ({state})")
            btn.setProperty("lesson_id", entry.id)
            page = summary.last_page if summary and not summary.completed_at else 0
            btn.clicked.connect(lambda _=False, lid=entry.id, p=page: open_lesson(lid, p))
            self.lesson_buttons.append(btn)
            col.addWidget(btn)
        col.addStretch(1)


class HomeScreen(QWidget):
    open_lesson = Signal(str, int)
    sign_out = Signal()
    open_gallery = Signal()  # «Mi galería»: the drawings kept from the coding studio

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        self.avatar = QLabel()
        self.avatar.setFixedSize(48, 48)
        self.hello = label("", "brand", wrap=False)
        bar.add_left(self.avatar)
        bar.add_left(self.hello)
        self.gallery_button = button(self.tr("My gallery"), None, "estrella.svg")
        self.gallery_button.clicked.connect(self.open_gallery)
        bar.add_right(self.gallery_button)
        self.exit_button = button(self.tr("Sign out"), None, "salir.svg")
        self.exit_button.clicked.connect(self.sign_out)
        bar.add_right(self.exit_button)
        outer.addWidget(bar)

        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")  # a tab stop with a visible focus: the keys scroll it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.scroll = scroll
        self.body_widget = QWidget()
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(40, 20, 40, 20)
        self.body.setSpacing(16)
        scroll.setWidget(self.body_widget)
        outer.addWidget(scroll, 1)
        self.resume_button = None
        self.cards: list[ModuleCard] = []
        self.for_you_cards: list[ModuleCard] = []
        self._grids: list[tuple[QGridLayout, list[ModuleCard]]] = []  # each grid and its cards
        self._columns = 0

    def due_text(self, due_on: date | None, today: date, lang: str) -> tuple[str, str]:
        """What a "Para vos" card says about its due date, and its style state."""
        if due_on is None:
            return self.tr("Chosen for you"), "none"
        if due_on == today:
            return self.tr("For today"), "today"
        locale = QLocale(languages.get(lang).locale)
        written = locale.toString(QDate(due_on.year, due_on.month, due_on.day), self.tr("dddd d MMMM"))
        if due_on < today:
            return self.tr("It was for {date}: you can still do it").format(date=written), "late"
        return self.tr("For {date}").format(date=written), "date"

    def show_learner(self, learner, catalog_view: list[tuple[Track, Module]], lang: str, summaries: dict, resume,
                     assigned: Sequence[tuple[str, date | None]] | None = None, *, today: date | None = None) -> None:
        """``resume``: (lesson, last_page) or None.  ``assigned``: the learner's "Para vos"
        list, (module id, due date or None), soonest first (``store.assignments.for_learner``);
        those modules come first, under "For you", and not again under "Your modules".
        An assigned module that is not in ``catalog_view`` is not shown."""
        self.avatar.setPixmap(pixmap(avatar_icon(learner.avatar), 48))
        self.hello.setText(self.tr("Hello, {name}!").format(name=learner.display_name))
        _clear_layout(self.body)
        self.resume_button = None
        self.cards = []
        self.for_you_cards = []
        self._grids = []
        by_id = {module.id: (track, module) for track, module in catalog_view}
        for_you = [(by_id[module_id], due_on) for module_id, due_on in (assigned or []) if module_id in by_id]
        if for_you:
            today = today or to_local(utcnow()).date()
            self.body.addWidget(label(self.tr("For you"), "subtitle"))
            grid = QGridLayout()
            grid.setSpacing(20)
            for (track, module), due_on in for_you:
                card = ModuleCard(track, module, lang, summaries, lambda lid, p: self.open_lesson.emit(lid, p),
                                  due=self.due_text(due_on, today, lang))
                card.setProperty("forYou", True)
                self.for_you_cards.append(card)
                self.cards.append(card)
            self._grids.append((grid, list(self.for_you_cards)))
            self.body.addLayout(grid)
        chosen = {module.id for (_track, module), _due in for_you}
        if resume is not None:
            lesson, page = resume
            card = QFrame()
            card.setObjectName("resumeCard")
            row = QHBoxLayout(card)
            row.setContentsMargins(24, 16, 24, 16)
            row.setSpacing(16)
            art = label("")
            art.setPixmap(pixmap(icon("play.svg"), 48))
            row.addWidget(art)
            text = QVBoxLayout()
            text.addWidget(label(self.tr("Continue where I left off"), "subtitle"))
            text.addWidget(label(self.tr("{title} — page {page} of {pages}").format(title=lesson.title, page=page + 1, pages=len(lesson.pages)), "hint"))
            row.addLayout(text, 1)
            self.resume_button = button(self.tr("Continue"), "primary", "flecha-der.svg")
            self.resume_button.setMinimumWidth(220)
            self.resume_button.clicked.connect(lambda _=False, lid=lesson.id, p=page: self.open_lesson.emit(lid, p))
            row.addWidget(self.resume_button)
            self.body.addWidget(card)

        others = [(track, module) for track, module in catalog_view if module.id not in chosen]
        if others or not for_you:
            self.body.addWidget(label(self.tr("More modules") if for_you else self.tr("Your modules"), "subtitle"))
        grid = QGridLayout()
        grid.setSpacing(20)
        for track, module in others:
            card = ModuleCard(track, module, lang, summaries, lambda lid, p: self.open_lesson.emit(lid, p))
            self.cards.append(card)
        self._grids.append((grid, self.cards[len(self.for_you_cards):]))
        if not catalog_view:
            self.body.addWidget(label(self.tr("There are no lessons for you yet. Ask the facilitator."), "hint"))
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self._columns = 0
        self._flow_cards()
        self.first_stop().setFocus()

    def _flow_cards(self) -> None:
        """Two cards a row when two fit side by side (1366x768), else one (1024x600): a card is
        never cut at the right edge."""
        margins = self.body.contentsMargins()
        room = self.scroll.viewport().width() - margins.left() - margins.right()
        for card in self.cards:
            card.ensurePolished()  # measured in the type they are shown in

        def pair_fits(cards: list[ModuleCard]) -> bool:
            left = max((c.minimumSizeHint().width() for c in cards[0::2]), default=0)
            right = max((c.minimumSizeHint().width() for c in cards[1::2]), default=0)
            return left + right + 20 <= room

        columns = 2 if all(pair_fits(cards) for _grid, cards in self._grids) else 1
        if columns == self._columns:
            return
        self._columns = columns
        for grid, cards in self._grids:
            for card in cards:
                grid.removeWidget(card)
            for index, card in enumerate(cards):
                grid.addWidget(card, index // columns, index % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if self._grids:
            self._flow_cards()

    def first_stop(self) -> QWidget:
        """Where the focus starts: "Continue", else the first lesson; "Sign out" only when
        there is nothing to open (a child pressing Enter must not leave by accident)."""
        if self.resume_button is not None:
            return self.resume_button
        first = next((card.lesson_buttons[0] for card in self.cards if card.lesson_buttons), None)
        return first or self.exit_button


def _clear_layout(layout) -> None:
    """Everything in ``layout`` deleted now: left to ``deleteLater``, the old cards (~300
    widgets) lived on beside the new ones, ~3 MB more at every return home (issue 14.5).  Safe:
    the home is refilled from a task's result, never from inside one of its own widgets."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            shiboken6.delete(item.widget())
        elif item.layout():
            _clear_layout(item.layout())
