"""One block of the blocks editor's program (``kiosk.ui.turtle.blocks``): the row widget with
its name and its number (with - and +), colour or name, the blocks' words in the learner's
language, a palette tile's words, and the keys that bring a row's number back to the program."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QSizePolicy, QSpinBox

from kiosk.turtle.blocks_model import COLORS, KINDS, Block, def_names
from kiosk.ui.turtle.blocks_style import GROUPS, ROW_MIN_PX, USE_TILE
from kiosk.ui.widgets.common import button, label

if TYPE_CHECKING:
    from kiosk.ui.turtle.blocks import BlocksEditor


class _Names(QObject):
    """The blocks' words in the learner's language (one place for the translator)."""

    def name(self, kind: str) -> str:
        return {
            "forward": self.tr("move forward"),
            "back": self.tr("move back"),
            "right": self.tr("turn right"),
            "left": self.tr("turn left"),
            "repeat": self.tr("repeat"),
            "penup": self.tr("pen up"),
            "pendown": self.tr("pen down"),
            "color": self.tr("colour"),
            "circle": self.tr("circle"),
            "define": self.tr("make my block"),
            "use": self.tr("use"),
        }[kind]

    def times(self) -> str:
        return self.tr("times")

    def color(self, name: str) -> str:
        return {"red": self.tr("red"), "blue": self.tr("blue"), "green": self.tr("green"),
                "orange": self.tr("orange"), "purple": self.tr("purple"), "black": self.tr("black"),
                "yellow": self.tr("yellow")}.get(name, name)


@cache
def swatch(color: str) -> QIcon:
    """A colour's square beside its name (a child who does not read yet still finds it)."""
    image = QPixmap(24, 24)
    image.fill(QColor(color))
    return QIcon(image)


def tile_text(names: _Names, kind: str) -> str:
    """A palette tile's words (``kind``, or ``use:NAME`` for a block of one's own)."""
    spec = KINDS["use" if kind.startswith(USE_TILE) else kind]
    if kind == "repeat":
        return f"{names.name(kind)} {spec.default} {names.times()}"
    if kind.startswith(USE_TILE):
        return f"{names.name('use')} {kind[len(USE_TILE):]}"
    if spec.arg == "int":
        return f"{names.name(kind)} {spec.default}"
    return names.name(kind)


class BlockRow(QFrame):
    """One block of the program: its name and its number (with - and +) or its colour."""

    def __init__(self, block: Block, depth: int, editor: BlocksEditor) -> None:
        super().__init__()
        self.block = block
        self.editor = editor
        self.setObjectName("blockRow")
        self.setProperty("group", GROUPS.get(block.kind, "move"))
        self.setProperty("selected", False)
        self.setProperty("state", "")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(ROW_MIN_PX)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 8, 4)
        row.setSpacing(6)
        names = editor.names
        spec = block.spec
        self.name = label(names.name(block.kind), "blockName")
        self.name.setMinimumWidth(90)
        row.addWidget(self.name, 1)
        self.spin: QSpinBox | None = None
        self.combo: QComboBox | None = None
        if spec.arg == "int":
            minus = self._step_button("−", -spec.step, self.tr("Less"))
            self.spin = QSpinBox()
            self.spin.setRange(spec.low, spec.high)
            self.spin.setValue(int(block.value))
            self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.spin.setFixedWidth(62)  # 4 digits at 17pt; the repeat row fits the program's column at 1024x600
            self.spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the keyboard: Enter on the block
            self.spin.lineEdit().setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.spin.setAccessibleName(names.name(block.kind))
            self.spin.valueChanged.connect(self._value_changed)
            self.spin.installEventFilter(editor.back_keys)
            plus = self._step_button("+", spec.step, self.tr("More"))
            row.addWidget(minus)
            row.addWidget(self.spin)
            row.addWidget(plus)
            if block.kind == "repeat":
                row.addWidget(label(names.times(), "blockName", wrap=False))
        elif spec.arg == "color":
            self.combo = QComboBox()
            for name in COLORS:
                self.combo.addItem(swatch(name), names.color(name), name)
            self.combo.setIconSize(QSize(24, 24))
            self.combo.setCurrentIndex(max(0, self.combo.findData(block.value)))
            self.combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.combo.setAccessibleName(names.name(block.kind))
            self.combo.currentIndexChanged.connect(self._color_changed)
            self.combo.installEventFilter(editor.back_keys)
            row.addWidget(self.combo)
        elif block.kind == "define":
            self.combo = QComboBox()
            others = set(editor.program.defined()) - {block.value}
            choices = [n for n in def_names(editor.lang) if n not in others]
            if block.value not in choices:
                choices.insert(0, block.value)  # a name read from text
            for name in choices:
                self.combo.addItem(name, name)
            self.combo.setCurrentIndex(max(0, self.combo.findData(block.value)))
            self.combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.combo.setAccessibleName(self.tr("The name of my block"))
            self.combo.currentIndexChanged.connect(self._name_changed)
            self.combo.installEventFilter(editor.back_keys)
            row.addWidget(self.combo)
        elif block.kind == "use":
            self.called = label(str(block.value), "blockName", wrap=False)
            row.setStretch(0, 0)  # "use cuadrado": the name right after the word
            row.addWidget(self.called, 1)
        self.depth = depth

    def _step_button(self, text: str, step: int, name: str):
        btn = button(text, "step")
        btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard uses + and - on the program
        btn.setAccessibleName(name)
        btn.setAutoRepeat(True)
        btn.clicked.connect(lambda: self.nudge(step))
        return btn

    def nudge(self, step: int) -> None:
        if self.spin is not None:
            self.editor.select(self.block)
            self.spin.setValue(self.spin.value() + step)

    def _value_changed(self, value: int) -> None:
        self.block.set_value(value)
        self.editor.changed.emit()

    def _color_changed(self, index: int) -> None:
        self.block.set_value(self.combo.itemData(index))
        self.editor.select(self.block)
        self.editor.changed.emit()

    def _name_changed(self, index: int) -> None:
        self.editor.rename(self.block, self.combo.itemData(index))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.editor.select(self.block)
        self.editor.view.setFocus()
        super().mousePressEvent(event)


    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        """A long block name wraps in a narrow column (1024x600): the row grows with it."""
        super().resizeEvent(event)
        need = max(ROW_MIN_PX, self.name.heightForWidth(self.name.width()) + 16)  # margins, borders
        if need != self.minimumHeight() and self.name.width() > 0:
            self.setMinimumHeight(need)

class _BackKeys(QObject):
    """Enter or Esc in a block's number or colour returns to the program."""

    def __init__(self, editor: BlocksEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False
            self.editor.view.setFocus()
            return True
        if event.type() == QEvent.Type.FocusIn:
            row = watched.parentWidget()
            if isinstance(row, BlockRow):
                self.editor.select(row.block)
        return False
