"""A mock message drawn by the kiosk (``kiosk.content.mock.Mock``): a chat, an SMS, an e-mail, a
social profile or a post, in a card of its own look -- no real app's logo, colours or name.

Every text is untrusted plain text (``Qt.PlainText``); a link is text styled as a link and is
never opened. A part with an id (sender, subject, message, link, attachment) is a ``MockPart``:
with ``markable`` the learner taps it (or Tabs to it and presses Space) to mark it, for the
``spot`` activity (``kiosk/ui/activities/spot.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.mock import Mock, MockMessage, MockPart, MockSender
from kiosk.ui.widgets.common import set_prop
from kiosk.ui.widgets.mock_style import CARD_MAX_PX, PART_STATES  # MOCK_CSS: in theme.application_sheet()

__all__ = ["MockView", "MockPartWidget"]


def _text(text: str, name: str, wrap: bool = True) -> QLabel:
    lbl = QLabel(text)
    lbl.setObjectName(name)
    lbl.setTextFormat(Qt.TextFormat.PlainText)  # untrusted: never rich text, never a link
    lbl.setWordWrap(wrap)
    lbl.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lbl


class MockPartWidget(QFrame):
    """One piece of the mock. With an id and ``markable``: a tap, Space or Enter marks it."""

    toggled = Signal(str, bool)  # part id, marked

    def __init__(self, role: str, part_id: str = "", spoken: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mockPart")
        self.setProperty("role", role)
        self.setProperty("state", "")
        self.part_id = part_id
        self.marked = False
        self.markable = False
        self.setAccessibleName(spoken)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(12, 8, 12, 8)
        self.row.setSpacing(8)
        self.col = QVBoxLayout()
        self.col.setContentsMargins(0, 0, 0, 0)
        self.col.setSpacing(4)
        self.row.addLayout(self.col, 1)
        self.badge = _text("", "mockBadge", wrap=False)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedSize(30, 30)
        self.badge.hide()
        self.row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)

    def set_markable(self, markable: bool) -> None:
        self.markable = markable and bool(self.part_id)
        policy = self.badge.sizePolicy()
        policy.setRetainSizeWhenHidden(self.markable)  # marking does not re-wrap the text
        self.badge.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.markable else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.markable else Qt.CursorShape.ArrowCursor)
        set_prop(self, "markable", self.markable)

    def set_marked(self, marked: bool, *, emit: bool = False) -> None:
        self.marked = marked
        self.set_state("marked" if marked else "")
        if emit:
            self.toggled.emit(self.part_id, marked)

    def set_state(self, state: str) -> None:
        """"" (plain), "marked", "found" (a sign, found), "wrong" (marked, no sign)."""
        assert state in PART_STATES
        set_prop(self, "state", state)
        self.badge.setText({"marked": "!", "found": "✓", "wrong": "✗"}.get(state, ""))
        set_prop(self.badge, "state", state)
        self.badge.setVisible(bool(state))

    def click(self) -> None:
        """What a tap does (like ``QAbstractButton.click``)."""
        if self.markable:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_marked(not self.marked, emit=True)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if self.markable and event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # a link inside a message is its own part: the message does not toggle
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if self.markable and event.button() == Qt.MouseButton.LeftButton:
            if self.rect().contains(event.position().toPoint()):
                self.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        if self.markable and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.set_marked(not self.marked, emit=True)
            event.accept()
            return
        super().keyPressEvent(event)


class _Avatar(QWidget):
    """A coloured circle with the sender's first letter (no photo, no logo)."""

    def __init__(self, name: str, px: int) -> None:
        super().__init__()
        first = next((c for c in name if c.isalnum()), "")
        self.letter = first.upper() if first.isalpha() else ""  # a number: a person's outline
        self.setFixedSize(px, px)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#7A8793"))
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))
        if not self.letter:
            size = self.height()
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(QPointF(size / 2, size * 0.38), size * 0.17, size * 0.17)
            painter.drawChord(int(size * 0.22), int(size * 0.6), int(size * 0.56), int(size * 0.5), 0, 180 * 16)
            return
        font = painter.font()
        font.setPixelSize(int(self.height() * 0.45))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.letter)


