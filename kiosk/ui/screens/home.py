"""Home: hello, “continue where I left off”, and the modules with their progress."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QGridLayout, QHBoxLayout, QProgressBar, QScrollArea, QToolButton, QVBoxLayout, QWidget

from kiosk.content.model import Module, Track
from kiosk.ui import theme
from kiosk.ui.widgets.common import TopBar, avatar_icon, button, icon, icon_label, label, pixmap


class ModuleCard(QFrame):
    def __init__(self, track: Track, module: Module, lang: str, summaries: dict, open_lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.module = module
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
        if module.description(lang):
            col.addWidget(label(module.description(lang), "hint"))
        done = sum(1 for e in module.lessons if summaries.get(e.id) and summaries[e.id].completed_at)
        total = len(module.lessons)
        bar_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setAccessibleName(self.tr("{done} of {total} lessons done").format(done=done, total=total))
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
            btn.setText(self.tr("{title} · {minutes} min").format(title=lesson.title, minutes=lesson.duration_min))
            btn.setIcon(icon(icon_name))
            btn.setIconSize(QSize(28, 28))
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            btn.setSizePolicy(btn.sizePolicy().horizontalPolicy().Expanding, btn.sizePolicy().verticalPolicy())
            btn.setMinimumHeight(52)
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
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
        self.exit_button = button(self.tr("Sign out"), None, "salir.svg")
        self.exit_button.clicked.connect(self.sign_out)
        bar.add_right(self.exit_button)
        outer.addWidget(bar)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_widget = QWidget()
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(40, 20, 40, 20)
        self.body.setSpacing(16)
        scroll.setWidget(self.body_widget)
        outer.addWidget(scroll, 1)
        self.resume_button = None
        self.cards: list[ModuleCard] = []

    def show_learner(self, learner, catalog_view: list[tuple[Track, Module]], lang: str, summaries: dict, resume) -> None:
        """``resume``: (lesson, last_page) or None."""
        self.avatar.setPixmap(pixmap(avatar_icon(learner.avatar), 48))
        self.hello.setText(self.tr("Hello, {name}!").format(name=learner.display_name))
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _clear_layout(item.layout())
        self.resume_button = None
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

        self.body.addWidget(label(self.tr("Your modules"), "subtitle"))
        grid = QGridLayout()
        grid.setSpacing(20)
        self.cards = []
        for index, (track, module) in enumerate(catalog_view):
            card = ModuleCard(track, module, lang, summaries, lambda lid, p: self.open_lesson.emit(lid, p))
            self.cards.append(card)
            grid.addWidget(card, index // 2, index % 2)
        if not catalog_view:
            self.body.addWidget(label(self.tr("There are no lessons for you yet. Ask the facilitator."), "hint"))
        self.body.addLayout(grid)
        self.body.addStretch(1)
        (self.resume_button or self.exit_button).setFocus()


def _clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
        elif item.layout():
            _clear_layout(item.layout())
