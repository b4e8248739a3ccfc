"""Who are you?  Find your picture: by class, by the first letter of your name, or by typing it.

The tiles (``signin_grid``) have one fixed size and always show the name, the picture and the
class, so two learners called the same or with the same picture are told apart.  A row of class
buttons shows one class ("Todos": everyone); the class in session today (a workshop register of
today names it) is chosen at start, and a class chosen by hand stays chosen until the kiosk
restarts.  Letter keys (A–Z, Ñ) keep the names that start with that letter, accents ignored;
the search field (past ``SEARCH_THRESHOLD`` learners) keeps those that contain what is typed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import SEARCH_THRESHOLD
from kiosk.core.people import name_key
from kiosk.core.text import fold_for_search as fold
from kiosk.store.quick import SignInRoster
from kiosk.ui import theme
from kiosk.ui.i18n import picker as language_picker
from kiosk.ui.screens.signin_grid import LearnerGrid, LearnerTile
from kiosk.ui.widgets.common import TopBar, button, icon_label, label, plain_mnemonic, without_mnemonic
from kiosk.ui.widgets.letter_row import LetterRow

LETTERS = "ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
LETTER_KEYS_FROM = 13  # fewer learners than this fit on one screen: no letter keys


def initials(name: str, folded: str | None = None) -> frozenset[str]:
    """The letter keys that show ``name``: its first letter with accents ignored ("Ángel" under
    A, "Ñandutí" under N), and Ñ for the names that start with Ñ.  ``folded``: ``fold(name)``."""
    first = (fold(name) if folded is None else folded)[:1].upper()
    return frozenset((first, "Ñ")) if name.lstrip()[:1] in "Ññ" and name.strip() else frozenset(first)


class SignInScreen(QWidget):
    learner_chosen = Signal(object)  # LearnerInfo
    register_requested = Signal()
    language_changed = Signal(str)
    staff_requested = Signal()

    def __init__(self, languages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)

        bar = TopBar()
        bar.add_left(icon_label("app.svg", theme.HEADER_ICON_PX))
        brand = label("Telecentro", "brand", wrap=False)
        bar.add_left(brand)
        # a small, calm line beside the name while the interface speaks a machine-made
        # translation (in the bar: it costs the roster no height on a 600 px screen)
        self.review_note = label("", "reviewNote")
        self.review_note.setMaximumWidth(300)
        bar.add_left(self.review_note)
        self.language = QComboBox()
        language_picker.fill(self.language, languages)  # a language awaiting review is marked
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(lambda _i: self._language_chosen())
        bar.add_right(self.language)
        self.staff_button = button(self.tr("Staff"), "quiet")
        self.staff_button.setAccessibleName(self.tr("Staff sign-in"))
        self.staff_button.clicked.connect(self.staff_requested)
        bar.add_right(self.staff_button)
        col.addWidget(bar)

        body = QVBoxLayout()
        body.setContentsMargins(32, 12, 32, 12)
        body.setSpacing(10)
        self.heading = label(self.tr("Who are you? Tap your picture."), "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body.addWidget(self.heading)

        # classes (left) and the search field (right)
        top_row = QHBoxLayout()
        top_row.setSpacing(8)
        strip = QWidget()
        strip.setObjectName("classStrip")
        self.class_row = QHBoxLayout(strip)
        self.class_row.setContentsMargins(0, 0, 0, 0)
        self.class_row.setSpacing(8)
        self.class_row.addStretch(1)
        self.class_strip = QScrollArea()  # many classes scroll sideways (touch drag too)
        self.class_strip.setObjectName("classStrip")
        self.class_strip.setWidgetResizable(True)
        self.class_strip.setFrameShape(QScrollArea.Shape.NoFrame)
        self.class_strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.class_strip.setWidget(strip)
        self.class_strip.setFixedHeight(theme.SIGNIN_CLASS_ROW_PX)
        QScroller.grabGesture(self.class_strip.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.class_strip.hide()
        top_row.addWidget(self.class_strip, 1)
        self.class_group = QButtonGroup(self)
        self.class_group.setExclusive(True)
        self.class_buttons: list[QPushButton] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search for your name"))
        self.search.setAccessibleName(self.tr("Search for your name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(lambda _t: self._apply())
        self.search.hide()
        top_row.addWidget(self.search)
        body.addLayout(top_row)

        self.letter_row = LetterRow()  # one line of keys, or two on a narrow screen
        self.letter_group = QButtonGroup(self)
        self.letter_group.setExclusive(False)
        self.letter_keys: dict[str, QPushButton] = {}
        for letter in LETTERS:
            key = QPushButton(letter)
            key.setObjectName("letterKey")
            key.setCheckable(True)
            key.setAutoDefault(False)
            key.setCursor(Qt.CursorShape.PointingHandCursor)
            key.setAccessibleName(self.tr("Names that start with {letter}").format(letter=letter))
            key.clicked.connect(lambda _c=False, ch=letter: self.choose_letter(ch))
            self.letter_group.addButton(key)
            self.letter_keys[letter] = key
            self.letter_row.add_key(key)
        self.letter_row.hide()
        body.addWidget(self.letter_row)

        self.empty = label(self.tr("Nobody here yet. Tap “I’m new” to start."), "subtitle")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty.hide()
        body.addWidget(self.empty)
        self.nobody = label("", "tileHint")
        self.nobody.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.nobody.hide()
        body.addWidget(self.nobody)

        self.grid = LearnerGrid()
        self.grid.chosen.connect(self.learner_chosen)
        self.grid.typed = self._typed
        body.addWidget(self.grid, 1)

        self.new_button = button(self.tr("I’m new"), "primary", "persona-mas.svg")
        self.new_button.setIconSize(QSize(36, 36))
        self.new_button.setMinimumWidth(280)
        self.new_button.clicked.connect(self.register_requested)
        body.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._show_review_note()
        col.addLayout(body, 1)
        self.roster = SignInRoster()
        self.chosen_class: str | None = None  # None: everyone ("Todos")
        self.class_chosen_by_hand = False
        self._roster_set = False
        self.letter: str | None = None
        self._captions: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self._initials: dict[str, frozenset[str]] = {}
        self.shown_once = False
        self._after_paint: list = []

    def _language_chosen(self) -> None:
        self._show_review_note()
        self.language_changed.emit(self.language.currentData())

    def _show_review_note(self) -> None:
        note = language_picker.review_note(self.language.currentData())
        self.review_note.setText(note)
        self.review_note.setVisible(bool(note))

    @property
    def learners(self) -> list:
        return list(self.roster.learners)

    def when_painted(self, callback) -> None:
        """Call ``callback`` once the screen has been painted with its current tiles (at once
        when another screen is showing, e.g. the first run: nothing will paint this one)."""
        if not self.isVisible():
            QTimer.singleShot(0, callback)
            return
        self._after_paint.append(callback)
        self.update()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Hidden before it could paint (another screen took over): nothing will paint it, so
        whoever waits for it must not wait for ever."""
        super().hideEvent(event)
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            QTimer.singleShot(0, callback)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().paintEvent(event)
        self.shown_once = True
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            QTimer.singleShot(0, callback)

    # -- what is shown -------------------------------------------------------------------
    def set_learners(self, learners: list) -> None:
        """Learners without classes (kept for callers that have only the list)."""
        self.set_roster(SignInRoster.build(learners, [], []))

    def set_roster(self, roster: SignInRoster, *, chosen_class: str | None = None, by_hand: bool = False) -> None:
        """Show ``roster``; the class chosen by hand stays chosen while it exists, else the
        class in session today, else everyone.  ``chosen_class``/``by_hand``: carried over from
        another sign-in screen (the language changed)."""
        if by_hand:
            self.chosen_class, self.class_chosen_by_hand = chosen_class, True
        if roster == self.roster and self._roster_set:
            return
        self._roster_set = True
        self.roster = roster
        self._captions = roster.captions()
        self._folded = {learner.id: fold(learner.display_name) for learner in roster.learners}
        self._initials = {learner.id: initials(learner.display_name, self._folded[learner.id])
                          for learner in roster.learners}
        self.grid.forget_tiles()
        if not self.class_chosen_by_hand:
            self.chosen_class = roster.in_session
        elif self.chosen_class not in roster.members:
            self.chosen_class = None
        self._build_class_buttons()
        many = len(roster.learners) > SEARCH_THRESHOLD
        self.search.setVisible(many)
        if not many:
            self.search.clear()
        self.letter_row.setVisible(len(roster.learners) >= LETTER_KEYS_FROM)
        self.empty.setVisible(not roster.learners)
        self._apply()

    def _build_class_buttons(self) -> None:
        for btn in self.class_buttons:
            self.class_group.removeButton(btn)
            self.class_row.removeWidget(btn)
            btn.deleteLater()
        self.class_buttons = []
        self.class_strip.setVisible(bool(self.roster.classes))
        if not self.roster.classes:
            return
        for class_id, name in [(None, self.tr("Everyone")), *self.roster.classes]:
            btn = QPushButton(plain_mnemonic(name))  # a class called "Lengua & Mate" shows its "&"
            btn.setObjectName("classButton")
            btn.setCheckable(True)
            btn.setAutoDefault(False)
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
            btn.setProperty("class_id", class_id)
            btn.setChecked(class_id == self.chosen_class)
            btn.clicked.connect(lambda _c=False, cid=class_id: self.choose_class(cid))
            self.class_group.addButton(btn)
            self.class_row.insertWidget(self.class_row.count() - 1, btn)
            self.class_buttons.append(btn)

    def class_button(self, name: str) -> QPushButton:
        return next(b for b in self.class_buttons if without_mnemonic(b.text()) == name)

    def choose_class(self, class_id: str | None) -> None:
        """A class button: that class's learners (``None``: everyone); remembered until restart."""
        self.chosen_class = class_id
        self.class_chosen_by_hand = True
        for btn in self.class_buttons:
            btn.setChecked(btn.property("class_id") == class_id)
        self._apply()

    def choose_letter(self, letter: str | None) -> None:
        """A letter key: the names that start with it; the same key again shows them all."""
        self.letter = None if letter == self.letter else letter
        self._apply()

    def _in_class(self) -> list:
        if self.chosen_class is None:
            return list(self.roster.learners)
        ids = self.roster.members.get(self.chosen_class, frozenset())
        return [learner for learner in self.roster.learners if learner.id in ids]

    def _apply(self) -> None:
        pool = self._in_class()
        needle = fold(self.search.text())
        if needle:
            pool = [learner for learner in pool if needle in self._folded[learner.id]]
        present = set().union(*(self._initials[learner.id] for learner in pool))
        for letter, key in self.letter_keys.items():
            key.setEnabled(letter == self.letter or letter in present)
        if self.letter is not None:
            pool = [learner for learner in pool if self.letter in self._initials[learner.id]]
        for letter, key in self.letter_keys.items():
            key.setChecked(letter == self.letter)
        self.grid.set_learners(pool, lambda learner_id: self._captions.get(learner_id, ""))
        self.nobody.setVisible(bool(self.roster.learners) and not pool)
        self.nobody.setText(self.tr("Nobody with that name here. Try another letter or “Everyone”."))

    def _typed(self, text: str) -> None:
        if self.search.isVisible():
            self.search.setFocus()
            self.search.insert(text)

    def tiles(self) -> list[LearnerTile]:
        """A tile for every learner shown now (made if needed)."""
        return self.grid.shown_tiles()

    def taken_pictures(self) -> tuple[set[str], dict[str, set[str]]]:
        """For "I'm new": the pictures of the chosen class, and the pictures of each name."""
        ids = self.roster.members.get(self.chosen_class, frozenset()) if self.chosen_class else frozenset()
        in_class = {learner.avatar for learner in self.roster.learners if learner.id in ids}
        by_name: dict[str, set[str]] = {}
        for learner in self.roster.learners:
            by_name.setdefault(name_key(learner.display_name), set()).add(learner.avatar)
        return in_class, by_name

    def chosen_class_name(self) -> str | None:
        return next((name for class_id, name in self.roster.classes if class_id == self.chosen_class), None)

    def set_self_registration(self, allowed: bool) -> None:
        """Show or hide “I’m new” (a site setting); the empty screen then says whom to ask."""
        self.new_button.setVisible(allowed)
        self.empty.setText(self.tr("Nobody here yet. Tap “I’m new” to start.") if allowed
                           else self.tr("Nobody here yet. Ask the facilitator to add you."))

    def reset(self) -> None:
        """Ready for the next learner: no letter, no search, at the top (the class stays)."""
        self.search.clear()
        if self.letter is not None:
            self.letter = None
            self._apply()
        self.grid.verticalScrollBar().setValue(0)
        if self.grid.learners:
            self.grid.focus_index(0)
