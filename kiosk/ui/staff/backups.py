"""Backups (coordinators): what recovery did (a notice kept until a coordinator dismisses it),
the backups kept, and "Copiar respaldo a USB" -- the newest good backup copied to a chosen
folder, checked there.  Everything that touches files runs on the task runner; results are
said in words, file names are plain text (``kiosk.store.backup``, ``kiosk.store.recovery``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.clock import to_local
from kiosk.ui.errors import error_text
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.widgets.common import button, label, set_prop
from kiosk.ui.widgets.fold import FoldRow


def _overview(backend) -> tuple[list[str], list[Any]]:
    return backend.backups.notices(), backend.backups.list()


class BackupsPage(QWidget):
    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.working = False
        col = QVBoxLayout(self)
        col.setContentsMargins(24, 12, 24, 12)
        col.setSpacing(8)
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(label(self.tr("Backups"), "subtitle", wrap=False))
        heading.addWidget(label(self.tr("The kiosk keeps a copy of its data every day: the last "
                                        "7 days and 4 weeks."), "hint"), 1, Qt.AlignmentFlag.AlignBottom)
        col.addLayout(heading)

        self.notice_card = QFrame()
        self.notice_card.setObjectName("card")
        notice_col = QVBoxLayout(self.notice_card)
        notice_col.setContentsMargins(20, 10, 20, 10)
        self.notice_text = label("", "error")
        self.notice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice_col.addWidget(self.notice_text)
        self.dismiss_button = button(self.tr("I have read it"))
        self.dismiss_button.clicked.connect(self.dismiss)
        notice_col.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice_card.hide()
        col.addWidget(self.notice_card)

        card = QFrame()
        card.setObjectName("card")
        card_box = QVBoxLayout(card)
        card_box.setContentsMargins(20, 10, 20, 10)
        card_row = FoldRow(6)  # the button under the list on a narrow screen (1024x600)
        card_box.addWidget(card_row)
        card_col = QVBoxLayout()
        card_col.addWidget(label(self.tr("Backups kept"), "fieldLabel", wrap=False))
        self.listing = label("…")
        self.listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_col.addWidget(self.listing)
        card_row.add(card_col, 1)
        self.copy_button = button(self.tr("Copy backup to USB…"), "primary")
        self.copy_button.clicked.connect(self.choose_folder)
        self.copy_button.setMinimumWidth(self.copy_button.sizeHint().width() + 24)
        card_row.add(self.copy_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        col.addWidget(card)
        self.message = label("", "pageMessage")
        self.message.hide()
        col.addWidget(self.message)
        col.addStretch(1)

    # -- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.run(_overview, self._show)

    def _show(self, overview: tuple[list[str], list[Any]]) -> None:
        notices, kept = overview
        paragraphs = "\n\n"
        self.notice_text.setText(paragraphs.join(notices))
        self.notice_card.setVisible(bool(notices))
        kinds = {"daily": self.tr("daily"), "weekly": self.tr("weekly")}
        lines = [self.tr("{when} ({kind}, {size} MB)").format(
            when=to_local(b.taken_at).strftime("%d/%m/%Y %H:%M"), kind=kinds.get(b.kind, b.kind),
            size=f"{b.size / 1_000_000:.1f}") for b in kept]
        one_per_line = "\n"
        self.listing.setText(one_per_line.join(lines) if lines else self.tr(
            "No backup yet: the kiosk takes the first one shortly after it starts."))
        self.copy_button.setEnabled(bool(kept) and not self.working)

    def dismiss(self) -> None:
        self.ctx.run(lambda backend: backend.backups.dismiss_notices(), lambda _r: self.refresh())

    # -- copying -----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or a folder"))
        if folder:
            self.copy_to(folder)

    def copy_to(self, folder: str) -> None:
        """Copy the newest good backup into ``folder`` (the dialog calls this; tests too)."""
        self.working = True
        self.copy_button.setEnabled(False)
        self._say(self.tr("Copying the backup…"), True)

        def done(path) -> None:
            self.working = False
            self.copy_button.setEnabled(True)
            self._say(self.tr("The backup was copied and checked: {file}. Keep the stick in a "
                              "safe place: it holds the learners' names.").format(file=path), True)

        def failed(exc: BaseException) -> None:
            self.working = False
            self.copy_button.setEnabled(True)
            if isinstance(exc, LookupError):
                text = self.tr("There is no good backup to copy yet.")
            elif isinstance(exc, OSError):
                text = self.tr("The backup could not be copied there. Is the USB stick full or "
                               "read-only? Try another folder.")
            else:
                text = error_text(exc)
            self._say(text, False)

        self.ctx.run(lambda backend: backend.backups.copy_newest_to(folder), done, failed)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        set_prop(self.message, "state", "ok" if ok else "try")
        self.message.show()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if not self.working:
            self.refresh()
