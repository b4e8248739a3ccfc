"""kiosk.ui.widgets.fold: parts side by side when they fit, one above the other when not, never
wider than the widest part, and as tall as wrapped words need (issue 15: the staff pages at
1024x600).  Real widgets, no window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.fold import FoldRow, tall_enough


def row_of(qtbot, *widths: int) -> tuple[FoldRow, list[QPushButton]]:
    """A FoldRow in a page (a top-level widget could not be narrower than its layout)."""
    page = QWidget()
    col = QVBoxLayout(page)
    col.setContentsMargins(0, 0, 0, 0)
    row = FoldRow(10)
    col.addWidget(row)
    col.addStretch(1)
    parts = []
    for index, width in enumerate(widths):
        part = QPushButton(f"part {index}")
        part.setMinimumWidth(width)
        row.add(part, 1)
        parts.append(part)
    row.add_stretch()
    qtbot.addWidget(page)
    page.show()
    row.page = page  # the page lives as long as the test holds the row
    return row, parts


def settle_at(row: FoldRow, width: int) -> None:
    page = row.page
    for _ in range(2):  # the second pass: the height the folded row needs
        page.resize(width, max(page.minimumSizeHint().height(), 40))
        QApplication.processEvents()


def test_side_by_side_when_wide_stacked_when_narrow_and_back(qtbot):
    row, (a, b) = row_of(qtbot, 200, 300)
    folds: list[bool] = []
    row.folded.connect(folds.append)
    assert row.side_by_side_width() == 200 + 10 + 300
    assert row.minimumSizeHint().width() == 300  # the widest part, not both
    settle_at(row, 600)
    assert not row.stacked() and a.y() == b.y() and a.x() < b.x()
    settle_at(row, 400)
    assert row.stacked() and a.x() == b.x() and a.y() < b.y()
    assert a.width() <= 400 and b.width() <= 400
    settle_at(row, 600)
    assert not row.stacked()
    assert folds == [True, False]


def test_stacked_parts_keep_no_stretch_and_get_it_back(qtbot):
    row, _parts = row_of(qtbot, 200, 300)
    settle_at(row, 400)
    assert [row.fold_box.stretch(i) for i in range(2)] == [0, 0]  # no share of a page's height
    settle_at(row, 700)
    assert [row.fold_box.stretch(i) for i in range(2)] == [1, 1]


def test_a_hidden_part_takes_no_room(qtbot):
    row, (_a, b) = row_of(qtbot, 200, 300)
    b.hide()
    assert row.side_by_side_width() == 200
    settle_at(row, 250)
    assert not row.stacked()


def test_tall_enough_counts_every_line_of_a_wrapped_label(qtbot):
    box = QWidget()
    col = QVBoxLayout(box)
    words = QLabel("una frase larga que se parte en varias líneas cuando el ancho es poco " * 3)
    words.setWordWrap(True)
    col.addWidget(words)
    qtbot.addWidget(box)
    box.resize(160, 40)
    one_line = box.minimumSizeHint()
    assert tall_enough(box, box.minimumSizeHint()).height() >= words.heightForWidth(160) > one_line.height()
    empty = QWidget()
    qtbot.addWidget(empty)
    assert tall_enough(empty, empty.minimumSizeHint()) == empty.minimumSizeHint()  # no layout: as it was