class _FileIcon(QWidget):
    """A sheet of paper with a folded corner: an attachment, without any app's icon."""

    def __init__(self) -> None:
        super().__init__()
        self.setFixedSize(26, 32)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#4A5560"), 2))
        painter.setBrush(QColor("#FFFFFF"))
        w, h, fold = self.width() - 3.0, self.height() - 3.0, 8.0
        path = QPainterPath(QPointF(1.5, 1.5))
        path.lineTo(w - fold, 1.5)
        path.lineTo(w, 1.5 + fold)
        path.lineTo(w, h)
        path.lineTo(1.5, h)
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(QPointF(w - fold, 1.5), QPointF(w - fold, 1.5 + fold))
        painter.drawLine(QPointF(w - fold, 1.5 + fold), QPointF(w, 1.5 + fold))
        for y in (14.0, 19.0, 24.0):
            painter.drawLine(QPointF(6.0, y), QPointF(w - 6.0, y))


class MockView(QWidget):
    """The mock, centred in its own card. ``parts``: part id -> its widget."""

    part_toggled = Signal(str, bool)

    def __init__(self, mock: Mock, parent: QWidget | None = None, *, markable: bool = False,
                 focusable: bool = False) -> None:
        """``markable``: its parts can be marked (``spot``); ``focusable``: the card is a tab
        stop (a question's message, ``take_focus``)."""
        super().__init__(parent)
        self.setObjectName("mockView")  # property "band": "child" for the larger type
        self.mock = mock
        self.parts: dict[str, MockPartWidget] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("mockCard")
        self.card.setProperty("kind", mock.kind)
        self.card.setMaximumWidth(CARD_MAX_PX)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.card.setAccessibleName(self._kind_name())
        if focusable:
            self.card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer.addWidget(self.card, 100)
        outer.addStretch(1)
        self.col = QVBoxLayout(self.card)
        self.col.setContentsMargins(0, 0, 0, 14)
        self.col.setSpacing(8)
        {"chat": self._conversation, "sms": self._conversation, "email": self._email,
         "profile": self._profile, "post": self._post}[mock.kind]()
        self.set_markable(markable)

    def _kind_name(self) -> str:
        return {"chat": self.tr("A chat message (an example)"), "sms": self.tr("A text message (an example)"),
                "email": self.tr("An e-mail (an example)"), "profile": self.tr("A social media profile (an example)"),
                "post": self.tr("A social media post (an example)")}[self.mock.kind]

    def take_focus(self) -> None:
        """Focus the card (a question's message: the learner reads it first, then Tabs to the
        answers) and scroll the page so that it is in view, its top first when it is taller."""
        self.card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = self.parent()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parent()
        if scroll is None:
            return
        viewport = scroll.viewport()
        if self.card.height() > viewport.height() - 8:
            bar = scroll.verticalScrollBar()
            bar.setValue(bar.value() + self.card.mapTo(viewport, QPoint(0, 0)).y())
        else:
            scroll.ensureWidgetVisible(self.card, 0, 4)

    # -- marking --------------------------------------------------------------------------------
    def set_markable(self, markable: bool) -> None:
        for part in self.parts.values():
            part.set_markable(markable)

    def marked(self) -> frozenset[str]:
        return frozenset(p for p, w in self.parts.items() if w.marked)

    def set_marked(self, ids: frozenset[str] | set[str]) -> None:
        for part_id, widget in self.parts.items():
            widget.set_marked(part_id in ids)

    def _part(self, role: str, part_id: str, spoken: str) -> MockPartWidget:
        widget = MockPartWidget(role, part_id, spoken)
        if part_id:
            self.parts[part_id] = widget
            widget.toggled.connect(self.part_toggled)
        return widget

    # -- pieces ---------------------------------------------------------------------------------
    def _sender_part(self, sender: MockSender, avatar_px: int, *, role: str = "sender",
                     time: str = "", prefix: str = "") -> MockPartWidget:
        part = self._part(role, sender.id, f"{prefix}{sender.name} {sender.detail}".strip())
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(_Avatar(sender.name, avatar_px), 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(6)
        if prefix:
            top.addWidget(_text(prefix, "mockMuted", wrap=False))
        top.addWidget(_text(sender.name, "mockName", wrap=len(sender.name) > 28), 0 if len(sender.name) <= 28 else 1)
        if sender.verified:
            tick = _text("✓", "mockTick", wrap=False)
            tick.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tick.setFixedSize(24, 24)
            tick.setAccessibleName(self.tr("verified"))
            top.addWidget(tick)
        top.addStretch(1)
        if time:
            top.addWidget(_text(time, "mockTime", wrap=False))
        names.addLayout(top)
        if sender.detail:
            names.addWidget(_text(sender.detail, "mockMuted"))
        row.addLayout(names, 1)
        part.col.addLayout(row)
        return part

    def _extras(self, message: MockMessage, into: QVBoxLayout) -> None:
        if message.link is not None:
            into.addWidget(self._link(message.link))
        if message.attachment is not None:
            into.addWidget(self._attachment(message.attachment), 0, Qt.AlignmentFlag.AlignLeft)

    def _link(self, link: MockPart) -> MockPartWidget:
        part = self._part("link", link.id, link.text)
        text = _text(link.text, "mockLink")
        text.setToolTip("")  # never a web address to follow
        part.col.addWidget(text)
        return part

    def _attachment(self, attachment: MockPart) -> MockPartWidget:
        part = self._part("attachment", attachment.id, attachment.text)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(_FileIcon())
        row.addWidget(_text(attachment.text, "mockFile"), 1)
        part.col.addLayout(row)
        return part

    def _header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("mockHeader")
        lay = QVBoxLayout(header)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(4)
        self.col.addWidget(header)
        return header

    # -- the kinds ------------------------------------------------------------------------------
    def _conversation(self) -> None:
        """chat and sms: a header with the sender, then bubbles (theirs left, mine right)."""
        header = self._header()
        if self.mock.kind == "sms":
            header.layout().addWidget(_text(self.tr("Text message"), "mockMuted"))
        header.layout().addWidget(self._sender_part(self.mock.sender, 44))
        for message in self.mock.messages:
            bubble = self._part("mine" if message.mine else "theirs", message.id, message.text)
            if message.text:
                bubble.col.addWidget(_text(message.text, "mockText"))
            self._extras(message, bubble.col)
            if message.time:
                when = _text(message.time, "mockTime", wrap=False)
                when.setAlignment(Qt.AlignmentFlag.AlignRight)
                bubble.col.addWidget(when)
            bubble.setMaximumWidth(int(CARD_MAX_PX * 0.82))
            row = QHBoxLayout()
            row.setContentsMargins(14, 0, 14, 0)
            if message.mine:
                row.addStretch(1)
            row.addWidget(bubble, 5)
            if not message.mine:
                row.addStretch(1)
            self.col.addLayout(row)

    def _email(self) -> None:
        header = self._header()
        if self.mock.subject is not None:
            subject = self._part("subject", self.mock.subject.id, self.mock.subject.text)
            subject.col.addWidget(_text(self.mock.subject.text, "mockSubject"))
            header.layout().addWidget(subject)
        header.layout().addWidget(self._sender_part(self.mock.sender, 40, time=self.mock.time))
        self._lines("paragraph")

    def _profile(self) -> None:
        header = self._header()
        header.setProperty("kind", "profile")
        header.layout().addWidget(self._sender_part(self.mock.sender, 72))
        self._lines("line")

    def _post(self) -> None:
        header = self._header()
        header.layout().addWidget(self._sender_part(self.mock.sender, 44, time=self.mock.time))
        self._lines("paragraph")
        footer = QHBoxLayout()
        footer.setContentsMargins(20, 4, 20, 0)
        for word in (self.tr("Like"), self.tr("Comment"), self.tr("Share")):
            footer.addStretch(1)
            footer.addWidget(_text(word, "mockMuted", wrap=False))
        footer.addStretch(1)
        self.col.addLayout(footer)

    def _lines(self, role: str) -> None:
        """The messages as paragraphs (e-mail, post) or as a profile's lines."""
        for message in self.mock.messages:
            wrapper = QVBoxLayout()
            wrapper.setContentsMargins(14, 0, 14, 0)
            wrapper.setSpacing(6)
            if message.text or message.time:
                part = self._part(role, message.id, message.text)
                if message.text:
                    part.col.addWidget(_text(message.text, "mockText"))
                if message.time:
                    part.col.addWidget(_text(message.time, "mockTime", wrap=False))
                wrapper.addWidget(part)
            self._extras(message, wrapper)
            self.col.addLayout(wrapper)
