"""Difficult questions and module completion views of the staff reports."""

from __future__ import annotations

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.activities import kind_of
from kiosk.learning.reflections import ReflectionCounts
from kiosk.learning.reports import (
    DifficultQuestion,
    ModuleProgressLine,
)
from kiosk.ui.staff.report_common import MAX_DIFFICULT, Texts, clear_layout, percent
from kiosk.ui.widgets.common import label


def private_questions(catalog, lesson_ids) -> list[str]:
    """The question ids of ``lesson_ids`` whose answers staff see only as class counts
    (``reflect``: lessons/README.md, "reflect")."""
    found = []
    for lesson_id in lesson_ids:
        lesson = catalog.lesson(lesson_id, "es") if catalog is not None else None
        for activity in lesson.activities if lesson is not None else ():
            if getattr(kind_of(activity), "private", False):
                found.append(lesson.question_key(activity))
    return found


class DifficultView(QWidget):
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Questions most missed at the first try, and the answers chosen instead."), "hint"), 1)
        self.whole_site = QCheckBox(self.tr("Every learner of the telecenter"))
        self.whole_site.toggled.connect(self.scope_changed)
        top.addWidget(self.whole_site)
        col.addLayout(top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.cards = QVBoxLayout(holder)
        self.cards.setContentsMargins(0, 0, 8, 0)
        self.cards.setSpacing(12)
        scroll.setWidget(holder)
        col.addWidget(scroll, 1)
        self.shown: list[DifficultQuestion] = []
        self.private_lines: list[QLabel] = []
        self.card_widgets: list[QFrame] = []
        self.reflection_widgets: list[QFrame] = []

    def show_questions(self, found: list[DifficultQuestion], texts: Texts,
                       reflections: list[ReflectionCounts] = ()) -> None:
        clear_layout(self.cards)
        self.card_widgets = []
        private = {r.question_id for r in reflections}
        found = [q for q in found if q.question_id not in private]
        missed = [q for q in found if q.missed]
        self.shown = missed[:MAX_DIFFICULT]
        if not found and not reflections:
            self.cards.addWidget(label(self.tr("Nobody has answered these questions yet."), "hint"))
        elif not missed and any(not q.counts_only for q in found):
            self.cards.addWidget(label(self.tr("Every question was answered right at the first try. Well done, class!"), "hint"))
        for question in self.shown:
            card = QFrame()
            card.setObjectName("card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(18, 12, 18, 12)
            inner.setSpacing(6)
            inner.addWidget(label(texts.lesson_title(question.lesson_id), "hint"))
            inner.addWidget(label(texts.prompt(question.question_id), "sectionTitle"))
            row = QHBoxLayout()
            bar = QProgressBar()
            bar.setObjectName("missedBar")
            bar.setRange(0, max(1, question.answered))
            bar.setValue(question.missed)
            bar.setMaximumWidth(260)
            summary = self.tr("Missed at the first try by {missed} of {answered} ({percent} %)").format(
                missed=question.missed, answered=question.answered, percent=percent(question.share_missed))
            bar.setAccessibleName(summary)
            row.addWidget(bar)
            row.addWidget(label(summary, None, wrap=False))
            row.addStretch(1)
            inner.addLayout(row)
            for wrong in question.wrong_answers[:3]:
                inner.addWidget(label(self.tr("• “{answer}” — chosen by {count}").format(
                    answer=texts.answer(question.question_id, wrong.answer), count=wrong.count), None))
            self.cards.addWidget(card)
            self.card_widgets.append(card)
        private = [q for q in found if q.counts_only]
        self.private_lines: list[QLabel] = []
        if private:  # sensitive lessons: how many answered, never how (lessons/README.md)
            self.cards.addWidget(label(self.tr("Sensitive lessons: only how many answered is shown."), "sectionTitle"))
            for question in private:
                line = label(self.tr("“{lesson}” — {prompt}: answered by %n learner(s)", "", question.answered).format(
                    lesson=texts.lesson_title(question.lesson_id), prompt=texts.prompt(question.question_id)), None)
                self.cards.addWidget(line)
                self.private_lines.append(line)
        self.reflection_widgets = [self._reflection_card(r, texts) for r in reflections]
        self.cards.addStretch(1)

    def _reflection_card(self, counts: ReflectionCounts, texts: Texts) -> QFrame:
        """A reflection: how many chose each answer, never who (hidden below 3 learners)."""
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(18, 12, 18, 12)
        inner.setSpacing(6)
        inner.addWidget(label(self.tr("Reflection (not graded) · {lesson}").format(
            lesson=texts.lesson_title(counts.lesson_id)), "hint"))
        inner.addWidget(label(texts.prompt(counts.question_id), "sectionTitle"))
        if counts.hidden:
            inner.addWidget(label(self.tr(
                "Answered by %n learner(s): too few to show the answers without pointing at someone.",
                "", counts.learners), None))
        else:
            inner.addWidget(label(self.tr(
                "Answered by %n learner(s); only these counts are shown, never who chose what.",
                "", counts.learners), None))
            for answer, count in counts.counts:
                inner.addWidget(label(self.tr("• “{answer}” — chosen by {count}").format(
                    answer=texts.answer(counts.question_id, answer), count=count), None))
        self.cards.addWidget(card)
        return card


# -- module completion ---------------------------------------------------------------------


class CompletionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        col.addWidget(label(self.tr("Learners of the class who completed every lesson of each module."), "hint"))
        self.panel = QFrame()
        self.panel.setObjectName("card")
        self.rows = QVBoxLayout(self.panel)
        self.rows.setContentsMargins(20, 16, 20, 16)
        self.rows.setSpacing(12)
        col.addWidget(self.panel)
        col.addStretch(1)
        self.bars: dict[str, QProgressBar] = {}

    def show_lines(self, lines: list[ModuleProgressLine], texts: Texts) -> None:
        clear_layout(self.rows)
        self.bars = {}
        if not lines:
            self.rows.addWidget(label(self.tr("There are no modules on this kiosk yet."), "hint"))
        for line in lines:
            row = QHBoxLayout()
            row.setSpacing(16)
            title = label(texts.module_title(line.module_id), None)
            title.setMinimumWidth(320)
            row.addWidget(title, 2)
            bar = QProgressBar()
            bar.setObjectName("completionBar")
            bar.setRange(0, max(1, line.total))
            bar.setValue(line.completed)
            text = self.tr("{done} of {total} ({percent} %)").format(
                done=line.completed, total=line.total, percent=percent(line.share))
            bar.setAccessibleName(text)
            row.addWidget(bar, 3)
            count = label(text, None, wrap=False)
            count.setMinimumWidth(170)
            row.addWidget(count)
            self.rows.addLayout(row)
            self.bars[line.module_id] = bar


# -- assign ---------------------------------------------------------------------------------


