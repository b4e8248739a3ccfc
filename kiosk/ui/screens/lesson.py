"""The lesson reader: one short page at a time, big type, back/next, activities inline.

Each activity is shown by its kind's widget (``kiosk.ui.activities``); which page comes next is
the lesson's page flow's answer (``Lesson.next_page``), so a kind may branch; Back retraces the
pages shown.

A child cannot get lost in a page: the whole page scrolls as one (the texts have no box of their
own); a question waiting below the fold is announced ("The question is further down") and the
disabled Next, pressed anyway, brings it into view and gives it the focus.

A page's Markdown is rendered on the task runner's compute lane, never on the UI thread (the
limits of ``kiosk.content.limits`` keep it short; this is the backstop).  A normal page is ready
within ``GRACE_S`` and appears in one go; the next page is rendered ahead and every rendered
page is kept for the visit (Back and Next show it at once).  A page not ready within
``render_limit_ms`` is shown with a kind message in place of its text, with Back and Next.

"Read aloud" (``kiosk.ui.read_aloud``) speaks the page shown -- its text, its messages, its
questions with their options -- in the lesson's language; it is there only where this PC has a
voice for that language, and it stops on a second press, on leaving the page and when the screen
is left (home, finished, signed out, idle)."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.content.model import LANG_NAMES, Activity, HelpBlock, Lesson, MarkdownBlock, MockBlock, ShownLesson
from kiosk.content.render import render_markdown
from kiosk.ui import theme
from kiosk.ui.activities import ActivityWidget, widget_for
from kiosk.ui.answer_commit import AnswerCommit
from kiosk.ui.screens.lesson_read_aloud import LessonReadAloud
from kiosk.ui.screens.lesson_render import PageRenders
from kiosk.ui.widgets.common import ElidedLabel, TopBar, button, label, plain_tooltip
from kiosk.ui.widgets.help_card import HelpCard, HelpList
from kiosk.ui.widgets.lesson_text import LessonText
from kiosk.ui.widgets.mock_view import MockView

if TYPE_CHECKING:
    from kiosk.ui.tasks import Task, TaskRunner

# A question taller than this share of the page's viewport counts as seen when this much of it is.
SEEN_SHARE = 0.6
GRACE_S = 0.5  # a page ready within this is shown at once; later ones arrive by callback
RENDER_LIMIT_MS = 3000  # a page not ready by then shows a kind message instead of its text
PRERENDER_DELAY_MS = 150  # the next page is rendered ahead this long after one is shown


class LessonScreen(PageRenders, QWidget):
    page_shown = Signal(int)  # index of the page now shown
    record_answer = Signal(object)  # an AnswerCommit: record it, then ``finish`` it (lesson run)
    answered = Signal(object, object, bool)  # Activity, the kind's answer, correct: recorded and shown
    save_drawing = Signal(object, str)  # a coding widget, the program to keep in the gallery
    finished = Signal()
    go_home = Signal()

    def __init__(self, parent: QWidget | None = None, *, tasks: TaskRunner | None = None,
                 render: Callable[[str, Path], str] = render_markdown) -> None:
        """``tasks``: the runner whose compute lane renders the pages (None: rendered here, on
        the UI thread -- for a screen on its own); ``render`` runs on that lane."""
        super().__init__(parent)
        self.setObjectName("screen")
        self.tasks = tasks
        self.render = render
        self.render_limit_ms = RENDER_LIMIT_MS
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = TopBar()
        self.home_button = button(self.tr("Home"), "quiet", "casa.svg")
        self.home_button.clicked.connect(self.go_home)
        bar.add_left(self.home_button)
        self.title = ElidedLabel("")  # a long title is cut with "…", never widens the window
        self.title.setObjectName("subtitle")
        bar.add_left(self.title)
        self.aloud = LessonReadAloud(self)  # kiosk.ui.screens.lesson_read_aloud
        self.read_button, self.reader = self.aloud.button, self.aloud.reader
        bar.add_right(self.read_button)
        self.counter = label("", "pageCounter", wrap=False)
        bar.add_right(self.counter)
        outer.addWidget(bar)
        # The translation's state (lessons/README.md, "Translation state") and, for a sensitive
        # lesson, the help card: under the bar, on every page, outside the page's scroll.
        self.translation_note = label("", "hint")
        self.translation_note.setContentsMargins(40, 6, 40, 0)
        self.translation_note.hide()
        outer.addWidget(self.translation_note)
        self.help_card = HelpCard()
        self.help_card.hide()
        self._help_key: tuple | None = None  # (help lines, language) the card shows
        help_row = QHBoxLayout()
        help_row.setContentsMargins(40, 8, 40, 0)
        help_row.addWidget(self.help_card)
        outer.addLayout(help_row)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("pageScroll")  # a tab stop with a visible focus: the keys scroll it
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click on the text does not frame the page
        bar_v = self.scroll.verticalScrollBar()
        bar_v.valueChanged.connect(self._update_cue)
        bar_v.rangeChanged.connect(self._update_cue)
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
        self.next_button.installEventFilter(self)  # pressed while disabled: show the question
        self.cue = button(self.tr("The question is further down ↓"), "cue")
        self.cue.clicked.connect(self.reveal_question)
        self.cue.hide()
        nav.addWidget(self.back_button)
        nav.addWidget(self.hint, 1)
        nav.addWidget(self.cue, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)

        self.lesson: Lesson | None = None
        self.index = 0
        self.body_pt = theme.BODY_PT
        self.child = False
        self.quizzes: list[ActivityWidget] = []  # the activity widgets of the page shown
        self.texts: list[LessonText] = []
        # Activity id -> the answer that solved it in this visit: shown again on Back and read by
        # the page flow. The lesson run (``kiosk.ui.lesson_run``) passes its own.
        self.solved: MutableMapping[str, Any] = {}
        self._history: list[int] = []  # the pages shown before this one, for Back
        self._focus_pending = False  # a new page waits for its first layout to place the focus
        self._rendered: dict[int, list[str]] = {}  # page -> its Markdown blocks' HTML (this visit)
        self._renders: dict[int, tuple[Task, dict[str, list[str]]]] = {}  # page -> render in flight
        self._visit = 0  # callbacks of renders for an earlier visit are dropped
        self.waiting: int | None = None  # the page asked for, still being rendered
        self._too_slow_timer = QTimer(self)
        self._too_slow_timer.setSingleShot(True)
        self._too_slow_timer.timeout.connect(self._too_slow)
        self.unshown: QLabel | None = None  # the kind message of a page that could not be shown
        self.help_lines: tuple = ()  # lessons/ayuda.yaml (``kiosk.content.help_lines.HelpLine``)
        self.lang = "es"  # the learner's language: help lines and notes
        # activity id -> the learner's work from an earlier visit (a coding challenge's last program)
        self.earlier_work: dict[str, Any] = {}

    def resume_work(self, work: dict[str, Any]) -> None:
        """The learner's work from earlier visits, by activity id (``LessonRunController``):
        given to the activities shown now and to those of the pages shown later."""
        self.earlier_work.update(work)
        for quiz in self.quizzes:
            if quiz.activity.id in work and quiz.activity.id not in self.solved:
                quiz.resume_work(work[quiz.activity.id])

    def open(self, lesson: Lesson, page: int, child: bool = False,
             solved: MutableMapping[str, Any] | None = None, *, shown: ShownLesson | None = None,
             help_lines: tuple = (), lang: str | None = None) -> None:
        """Show ``lesson`` from ``page``; ``child`` (8-11) uses the larger type; ``solved``
        holds the answers that solved activities in this visit (kept up to date here).
        ``shown``: why this file of the lesson (its translation state, noted above the page);
        ``help_lines``: lessons/ayuda.yaml, for a sensitive lesson's card and ``ayuda`` blocks;
        ``lang``: the learner's language (default the lesson's)."""
        self.reader.stop()
        self.lesson = lesson
        self.lang = lang or lesson.lang
        self.help_lines = tuple(help_lines)
        if lesson.sensitive and self._help_key != (self.help_lines, self.lang):  # made again only when it changes
            self._help_key = (self.help_lines, self.lang)
            self.help_card.set_lines(self.help_lines, self.lang)
        self.help_card.setVisible(lesson.sensitive)
        note = self.translation_text(shown) if shown is not None else ""
        self.translation_note.setText(note)
        self.translation_note.setVisible(bool(note))
        self.child = child
        self.body_pt = theme.CHILD_BODY_PT if child else theme.BODY_PT + 1
        self.solved = {} if solved is None else solved
        self.earlier_work = {}
        self._history = []
        self._forget_renders()
        self.title.setText(lesson.title)
        self.title.setToolTip(plain_tooltip(lesson.title))
        self.reader.prepare()  # the first time: asks the speech program for its voices
        self.aloud.update_button()
        self.show_page(max(0, min(page, len(lesson.pages) - 1)))

    def _language_name(self, code: str) -> str:
        return QCoreApplication.translate("ContentLanguage", LANG_NAMES[code]) if code in LANG_NAMES else code

    def translation_text(self, shown: ShownLesson) -> str:
        """The note on a translation's state, in the learner's language ("" when current)."""
        name = self._language_name(shown.wanted)
        if shown.fallback == "major":
            return self.tr("This lesson is shown in Spanish: the {language} version is being updated.").format(language=name)
        if shown.fallback == "review":
            return self.tr("This lesson is shown in Spanish until its {language} translation is reviewed.").format(language=name)
        notes = []
        if shown.updating:
            notes.append(self.tr("The {language} version is being updated.").format(language=name))
        if shown.in_review:
            notes.append(self.tr("Translation under review."))
        return " ".join(notes)

    def show_page(self, index: int) -> None:
        """Show page ``index`` now if it is rendered (or renders within ``GRACE_S``); else when
        its render arrives, or with a kind message after ``render_limit_ms``."""
        assert self.lesson is not None
        self.reader.stop()  # a page is read only while it is shown
        self.index = index
        self.waiting = None
        self._too_slow_timer.stop()
        htmls = self._rendered.get(index)
        if htmls is None and (self.tasks is None or not self._sources(index)):
            htmls = self._rendered[index] = self._render_now(index)
        if htmls is None:
            task, holder = self._request(index)
            if task.wait(GRACE_S) and "html" in holder:
                htmls = self._rendered[index] = holder["html"]
            else:
                self.waiting = index
                self._too_slow_timer.start(self.render_limit_ms)
                return
        self._build(index, htmls)

    def _build(self, index: int, htmls: list[str] | None) -> None:
        """Lay page ``index`` out: ``htmls`` for its Markdown blocks, None for a kind message."""
        assert self.lesson is not None
        lesson = self.lesson
        page = lesson.pages[index]
        shown = self.scroll.widget()
        if shown is not None:  # deleted now, before the new page is built: never both alive
            shiboken6.delete(shown)
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
        self.quizzes, self.texts, self.unshown = [], [], None
        texts = iter(htmls or [])
        for block in page.blocks:
            if isinstance(block, MarkdownBlock):
                if htmls is None:
                    if self.unshown is None:
                        self.unshown = label(self.tr("This page could not be shown. Tell your teacher."), "subtitle")
                        self.unshown.setAlignment(Qt.AlignmentFlag.AlignCenter)
                        col.addWidget(self.unshown)
                    continue
                text = LessonText(next(texts), lesson.module_dir, self.body_pt)
                text.setProperty("band", band)
                text.link_needs_internet.connect(self._needs_internet)
                self.texts.append(text)
                col.addWidget(text)
            elif isinstance(block, Activity):
                quiz = widget_for(block, column)
                quiz.setProperty("band", band)
                quiz.attach(tasks=self.tasks, lang=lesson.lang)
                if hasattr(quiz, "studio_ready"):  # a coding challenge (kiosk.ui.activities.turtle)
                    if not any(hasattr(q, "studio_ready") for q in self.quizzes):
                        quiz.studio  # noqa: B018 - the page's first studio is built now; later ones when near
                    quiz.studio_ready.connect(lambda content=content: self._studio_ready(content))
                if block.id in self.solved:
                    quiz.restore(self.solved[block.id])
                elif block.id in self.earlier_work:
                    quiz.resume_work(self.earlier_work[block.id])
                quiz.set_recorder(self._record)  # committed before the learner is told
                quiz.answered.connect(self._on_answered)
                if hasattr(quiz, "save_drawing"):  # a coding challenge: its drawing can be kept
                    quiz.offer_gallery(True)
                    quiz.save_drawing.connect(self.save_drawing)
                self.quizzes.append(quiz)
                col.addWidget(quiz)
            elif isinstance(block, HelpBlock):
                by_id = {line.id: line for line in self.help_lines}
                chosen = [by_id[i] for i in block.ids if i in by_id] if block.ids else list(self.help_lines)
                col.addWidget(HelpList(chosen, self.lang))
            elif isinstance(block, MockBlock):
                view = MockView(block.mock)
                view.setProperty("band", band)
                col.addWidget(view)
        col.addStretch(1)
        # The page shown before was deleted at once (above): taking it out first (takeWidget)
        # would restyle every widget of it for nothing (the app's style sheet restyles a widget
        # taken out of the window), and deleting it after building this one would keep both
        # alive for a moment (the peak memory).  Safe: a page is only ever replaced from outside
        # it (Back, Next, open, a render arriving, a timer).
        self.scroll.setWidget(content)
        self._tab_order(content)
        self.counter.setText(self.tr("Page {page} of {pages}").format(page=index + 1, pages=len(lesson.pages)))
        self.back_button.setEnabled(index > 0 or bool(self._history))
        self._update_next()
        self.page_shown.emit(index)
        self._focus_pending = True
        if self.isVisible():
            self._settle()
            self._place_focus()
        visit = self._visit  # the next page, once this one is painted (not competing with it)
        QTimer.singleShot(PRERENDER_DELAY_MS, self, lambda: visit == self._visit and self._prerender(index + 1))

    def _studio_ready(self, content: QWidget) -> None:
        """A coding studio further down the page was built: its controls join the tab order."""
        if self.scroll.widget() is content:
            self._tab_order(content)

    def _tab_order(self, content: QWidget) -> None:
        """Tab goes Home, the page, its questions' controls, then Back, the cue and Next."""
        stops = [w for w in content.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        previous: QWidget = self.scroll
        for stop in [*stops, self.back_button, self.cue, self.next_button]:
            QWidget.setTabOrder(previous, stop)
            previous = stop

    # -- where the learner is -------------------------------------------------------------------
    def _settle(self) -> None:
        """Lay the new page out now (its texts' heights follow their widths), so what is in
        view is known before the first paint."""
        for _ in range(3):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _place_focus(self) -> None:
        """The first question when it is in view; the cue when it waits below; else Next."""
        self._focus_pending = False
        self._update_cue()
        pending = self.pending_question()
        if pending is not None and self.cue.isVisible():
            self.cue.setFocus()
        elif pending is not None:
            pending.take_focus()
        elif self.next_button.isEnabled():
            self.next_button.setFocus()
        else:
            self.scroll.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._focus_pending and self.lesson is not None:
            self._settle()
            self._place_focus()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.reader.stop()  # home, finished, signed out, the idle timeout: the screen is left
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._update_cue)  # once the page is laid out at the new size

    def pending_question(self) -> ActivityWidget | None:
        """The first question of the page still waiting for its answer."""
        return next((q for q in self.quizzes if not q.done), None)

    def question_place(self, quiz: QWidget) -> str:
        """Where ``quiz`` is for the learner: "seen" when most of it is in the page's viewport
        (all of it, or SEEN_SHARE of the viewport when it is taller), else "below" the fold or
        "above" it (scrolled past)."""
        viewport = self.scroll.viewport()
        if not viewport.isAncestorOf(quiz):  # the page is being built
            return "seen"
        top = quiz.mapTo(viewport, QPoint(0, 0)).y()
        shown = min(top + quiz.height(), viewport.height()) - max(top, 0)
        if shown >= min(quiz.height(), int(viewport.height() * SEEN_SHARE)):
            return "seen"
        return "below" if top > 0 else "above"

    def _update_cue(self) -> None:
        pending = self.pending_question()
        place = "seen" if pending is None or self.lesson is None else self.question_place(pending)
        if place == "below":
            self.cue.setText(self.tr("The question is further down ↓"))
        elif place == "above":
            self.cue.setText(self.tr("The question is further up ↑"))
        had_focus = self.window().focusWidget() is self.cue
        if self.cue.isVisibleTo(self) != (place != "seen"):
            self.cue.setVisible(place != "seen")
            self.hint.setVisible(place == "seen")
        if had_focus and place == "seen" and pending is not None:
            pending.take_focus()  # the cue leaves: the focus goes to what it pointed at

    def reveal_question(self) -> None:
        """Bring the waiting question into view and give it the focus."""
        pending = self.pending_question()
        if pending is None:
            return
        self.scroll.ensureWidgetVisible(pending, 0, 24)
        viewport = self.scroll.viewport()
        if pending.height() > viewport.height():  # taller than the screen: its top first
            bar = self.scroll.verticalScrollBar()
            bar.setValue(bar.value() + pending.mapTo(viewport, QPoint(0, 0)).y() - 24)
        pending.take_focus()
        self._update_cue()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if (watched is self.next_button and not self.next_button.isEnabled()
                and event.type() == QEvent.Type.MouseButtonRelease and self.next_button.rect().contains(event.position().toPoint())):
            self.reveal_question()
            return True
        return super().eventFilter(watched, event)

    def _next_index(self) -> int | None:
        assert self.lesson is not None
        return self.lesson.next_page(self.index, self.solved)

    def _record(self, activity: Activity, answer: Any, correct: bool) -> AnswerCommit:
        """A question asks to record a try: whoever records takes the ``AnswerCommit``
        (``record_answer``; the lesson run). A screen on its own records nowhere: done at once."""
        commit = AnswerCommit(activity, answer, correct)
        self.record_answer.emit(commit)
        if not commit.taken:
            commit.finish()
            commit.deliver()
        return commit

    def _on_answered(self, activity: Activity, answer: Any, correct: bool) -> None:
        if correct:
            self.solved[activity.id] = answer
        self._update_next()
        quiz = next((q for q in self.quizzes if q.activity is activity), None)
        if quiz is not None:  # the feedback must be seen at once, not below the fold
            self._show_in_page(quiz.feedback)  # now, and again once everything has settled
            # the quiz as the timer's context: dropped if its page is replaced before it fires
            QTimer.singleShot(0, quiz, lambda: self._show_in_page(quiz.feedback))
        self.answered.emit(activity, answer, correct)
        if correct and all(q.done for q in self.quizzes):
            self.next_button.setFocus()

    def _show_in_page(self, widget: QWidget) -> None:
        """Scroll ``widget`` into view once the page's layout has caught up with what was just
        shown (a scenario's ending and its explanation grow the page a turn later)."""
        for _ in range(3):  # a wrapped label's new height asks for one more layout pass
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.scroll.ensureWidgetVisible(widget, 0, 24)

    def _update_next(self) -> None:
        last = self._next_index() is None  # the page flow may depend on the answers
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        pending = [q for q in self.quizzes if not q.done]
        self.next_button.setEnabled(not pending)
        self.hint.setText(self.tr("Answer the question to go on.") if pending else "")
        self._update_cue()

    def _needs_internet(self, url: str) -> None:
        self.hint.show()
        self.cue.hide()
        self.hint.setText(self.tr("That link needs internet; the kiosk does not open it. Ask the facilitator."))

    def next(self) -> None:
        if self.lesson is None or not self.next_button.isEnabled() or self.waiting is not None:
            return
        following = self._next_index()
        if following is None:
            self.finished.emit()
        else:
            self._history.append(self.index)
            self.show_page(following)

    def back(self) -> None:
        if self.lesson is None or not self.back_button.isEnabled() or self.waiting is not None:
            return
        self.show_page(self._history.pop() if self._history else self.index - 1)

    # -- read aloud (kiosk.ui.screens.lesson_read_aloud) -----------------------------------------
    def read_aloud(self) -> None:
        """Speak the page shown, in the lesson's language; pressed again, stop."""
        self.aloud.toggle()

    def page_text(self) -> str:
        """The page shown as plain text (what "Read aloud" says)."""
        return self.aloud.page_text()

    def clear(self) -> None:
        self.reader.stop()
        self._forget_renders()
        self.lesson = None
        self.help_card.hide()
        self.translation_note.hide()
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.quizzes, self.texts = [], []
