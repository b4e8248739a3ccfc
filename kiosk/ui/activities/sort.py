"""``sort``: each item with a row of big buttons, one per place ("Compartir", "No compartir");
a tap puts the item there (tapping the same place again takes it out), then "Check".

No dragging: every place is a button reached by Tab and pressed by a tap, a click, Space or
Enter. After "Check", each misplaced item shows its own feedback under it. An answer is the
tuple of (item id, bucket id) pairs (``kiosk.content.activities.sort``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout

from kiosk.content.activities._items import Item
from kiosk.content.activities.sort import answer_of, placed
from kiosk.ui.read_aloud import option_text
from kiosk.ui.widgets.common import button, label, set_prop

from ._base import ActivityWidget
from ._look import focus_in_view
from ._pictures import dress_button, picture_label

BUCKET_MIN_PX = (150, 60)


class SortRow(QFrame):
    """One item: its picture and words, a button per place, and its feedback once checked."""

    def __init__(self, item: Item, buckets: tuple[Item, ...], owner: SortWidget, beside: bool) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("sortItem")
        col = QVBoxLayout(self)
        col.setContentsMargins(12, 8, 12, 8)
        col.setSpacing(8)
        line = QBoxLayout(QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom)
        line.setSpacing(12)
        head = QHBoxLayout()
        head.setSpacing(12)
        picture = picture_label(item.image, item.text, item.alt, 72)
        if picture is not None:
            head.addWidget(picture)
        self.words = label(item.text or ("" if picture is not None else item.alt), "sortText")
        head.addWidget(self.words, 1)
        line.addLayout(head, 1)
        places = QHBoxLayout()
        places.setSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        for bucket in buckets:
            btn = button(bucket.text, "choice", wrap=True)  # a long place name wraps, never cut
            btn.setCheckable(True)
            dress_button(btn, bucket.text, bucket.image, bucket.alt, 48)
            btn.setMinimumSize(*BUCKET_MIN_PX)
            btn.whole_words = True  # «Emoherakuã» wraps between words, never «Emoheraku / ã»
            policy = btn.sizePolicy()  # keeps its height-for-width
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
            btn.setSizePolicy(policy)
            btn.setAccessibleName(self.tr("“{item}”: {place}").format(item=item.label, place=bucket.label))
            btn.clicked.connect(lambda _=False, b=bucket.id: owner.put(self, b))
            self.buttons[bucket.id] = btn
            places.addWidget(btn)
        if not beside:
            places.addStretch(1)
        line.addLayout(places)
        col.addLayout(line)
        self.feedback = label("", "sortFeedback")
        self.feedback.hide()
        col.addWidget(self.feedback)

    @property
    def bucket(self) -> str | None:
        return next((b for b, btn in self.buttons.items() if btn.isChecked()), None)


class SortWidget(ActivityWidget):
    kind = "sort"

    def build(self, col: QVBoxLayout) -> None:
        col.addWidget(label(self.tr("For each one, tap where it goes. Then press “Check”."), "hint"))
        spec = self.activity.spec
        # Two places fit beside each item even at 1024x600 (three beside pictures alone); more go
        # under it. Every row of an activity alike.
        beside = len(spec.buckets) <= 2 or (
            len(spec.buckets) == 3 and all(not i.text and i.image is not None for i in spec.items))
        self.rows: list[SortRow] = []
        for item in spec.items:
            row = SortRow(item, spec.buckets, self, beside)
            self.rows.append(row)
            col.addWidget(row)
        self.check_button = button(self.tr("Check"), "primary")
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        line = QHBoxLayout()
        line.addWidget(self.check_button)
        line.addStretch(1)
        col.addLayout(line)

    def spoken_body(self, lang: str) -> list[str]:
        spec = self.activity.spec
        places = [option_text(lang, n, b.text or b.alt) for n, b in enumerate(spec.buckets, start=1)]
        return places + [f"{n}. {row.item.text or row.item.alt}" for n, row in enumerate(self.rows, start=1)]

    # -- placing --------------------------------------------------------------------------------
    def put(self, row: SortRow, bucket_id: str) -> None:
        """The learner tapped ``bucket_id`` on ``row``: that place only, or none if it was it."""
        if self.done:
            return
        chosen = row.buttons[bucket_id].isChecked()
        for other, btn in row.buttons.items():
            if other != bucket_id:
                btn.setChecked(False)
        row.buttons[bucket_id].setChecked(chosen)
        set_prop(row, "state", "")
        row.feedback.hide()
        self.check_button.setEnabled(all(r.bucket is not None for r in self.rows))

    @property
    def current(self) -> tuple[tuple[str, str], ...]:
        return answer_of({r.item.id: r.bucket for r in self.rows if r.bucket is not None})

    # -- answering ------------------------------------------------------------------------------
    def check(self, *, emit: bool = True) -> None:
        """Judge the places chosen; show the result once it is recorded (``submit``), or at
        once when ``emit`` is False (``restore``)."""
        if self.done:
            return
        answer = self.current
        self.judge(answer, emit=emit)

    def _reveal(self, answer: tuple[tuple[str, str], ...], correct: bool) -> None:
        self.tries += 1
        rules = self.content_kind
        wrong = {item.id for item in rules.misplaced(self.activity, answer)}
        for row in self.rows:
            set_prop(row, "state", "wrong" if row.item.id in wrong else "right")
            row.feedback.setText(row.item.feedback or self.tr("This one goes somewhere else."))
            row.feedback.setVisible(row.item.id in wrong)
        if correct:
            self.done = True
            self.check_button.setEnabled(False)
            for row in self.rows:
                for btn in row.buttons.values():
                    btn.setEnabled(False)
            self.show_feedback(True, self.tr("That’s right!"), self.activity.explanation)
        else:
            good = len(self.rows) - len(wrong)
            text = self.tr("%n of {total} in the right place. Look at the ones in orange.", "", good)
            self.show_feedback(False, text.format(total=len(self.rows)), "")

    # -- the contract ---------------------------------------------------------------------------
    def restore(self, answer: Any) -> None:
        where = placed(answer)
        for row in self.rows:
            for bucket_id, btn in row.buttons.items():
                btn.setChecked(where.get(row.item.id) == bucket_id)
        self.check(emit=False)

    def take_focus(self) -> None:
        focus_in_view(next(iter(self.rows[0].buttons.values())))

    def give(self, answer: Any) -> None:
        """Tap each item's place, as a learner would (leaving the ones already there), then
        "Check"."""
        where = placed(answer)
        for row in self.rows:
            wanted = where.get(row.item.id)
            if wanted is not None and row.bucket != wanted:
                row.buttons[wanted].click()
        self.check_button.click()


WIDGET = SortWidget
