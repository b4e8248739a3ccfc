"""The coding studio's parts that are made on first need (``TurtleStudio``'s ``editor``,
``as_text`` and ``output``): a studio in blocks mode seldom shows them, and a lesson page with
fewer widgets is styled and opened faster (issue 14, "open a lesson" within 80 ms)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from .code_editor import CodeEditor


class StudioParts:
    """Mixed into ``TurtleStudio``: its ``program_stack``, ``text_switch``, ``_right`` (the
    drawing's column), ``_edited``, ``_read_only`` and the ``_editor``, ``_as_text``,
    ``_output`` slots (None until made).  Its words are ``TurtleStudio``'s (the catalog's context)."""

    @property
    def editor(self) -> CodeEditor:
        """The program as text (text mode)."""
        if self._editor is None:
            self._editor = self._page(CodeEditor(styled=False))
            self._editor.setReadOnly(self._read_only)
            self._editor.textChanged.connect(self._edited)
        return self._editor

    @property
    def as_text(self) -> CodeEditor:
        """The blocks' program as text, read-only ("Show as text")."""
        if self._as_text is None:
            self._as_text = self._page(CodeEditor(styled=False))
            self._as_text.setReadOnly(True)
            self._as_text.setAccessibleName(QCoreApplication.translate("TurtleStudio", "Your blocks as text"))
        return self._as_text

    @property
    def output(self) -> QPlainTextEdit:
        """What the program printed, under the drawing (hidden when nothing)."""
        if self._output is None:
            self._output = QPlainTextEdit()
            self._output.setObjectName("studioOutput")
            self._output.setReadOnly(True)
            self._output.setMaximumHeight(90)
            self._output.setAccessibleName(QCoreApplication.translate("TurtleStudio", "What the program printed"))
            self._output.hide()
            self._right.insertWidget(1, self._output)
            self._before_switch(self._output)
        return self._output

    def _page(self, page: CodeEditor) -> CodeEditor:
        page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # until shown
        self.program_stack.addWidget(page)
        self._before_switch(page)
        return page

    def _before_switch(self, widget: QWidget) -> None:
        """``widget`` in the tab order where it was when it was made with the studio: before
        "Show as text"."""
        QWidget.setTabOrder(self.text_switch.previousInFocusChain(), widget)
        QWidget.setTabOrder(widget, self.text_switch)
