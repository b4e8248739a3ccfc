"""“Teacher: confirm”: a teacher taps their name and types their PIN on the learner's picture
screen (the staff sign-in panel of the exit dialog, as a page of the screen rather than a
dialog: it fits a 1024x600 kiosk, and nothing floats over a child's screen).  Used for a
profile's first pictures (so nobody claims a classmate's profile) and to lift a pause.  The
owner (``PictureGate``) checks the PIN on the task runner with the staff lock-out
(``PicturePasswordService.confirm_by_teacher``) and calls ``panel.show_outcome``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.common import button, label


class TeacherConfirmPage(QWidget):
    """A line saying what is confirmed, "Cancel", and the staff names then PIN pad:
    ``panel.submitted(staff_id, secret)``; ``cancelled`` for "Cancel" or Escape."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from kiosk.ui.staff.signin import StaffSignInPanel  # only when a teacher is called

        super().__init__(parent)
        self.setObjectName("teacherConfirm")
        row = QHBoxLayout(self)  # side by side: the PIN pad needs all of a 1024x600 screen's height
        row.setContentsMargins(24, 12, 24, 8)
        row.setSpacing(24)
        side = QVBoxLayout()
        side.setSpacing(16)
        self.text = label("", "subtitle")  # plain text: the learner's name is never markup
        self.text.setFixedWidth(300)
        side.addWidget(self.text)
        self.cancel_button = button(self.tr("Cancel"), "quiet", "flecha-izq.svg")
        self.cancel_button.clicked.connect(self.cancelled)
        side.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        row.addLayout(side)
        self.panel = StaffSignInPanel()
        self.panel.cancelled.connect(self.cancelled)
        row.addWidget(self.panel, 1)
        # Never push a small window taller (the names scroll; the pad is 447 px high).
        self.setMinimumSize(720, 480)

    def start(self, learner_name: str) -> None:
        self.text.setText(self.tr("Teacher: tap your name and type your PIN to confirm this is {name}.").format(
            name=learner_name))
        self.panel.set_staff([])

    def set_staff(self, staff: list) -> None:
        self.panel.set_staff(staff)
