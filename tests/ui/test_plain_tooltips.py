"""A name is never markup in a tooltip (issue 9, point 1, the tooltip crash): a learner called
"<img src=/dev/zero>" used to make Qt load that "image" when a teacher hovered the name."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from kiosk.learning.reports import Cell, ClassGrid, GridRow, Status
from kiosk.ui.widgets.common import plain_tooltip

HOSTILE = ['<img src=/dev/zero>', '<b>Ana</b>', '<a href="x">Beto</a> & <i>Caro</i>']


def shown(tooltip: str) -> str:
    """What Qt shows for a tooltip: rich text when it looks like HTML, else the text itself."""
    from PySide6.QtGui import Qt

    if not Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_a_hostile_name_shows_as_typed(qapp):
    for name in HOSTILE:
        tip = plain_tooltip(name)
        assert shown(tip) == name
        assert "<img" not in tip and "<b>" not in tip and "<a " not in tip
    assert plain_tooltip("Ana — “Contraseñas fuertes”") == "Ana — “Contraseñas fuertes”"  # plain stays plain
    assert shown("<b>Ana</b>") == "Ana"  # the negative control: unescaped, the markup is interpreted


def test_the_class_grid_tooltips_keep_names_plain(qapp):
    from PySide6.QtCore import Qt

    from kiosk.ui.staff.report_grid import GridModel

    cell = Cell(Status.NOT_STARTED, 0.0, None)
    grid = ClassGrid("c1", ("t/m/l",), tuple(GridRow(f"id{i}", name, "tatu.svg", (cell,))
                                             for i, name in enumerate(HOSTILE)))
    model = GridModel()
    model.set_grid(grid, ["<b>Lección</b>"], ["<b>Lección</b>"])
    for row, name in enumerate(HOSTILE):
        for column in (0, 1):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            assert name in shown(tip), tip
            accessible = model.data(model.index(row, column), Qt.ItemDataRole.AccessibleTextRole)
            assert name in accessible  # screen readers get the text itself
    header = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert shown(header) == "<b>Lección</b>"
