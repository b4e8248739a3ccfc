"""The lesson reader: one short page at a time, big type, back/next, quizzes inline."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.content.model import Activity, Lesson, MarkdownBlock
from kiosk.content.render import render_markdown
from kiosk.ui import theme
from kiosk.ui.widgets.common import TopBar, button, label
from kiosk.ui.widgets.lesson_text import LessonText
from kiosk.ui.widgets.quiz import QuizWidget


class LessonScreen(QWidget):
    page_shown = Signal(int)  # index of the page now shown
    answered = Signal(object, object, bool)  # Activity, frozenset[int], correct
    finished = Signal()
    go_home = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        self.home_button = button(self.tr("Home"), "quiet", "casa.svg")
        self.home_button.clicked.connect(self.go_home)
        bar.add_left(self.home_button)
        self.title = label("", "subtitle", wrap=False)
        bar.add_left(self.title)
        self.counter = label("", "pageCounter", wrap=False)
        bar.add_right(self.counter)
        outer.addWidget(bar)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)

        nav = QHBoxLayout()
        nav.setContentsMargins(40, 10, 40, 16)
        self.back_button = button(self.tr("Back"), None, "flecha-izq.svg")
        self.back_button.setMinimumWidth(180)
        self.back_button.clicked.connect(self.back)
        self.hint = label("", "hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = button(self.tr("Next"), "primary", "flecha-der.svg")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.setMinimumWidth(220)
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.back_button)
        nav.addWidget(self.hint, 1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)

        self.lesson: Lesson | None = None
        self.index = 0
        self.body_pt = theme.BODY_PT
        self.child = False
        self.quizzes: list[QuizWidget] = []
        self.texts: list[LessonText] = []
        self._solved: set[str] = set()  # activity ids answered right in this visit

    def open(self, lesson: Lesson, page: int, child: bool = False) -> None:
        """Show ``lesson`` from ``page``; ``child`` (8-11) uses the larger type."""
        self.lesson = lesson
        self.child = child
        self.body_pt = theme.CHILD_BODY_PT if child else theme.BODY_PT + 1
        self._solved = set()
        self.title.setText(lesson.title)
        self.show_page(max(0, min(page, len(lesson.pages) - 1)))

    def show_page(self, index: int) -> None:
        assert self.lesson is not None
        self.index = index
        lesson = self.lesson
        page = lesson.pages[index]
        content = QWidget()
        outer = QHBoxLayout(content)
        outer.setContentsMargins(40, 20, 40, 24)
        column = QWidget()
        column.setMaximumWidth(theme.READING_WIDTH_PX)
        outer.addWidget(column)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(16)
        band = "child" if self.child else ""
        self.quizzes, self.texts = [], []
        for block in page.blocks:
            if isinstance(block, MarkdownBlock):
                text = LessonText(render_markdown(block.source, lesson.module_dir), lesson.module_dir, self.body_pt)
                text.setProperty("band", band)
                text.link_needs_internet.connect(self._needs_internet)
                self.texts.append(text)
                col.addWidget(text)
            elif isinstance(block, Activity):
                quiz = QuizWidget(block)
                quiz.setProperty("band", band)
                if block.id in self._solved:
                    quiz.choose(*[i for i, o in enumerate(block.options) if o.correct])
                quiz.answered.connect(self._on_answered)
                self.quizzes.append(quiz)
                col.addWidget(quiz)
        col.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(content)
        self.counter.setText(self.tr("Page {page} of {pages}").format(page=index + 1, pages=len(lesson.pages)))
        self.back_button.setEnabled(index > 0)
        last = index == len(lesson.pages) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self._update_next()
        self.page_shown.emit(index)
        (self.quizzes[0].options[0] if self.quizzes and not self.quizzes[0].done else self.next_button).setFocus()

    def _on_answered(self, activity: Activity, chosen, correct: bool) -> None:
        if correct:
            self._solved.add(activity.id)
        self._update_next()
        quiz = next((q for q in self.quizzes if q.activity is activity), None)
        if quiz is not None:  # the feedback must be seen at once, not below the fold
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(quiz.feedback, 0, 24))
        self.answered.emit(activity, chosen, correct)
        if correct and all(q.done for q in self.quizzes):
            self.next_button.setFocus()

    def _update_next(self) -> None:
        pending = [q for q in self.quizzes if not q.done]
        self.next_button.setEnabled(not pending)
        self.hint.setText(self.tr("Answer the question to go on.") if pending else "")

    def _needs_internet(self, url: str) -> None:
        self.hint.setText(self.tr("That link needs internet; the kiosk does not open it. Ask the facilitator."))

    def next(self) -> None:
        if self.lesson is None or not self.next_button.isEnabled():
            return
        if self.index == len(self.lesson.pages) - 1:
            self.finished.emit()
        else:
            self.show_page(self.index + 1)

    def back(self) -> None:
        if self.lesson is not None and self.index > 0:
            self.show_page(self.index - 1)

    def clear(self) -> None:
        self.lesson = None
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.quizzes, self.texts = [], []
