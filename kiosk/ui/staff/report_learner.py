"""A learner's page in the staff reports: time, lessons, every answer, certificates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.activities import kind_of
from kiosk.core.clock import to_local
from kiosk.learning.reports import (
    AttemptLine,
    LearnerDetail,
    Status,
)
from kiosk.ui import theme
from kiosk.ui.staff.report_common import (
    ID_ROLE,
    STATUS_ROLE,
    Texts,
    clear_layout,
    long_date,
    paint_status,
    percent,
    read_only_table,
    short_datetime,
    table_item,
)
from kiosk.ui.widgets.common import avatar_icon, button, label, pixmap, plain_mnemonic, plain_tooltip

if TYPE_CHECKING:
    from kiosk.ui.staff.program_dialog import ProgramDialog


class LearnerView(QWidget):
    back = Signal()
    certificate_requested = Signal(str)  # module id

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.detail: LearnerDetail | None = None
        self.texts: Texts | None = None
        self.lesson_filter: str | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(14)
        self.back_button = button(self.tr("Back to the class"), None, "flecha-izq.svg")
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        self.avatar = QLabel()
        self.avatar.setFixedSize(48, 48)
        top.addWidget(self.avatar)
        self.name = label("", "subtitle", wrap=False)
        top.addWidget(self.name)
        top.addStretch(1)
        col.addLayout(top)
        self.stats = label("", "hint")
        col.addWidget(self.stats)
        certificates = QHBoxLayout()
        certificates.setSpacing(10)
        certificates.addWidget(label(self.tr("Certificates:"), "sectionTitle", wrap=False))
        self.certificates = QHBoxLayout()
        self.certificates.setContentsMargins(0, 0, 0, 0)
        self.certificates.setSpacing(10)
        holder = QWidget()
        holder.setLayout(self.certificates)
        scroll = QScrollArea()
        scroll.setObjectName("certificateRow")
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(theme.CERTIFICATE_ROW_PX)
        certificates.addWidget(scroll, 1)
        col.addLayout(certificates)

        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(label(self.tr("Lessons"), "sectionTitle"))
        self.lessons = read_only_table([self.tr("Lesson"), self.tr("Status"), self.tr("Time spent")])
        header = self.lessons.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.lessons.cellClicked.connect(self._lesson_clicked)
        left.addWidget(self.lessons, 1)
        body.addLayout(left, 5)

        right = QVBoxLayout()
        right.setSpacing(6)
        head = QHBoxLayout()
        self.attempts_title = label("", "sectionTitle")
        head.addWidget(self.attempts_title, 1)
        self.all_button = button(self.tr("Show all answers"), "quiet")
        self.all_button.clicked.connect(lambda: self.filter_lesson(None))
        head.addWidget(self.all_button)
        # A coding challenge's row: its last program, read-only (issue 12; program_dialog.py)
        self.program_button = button(self.tr("See the last program"), "quiet")
        self.program_button.clicked.connect(self.open_program)
        self.program_button.setEnabled(False)
        head.addWidget(self.program_button)
        right.addLayout(head)
        self.attempts = read_only_table([self.tr("When"), self.tr("Question"), self.tr("Answer"), self.tr("Result")])
        header = self.attempts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.attempts.itemSelectionChanged.connect(self._attempt_selected)
        self.attempts.cellDoubleClicked.connect(lambda row, _col: self.open_program(row))
        right.addWidget(self.attempts, 1)
        body.addLayout(right, 6)
        col.addLayout(body, 1)
        self.certificate_buttons: dict[str, Any] = {}
        self.program_dialog: Any = None  # the last program shown (tests look at it)

    def show_detail(self, detail: LearnerDetail, texts: Texts, lesson_id: str | None = None) -> None:
        self.detail = detail
        self.texts = texts
        self.avatar.setPixmap(pixmap(avatar_icon(detail.avatar), 48))
        self.name.setText(detail.display_name)
        if detail.last_visit is not None:
            self.stats.setText(self.tr("Time in lessons: {time} · %n visit(s) · last visit: {date}", "",
                                       detail.visits).format(time=texts.duration(detail.seconds),
                date=long_date(to_local(detail.last_visit).date(), self.lang)))
        else:
            self.stats.setText(self.tr("No lesson opened yet."))
        self.lessons.setRowCount(len(detail.lessons))
        for row, line in enumerate(detail.lessons):
            title = texts.lesson_title(line.lesson_id)
            seen = ""
            if line.last_visit is not None:
                seen = self.tr("Last visit: {date}").format(date=short_datetime(line.last_visit, self.lang, self.tr("d/M/yyyy HH:mm")))
            title_item = table_item(title, f"{title}\n{seen}" if seen else title)
            title_item.setData(ID_ROLE, line.lesson_id)
            self.lessons.setItem(row, 0, title_item)
            if line.status is Status.DONE:
                state = self.tr("✓ done · {score} %").format(score=percent(line.best_score))
            elif line.status is Status.IN_PROGRESS:
                state = self.tr("◐ {percent} % seen").format(percent=percent(line.progress))
            else:
                state = self.tr("– not started")
            state_item = table_item(state)
            state_item.setData(STATUS_ROLE, line.status)
            paint_status(state_item, line.status)
            self.lessons.setItem(row, 1, state_item)
            self.lessons.setItem(row, 2, table_item(texts.duration(line.seconds)))
        self.lessons.resizeRowsToContents()

        clear_layout(self.certificates)
        self.certificate_buttons = {}
        if not detail.modules_completed:
            self.certificates.addWidget(label(self.tr("none yet: they come with each module completed."), "hint"))
        for done in detail.modules_completed:
            title = texts.module_title(done.module_id)
            print_button = button(plain_mnemonic(title), None, "trofeo.svg")
            tip = self.tr("Print the certificate for “{module}” (completed on {date})").format(
                module=title, date=short_datetime(done.completed_at, self.lang, self.tr("d/M/yyyy")))
            print_button.setToolTip(plain_tooltip(tip))
            print_button.setAccessibleName(tip)
            print_button.clicked.connect(lambda _=False, m=done.module_id: self.certificate_requested.emit(m))
            self.certificate_buttons[done.module_id] = print_button
            self.certificates.addWidget(print_button)
        self.certificates.addStretch(1)
        self.filter_lesson(lesson_id)

    def _lesson_clicked(self, row: int, _column: int) -> None:
        item = self.lessons.item(row, 0)
        if item is not None:
            self.filter_lesson(item.data(ID_ROLE))

    def filter_lesson(self, lesson_id: str | None) -> None:
        detail, texts = self.detail, self.texts
        if detail is None or texts is None:
            return
        self.lesson_filter = lesson_id
        shown: Sequence[AttemptLine] = detail.attempts_on(lesson_id) if lesson_id else detail.attempts
        if lesson_id:
            self.attempts_title.setText(self.tr("Answers in “{lesson}”").format(lesson=texts.lesson_title(lesson_id)))
        else:
            self.attempts_title.setText(self.tr("All answers, newest first"))
        self.all_button.setVisible(lesson_id is not None)
        rows = list(reversed(shown))
        self.attempts.setRowCount(len(rows))
        for row, attempt in enumerate(rows):
            self.attempts.setItem(row, 0, table_item(short_datetime(attempt.at, self.lang, self.tr("d/M HH:mm"))))
            prompt = texts.prompt(attempt.question_id)
            question = table_item(prompt, f"{texts.lesson_title(attempt.lesson_id)}: {prompt}")
            question.setData(ID_ROLE, attempt.question_id)
            self.attempts.setItem(row, 1, question)
            activity = texts.activity(attempt.question_id)
            if activity is not None and getattr(kind_of(activity), "private", False):
                # A reflection is about the learner: staff see only the class's counts.
                self.attempts.setItem(row, 2, table_item(self.tr("Reflection: only counted for the class")))
                self.attempts.setItem(row, 3, table_item(self.tr("not graded")))
                continue
            self.attempts.setItem(row, 2, table_item(texts.answer(attempt.question_id, attempt.answer)))
            result = table_item(self.tr("✓ right") if attempt.correct else self.tr("✗ not yet"))
            paint_status(result, Status.DONE if attempt.correct else Status.IN_PROGRESS)
            self.attempts.setItem(row, 3, result)
        self.attempts.resizeRowsToContents()
        self._attempt_selected()
        if not rows:
            self.attempts_title.setText(self.attempts_title.text() + " — " + self.tr("no answers yet"))

    # -- a coding challenge's last program -----------------------------------------------------
    def _question_at(self, row: int) -> str | None:
        item = self.attempts.item(row, 1) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def _program_question(self, row: int) -> str | None:
        """The question of ``row`` when it is a coding challenge (a turtle activity)."""
        question_id = self._question_at(row)
        texts = self.texts
        if question_id is None or texts is None:
            return None
        activity = texts.activity(question_id)
        return question_id if activity is not None and activity.kind == "turtle" else None

    def _attempt_selected(self) -> None:
        self.program_button.setEnabled(self._program_question(self.attempts.currentRow()) is not None)

    def open_program(self, row: int | None = None) -> ProgramDialog | None:
        """The last program of the challenge of ``row`` (default: the selected row), read-only."""
        from kiosk.ui.staff.program_dialog import ProgramDialog, last_attempt, program_of

        row = self.attempts.currentRow() if row is None or isinstance(row, bool) else row
        question_id = self._program_question(row)
        detail, texts = self.detail, self.texts
        if question_id is None or detail is None or texts is None:
            return None
        attempt = last_attempt(detail.attempts, question_id)
        answer = program_of(texts.activity(question_id), attempt.answer) if attempt is not None else None
        if answer is None:
            return None
        dialog = ProgramDialog(detail.display_name, texts.prompt(question_id), answer, attempt.at,
                               self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.program_dialog = dialog
        return dialog


# -- difficult questions --------------------------------------------------------------------
