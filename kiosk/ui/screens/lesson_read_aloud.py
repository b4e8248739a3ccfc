"""Read aloud on the lesson reader (``kiosk.ui.screens.lesson``): the button and the
``ReadAloud`` of ``kiosk.ui.read_aloud``, started and stopped from the screen, and the plain
text of the page shown (its texts, messages, help lines, questions with their options)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from kiosk.content.model import Activity, HelpBlock, MarkdownBlock, MockBlock
from kiosk.ui.read_aloud import ReadAloud, html_text, mock_text, utterance
from kiosk.ui.widgets.common import button, icon

if TYPE_CHECKING:
    from kiosk.ui.screens.lesson import LessonScreen


class LessonReadAloud:
    """The screen's "Read aloud": ``button`` (for the top bar) and ``reader``."""

    def __init__(self, screen: LessonScreen) -> None:
        self.screen = screen
        # The strings keep the screen's own context ("LessonScreen"), literal for lupdate.
        self.button = button(QCoreApplication.translate("LessonScreen", "Read aloud"), "quiet", "play.svg")
        self.button.clicked.connect(screen.read_aloud)
        self.button.hide()  # until a voice for the lesson's language is known
        self.reader = ReadAloud(screen)
        self.reader.ready.connect(self.update_button)
        self.reader.finished.connect(self.show_state)

    def update_button(self) -> None:
        """Shown only where a voice speaks the lesson's language (none: no button, no message)."""
        lesson = self.screen.lesson
        self.button.setVisible(lesson is not None and self.reader.can_speak(lesson.lang))

    def show_state(self) -> None:
        speaking = self.reader.speaking
        self.button.setText(QCoreApplication.translate("LessonScreen", "Stop reading") if speaking
                            else QCoreApplication.translate("LessonScreen", "Read aloud"))
        self.button.setIcon(QIcon() if speaking else icon("play.svg"))

    def toggle(self) -> None:
        """Speak the page shown, in the lesson's language; pressed again, stop."""
        if self.reader.speaking:
            self.reader.stop()
        elif self.screen.lesson is not None:
            self.reader.speak(self.page_text(), self.screen.lesson.lang)
        self.show_state()

    def page_text(self) -> str:
        """The page shown as plain text: its texts (no picture, no address), its messages
        (sender and text), its help lines, its questions with their options and feedback."""
        screen = self.screen
        if screen.lesson is None or screen.waiting is not None:
            return ""
        lang = screen.lesson.lang
        htmls = iter(screen._rendered.get(screen.index) or [])
        quizzes = iter(screen.quizzes)
        parts: list[str] = []
        for block in screen.lesson.pages[screen.index].blocks:
            if isinstance(block, MarkdownBlock):
                parts += html_text(next(htmls, ""))
            elif isinstance(block, Activity):
                quiz = next(quizzes, None)
                if quiz is not None:
                    parts += quiz.spoken_text(lang)
            elif isinstance(block, MockBlock):
                parts += mock_text(block.mock)
            elif isinstance(block, HelpBlock):
                by_id = {line.id: line for line in screen.help_lines}
                chosen = [by_id[i] for i in block.ids if i in by_id] if block.ids else list(screen.help_lines)
                parts += [f"{line.name(lang)}: {line.number}" if line.number else line.name(lang)
                          for line in chosen]
        return utterance(parts)
