"""Workshop registers ("talleres"): name the session, tick who came, count the people with no
account, save with one click.  Made for 30 people in under 2 minutes:

* the search box has the focus: type a few letters of a name, Enter ticks the first match
  and empties the box for the next name;
* or walk the list: arrow keys move, Space or Enter ticks, typing a letter jumps back to the
  search box; a click anywhere on a row ticks it;
* the class's members come first, then everyone else;
* people with no account: a counter per role and age band, with - and + buttons (or type the
  number).

Every read and write goes through ``ctx.run`` (the worker thread); saving is one transaction
(``AttendanceService.save_register``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.clock import to_local, utcnow
from kiosk.core.people import AgeBand, Role
from kiosk.core.text import fold_for_search
from kiosk.ui.errors import user_error_text
from kiosk.ui.staff.context import StaffContext
from kiosk.ui.staff.register_widgets import ID_ROLE, Counter, RegisterList
from kiosk.ui.widgets.common import avatar_icon, button, label, set_prop
from kiosk.ui.widgets.fold import FoldRow

TITLE_MAX = 120  # kiosk.attendance.service.TITLE_MAX
TITLE_MIN_PX = 240  # the workshop's name stays readable as it is typed (narrower: its own row)
# (role, age band) counted without an account, in this order (kiosk.attendance.records.ANONYMOUS_GROUPS)
GROUPS = (
    (Role.LEARNER, AgeBand.CHILD),
    (Role.LEARNER, AgeBand.TEEN),
    (Role.LEARNER, AgeBand.ADULT),
    (Role.PARENT, AgeBand.ADULT),
    (Role.TEACHER, AgeBand.ADULT),
)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def today() -> date:
    return to_local(utcnow()).date()


class WorkshopsPage(QWidget):
    """The register of one workshop at a time: new, or a saved one opened again."""

    saved = Signal(object)  # WorkshopInfo
    loaded = Signal()  # the learners (and classes, saved workshops) are in the list

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopsPage")
        self.ctx = ctx
        self.workshop_id: str | None = None
        self._ticked: set[str] = set()
        self._classes: list = []
        self._workshops: list = []
        self._members: list[str] = []  # the chosen class's learners, in the list's order

        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(12)
        self.heading = label(self.tr("New workshop"), "subtitle")  # a long title wraps, never widens the page
        top.addWidget(self.heading, 1)
        self.saved_list = QComboBox()
        self.saved_list.setObjectName("savedWorkshops")
        self.saved_list.setAccessibleName(self.tr("Open a saved register"))
        self.saved_list.setMinimumWidth(320)
        self.saved_list.activated.connect(self._open_saved)
        top.addWidget(self.saved_list)
        self.new_button = button(self.tr("New workshop"), None, "persona-mas.svg")
        self.new_button.clicked.connect(self.new_workshop)
        top.addWidget(self.new_button)
        col.addLayout(top)

        # the name on one row, the date and the class on another when narrow (1024x600)
        form = FoldRow(10)
        name_row = QHBoxLayout()
        name_row.setSpacing(10)
        name_row.addWidget(label(self.tr("Workshop"), "fieldLabel", wrap=False))
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("For example: Take care of your secrets"))
        self.title.setAccessibleName(self.tr("Name of the workshop"))
        self.title.setMinimumWidth(TITLE_MIN_PX)
        name_row.addWidget(self.title, 1)
        form.add(name_row, 1)
        when_row = QHBoxLayout()
        when_row.setSpacing(10)
        when_row.addWidget(label(self.tr("Date"), "fieldLabel", wrap=False))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(self.tr("Date of the workshop"))
        self._set_date(today())
        when_row.addWidget(self.date)
        when_row.addWidget(label(self.tr("Class"), "fieldLabel", wrap=False))
        self.class_box = QComboBox()
        self.class_box.setAccessibleName(self.tr("Class of the workshop"))
        self.class_box.setMinimumWidth(150)  # the form row fits 1024x600 beside the page list
        self.class_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # the class's whole name
        self.class_box.currentIndexChanged.connect(lambda _i: self._reload_people())
        when_row.addWidget(self.class_box, 1)
        form.add(when_row)
        col.addWidget(form)

        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Type a name, then Enter to tick it"))
        self.search.setAccessibleName(self.tr("Find a learner"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        find = QVBoxLayout()  # the button under the search box: the page fits 1024x600
        find.setSpacing(6)
        find.addWidget(self.search)
        self.tick_class_button = button(self.tr("Tick the whole class"), None, "check.svg", wrap=True)
        self.tick_class_button.whole_words = True  # its words wrap on a narrow screen (1024x600)
        self.tick_class_button.setToolTip(self.tr("Tick every learner of the class, then tap the absent to untick them"))
        self.tick_class_button.clicked.connect(self.tick_class)
        self.tick_class_button.setEnabled(False)
        find.addWidget(self.tick_class_button)
        left.addLayout(find)
        self.list = RegisterList()
        self.list.setAccessibleName(self.tr("Learners: tick who came"))
        self.list.toggled.connect(self._ticks_changed)
        self.list.typed.connect(self._typed_in_list)
        left.addWidget(self.list, 1)
        self.list_hint = label("", "hint")
        left.addWidget(self.list_hint)
        # what saving did, under the list (which gives up the room): the counters and
        # "Save attendance" on the right keep their place
        self.message = label("", "pageMessage")
        self.message.hide()
        left.addWidget(self.message)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.ticked_label = label("", "tickedCount")
        right.addWidget(self.ticked_label)
        panel = QFrame()
        panel.setObjectName("anonymousPanel")
        grid = QVBoxLayout(panel)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setSpacing(6)
        grid.addWidget(label(self.tr("People without an account"), "fieldLabel"))
        names = {
            (Role.LEARNER, AgeBand.CHILD): self.tr("Children 8 to 11"),
            (Role.LEARNER, AgeBand.TEEN): self.tr("Teens 12 to 17"),
            (Role.LEARNER, AgeBand.ADULT): self.tr("Adult learners"),
            (Role.PARENT, AgeBand.ADULT): self.tr("Parents or caregivers"),
            (Role.TEACHER, AgeBand.ADULT): self.tr("Teachers"),
        }
        self.counters: dict[tuple[str, str], Counter] = {}
        for role, band in GROUPS:
            counter = Counter(names[(role, band)])
            counter.changed.connect(self._update_counts)
            self.counters[(role.value, band.value)] = counter
            grid.addWidget(counter)
        right.addWidget(panel)
        self.total_label = label("", "tickedTotal")
        right.addWidget(self.total_label)
        right.addStretch(1)
        self.save_button = button(self.tr("Save attendance"), "primary")
        self.save_button.clicked.connect(self.save)
        right.addWidget(self.save_button)
        body.addLayout(right, 2)
        col.addLayout(body, 1)

        self._update_counts()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Every time the page comes into view: classes, saved registers and learners as they
        are now (ticks and counters stay)."""
        super().showEvent(event)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the classes, the saved workshops and the learners."""
        def work(backend):
            service = backend.attendance
            return service.list_classes(), service.list_workshops(50)

        self.ctx.run(work, self._lists_loaded)

    def _lists_loaded(self, result) -> None:
        classes, workshops = result
        self._classes = classes
        current = self.class_id()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        self.class_box.addItem(self.tr("No class (open to everyone)"), None)
        for cls in classes:
            self.class_box.addItem(cls.name, cls.id)
        self._select_class(current)
        self.class_box.blockSignals(False)
        self._show_saved(workshops)
        self._reload_people()

    def _show_saved(self, workshops) -> None:
        self._workshops = workshops
        self.saved_list.blockSignals(True)
        self.saved_list.clear()
        self.saved_list.addItem(self.tr("Open a saved register…"), None)
        for w in workshops:
            self.saved_list.addItem(
                self.tr("{date} · {title} ({people})").format(
                    date=w.held_on.strftime("%d/%m/%Y"), title=w.title, people=w.total),
                w.id,
            )
        self.saved_list.setCurrentIndex(0)
        self.saved_list.blockSignals(False)

    def class_id(self) -> str | None:
        return self.class_box.currentData()

    def _select_class(self, class_id: str | None) -> None:
        index = self.class_box.findData(class_id) if class_id else 0
        self.class_box.setCurrentIndex(max(0, index))

    def _reload_people(self) -> None:
        class_id = self.class_id()
        self.ctx.run(lambda backend: backend.attendance.people_for_register(class_id), self._people_loaded)

    def _people_loaded(self, people) -> None:
        self.list.clear()
        members = 0
        self._members = [person.learner.id for person in people if person.in_class]
        self.tick_class_button.setEnabled(bool(self.class_id() and self._members))
        for person in people:
            learner = person.learner
            members += person.in_class
            item = QListWidgetItem(avatar_icon(learner.avatar), self._row_text(learner, person.in_class))
            item.setData(ID_ROLE, learner.id)
            item.setData(KEY_ROLE, fold_for_search(learner.display_name))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # we tick, not Qt
            item.setCheckState(Qt.CheckState.Checked if learner.id in self._ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.rows.refit()
        if self.class_id() and members:
            self.list_hint.setText(self.tr("The class's %n member(s) come first, then everyone else.", "", members))
        elif not people:
            self.list_hint.setText(self.tr("No learners yet: count the people with the counters."))
        else:
            self.list_hint.setText(self.tr("%n learner(s)", "", len(people)))
        self._filter(self.search.text())
        self._update_counts()
        self.loaded.emit()

    def _row_text(self, learner, in_class: bool) -> str:
        age = {
            AgeBand.CHILD: self.tr("8 to 11"),
            AgeBand.TEEN: self.tr("12 to 17"),
            AgeBand.ADULT: self.tr("Adult"),
        }[AgeBand(learner.age_band)]
        if in_class:
            return self.tr("{name}  ·  {age}  ·  in the class").format(name=learner.display_name, age=age)
        return self.tr("{name}  ·  {age}").format(name=learner.display_name, age=age)

    # -- ticking ---------------------------------------------------------------------------
    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def ticked_ids(self) -> set[str]:
        return set(self._ticked)

    def _ticks_changed(self, learner_id: str, ticked: bool) -> None:
        if ticked:
            self._ticked.add(learner_id)
        else:
            self._ticked.discard(learner_id)
        self._update_counts()

    def tick_class(self) -> None:
        """Tick every member of the chosen class at once; the absent are then unticked one tap
        each."""
        members = set(self._members)
        for item in self.items():
            if item.data(ID_ROLE) in members:
                item.setCheckState(Qt.CheckState.Checked)
        self._ticked |= members
        self.list_hint.setText(self.tr("Ticked the %n member(s) of the class: tap the absent to untick them.",
                                       "", len(members)))
        self._update_counts()

    def _filter(self, text: str) -> None:
        key = fold_for_search(text)
        best, best_rank = None, 3
        for item in self.items():
            name = item.data(KEY_ROLE)
            hidden = bool(key) and key not in name
            item.setHidden(hidden)
            if hidden or not key:
                continue
            # Enter ticks the best match: the name starts with it, then a word does, then anywhere
            rank = 0 if name.startswith(key) else 1 if f" {key}" in f" {name}" else 2
            if rank < best_rank:
                best, best_rank = item, rank
        if best is not None:
            self.list.setCurrentItem(best)
            self.list.scrollToItem(best)

    def _typed_in_list(self, text: str) -> None:
        self.search.setFocus()
        self.search.setText(self.search.text() + text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._tick_from_search()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                # into the list: onto the first match, or one step from the highlighted row
                current = self.list.currentItem()
                self.list.setFocus()
                if current is None or current.isHidden():
                    visible = [i for i in self.items() if not i.isHidden()]
                    if visible:
                        self.list.setCurrentItem(visible[0])
                else:
                    self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def _tick_from_search(self) -> None:
        """Enter in the search box: tick the highlighted match, empty the box for the next name."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            visible = [i for i in self.items() if not i.isHidden()]
            item = visible[0] if visible else None
        if item is None:
            return
        if self.search.text():
            if item.checkState() != Qt.CheckState.Checked:
                self.list.toggle(item)
            self.search.clear()
            self.list.setCurrentItem(item)
        else:
            self.list.toggle(item)

    def _update_counts(self) -> None:
        ticked = len(self._ticked)
        anonymous = sum(c.value() for c in self.counters.values())
        self.ticked_label.setText(self.tr("Ticked: {count}").format(count=ticked))
        total = ticked + anonymous
        self.total_label.setText(self.tr("Total: %n person(s)", "", total))

    def anonymous(self) -> dict[tuple[str, str], int]:
        return {group: c.value() for group, c in self.counters.items() if c.value()}

    # -- new, open, save -------------------------------------------------------------------
    def new_workshop(self) -> None:
        self.workshop_id = None
        self.heading.setText(self.tr("New workshop"))
        self.title.clear()
        self._set_date(today())
        self._ticked = set()
        for counter in self.counters.values():
            counter.set_value(0)
        self.search.clear()
        self.message.hide()
        self._select_class(None)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Unchecked)
        self._update_counts()
        self.title.setFocus()

    def _open_saved(self, index: int) -> None:
        workshop_id = self.saved_list.itemData(index)
        if workshop_id:
            self.open_workshop(workshop_id)

    def open_workshop(self, workshop_id: str) -> None:
        self.ctx.run(lambda backend: backend.attendance.register(workshop_id), self._register_loaded)

    def _register_loaded(self, register) -> None:
        w = register.workshop
        self.workshop_id = w.id
        self.heading.setText(self.tr("Register: {title}").format(title=w.title))
        self.title.setText(w.title)
        self._set_date(w.held_on)
        self._ticked = set(register.learner_ids)
        for group, counter in self.counters.items():
            counter.set_value(register.anonymous.get(group, 0))
        self.message.hide()
        self.class_box.blockSignals(True)
        self._select_class(w.class_id)
        self.class_box.blockSignals(False)
        self._reload_people()

    def _set_date(self, day: date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def held_on(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def save(self) -> None:
        title = " ".join(self.title.text().split())
        if not title:
            self._say(self.tr("Write the name of the workshop first."), "try")
            self.title.setFocus()
            return
        if not self._ticked and not self.anonymous():
            self._say(self.tr("Tick at least one person, or count the people without an account."), "try")
            return
        workshop_id, held_on, class_id = self.workshop_id, self.held_on(), self.class_id()
        ticked, anonymous, staff_id = sorted(self._ticked), self.anonymous(), self.ctx.staff.id
        self.save_button.setEnabled(False)

        def work(backend):
            return backend.attendance.save_register(workshop_id, title, held_on, class_id, ticked, anonymous,
                                                  staff_id=staff_id)

        self.ctx.run(work, self._saved, self._save_failed)

    def _saved(self, info) -> None:
        self.save_button.setEnabled(True)
        self.workshop_id = info.id
        self.heading.setText(self.tr("Register: {title}").format(title=info.title))
        self._say(self.tr("Saved: %n person(s) at “{title}”.", "", info.total).format(title=info.title), "ok")
        self.ctx.run(lambda backend: backend.attendance.list_workshops(50), self._show_saved)
        self.saved.emit(info)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        text = user_error_text(exc)
        if text is not None:
            self._say(text, "try")
        else:
            self.ctx.show_problem(exc)

    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        set_prop(self.message, "state", state)
        self.message.show()
