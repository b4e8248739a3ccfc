"""“Teacher: confirm”: a teacher taps their name and types their PIN on the learner's picture
screen (the staff sign-in panel of the exit dialog).  Used for a profile's first pictures (so
nobody claims a classmate's profile) and to lift a pause.  The owner (``PictureGate``) checks
the PIN on the task runner with the staff lock-out (``PicturePasswordService.
confirm_by_teacher``) and calls ``panel.show_outcome`` or ``accept``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.widgets.common import button, label


class TeacherConfirmDialog(QDialog):
    """A teacher's name, then PIN.  ``panel.submitted(staff_id, secret)``."""

    def __init__(self, learner_name: str, parent: QWidget | None = None) -> None:
        from kiosk.ui.staff.signin import StaffSignInPanel  # only when a teacher is called

        super().__init__(parent)
        self.setObjectName("teacherConfirmDialog")
        self.setWindowTitle(self.tr("A teacher confirms"))
        self.setModal(True)
        room = parent.window().size() if parent is not None else None
        width, height = 760, 680
        if room is not None and room.width() > 0:
            width, height = min(width, room.width() - 24), min(height, room.height() - 24)
        self.resize(width, height)
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 16, 24, 16)
        col.setSpacing(10)
        head = QHBoxLayout()
        text = label(self.tr("Teacher: tap your name and type your PIN to confirm this is {name}.").format(
            name=learner_name), "subtitle")  # label(): plain text, the name is never markup
        text.setTextFormat(Qt.TextFormat.PlainText)
        head.addWidget(text, 1)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        head.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(head)
        self.panel = StaffSignInPanel()
        self.panel.cancelled.connect(self.reject)
        col.addWidget(self.panel, 1)
