"""The monthly attendance sheet drawn straight onto A4 landscape pages with ``QPainter``.

    pages = write_sheet_pdf(sheets, Path("planilla.pdf"), title, site_name="Telecentro Luque",
                            class_name=None, lang="es", progress=progress)

``sheets`` come from ``kiosk.attendance.sheet_html.build_sheets``; the sheet is the one that
module describes, with its words (a line per learner with V/T marks per day and the number of
days, a line per group of people with no account, the people per day, the legend, the
signature line), but it is not HTML laid out by Qt's rich text engine: ``QTextDocument`` took
~4 s of CPU for the 257 kB table of a month of 300 learners (9 pages).  Here the geometry is
worked out once (row heights, page breaks: a few hundred font measurements), then every page is
painted with a few hundred short calls: ~0.1 s for the same month.

What a coordinator sees: each month starts a page with its heading (title and month, site,
class, period, the totals and the legend); a page that continues a month repeats a one-line
caption and the table's header (day number and weekday; Saturdays and Sundays shaded);
"n / N" at the foot of every page.  Names are drawn as text, never read as markup ("<b>x</b>"
is printed as typed); a long name wraps onto up to three lines of its cell and is cut with
"…" after that; a per-day total too wide for its cell is drawn smaller.  Fonts are embedded, so
the text can be searched and copied.

Runs in the calling thread (the kiosk's compute lane, ``kiosk.ui.staff.export_job``): no single
Qt call here is long, so the UI thread gets the GIL back every few milliseconds (the reason
``kiosk.ui.pdf.render_pdf`` lays HTML out in a child process does not apply).  The file appears
complete or not at all (``.part`` first).  Needs a ``QGuiApplication`` (fonts).
"""

from __future__ import annotations

import calendar
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QPen

from kiosk.attendance.export import _lang, values
from kiosk.attendance.records import ANONYMOUS_GROUPS
from kiosk.attendance.sheet_html import (BANDS, MONTHS, WEEKDAYS, AttendanceSheet, MonthSheet, _group_label,
                                         texts)
from kiosk.core.clock import to_local, utcnow
from kiosk.core.errors import Code, StorageProblem
from kiosk.core.names import clean_name
from kiosk.ui.pdf import FOOTER_PT, Progress, ensure_gui_app, pdf_writer

FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial"]
BODY_PT = 8.0
TITLE_PT = 14.0
INFO_PT = 10.0
NAME_LINES = 3  # a longer name is cut with "…" on its third line
GRID = QColor("#8C8C8C")  # mid grey: visible on a cheap black-and-white printer
WEEKEND_HEAD = QColor("#E0E0E0")
WEEKEND_BODY = QColor("#F2F2F2")
NAME_SHARE, AGE_SHARE, DAYS_SHARE = 0.17, 0.055, 0.04  # of the width; the days share the rest
DAY_MAX_MM = 10.0  # a range of a few days does not stretch its columns: the name column gets the room


def _font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class _Face:
    """A font with its metrics on the device, and the widths it has measured (cached)."""

    def __init__(self, device: QPaintDevice, points: float, bold: bool = False, italic: bool = False) -> None:
        self.font = _font(points, bold, italic)
        self.metrics = QFontMetricsF(self.font, device)
        self.ascent = self.metrics.ascent()
        self.height = self.metrics.height()
        self.spacing = self.metrics.lineSpacing()
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            found = self._widths[text] = self.metrics.horizontalAdvance(text)
        return found

    def elided(self, text: str, width: float) -> str:
        return text if self.width(text) <= width else self.metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                               width)


def wrap(text: str, face: _Face, width: float, max_lines: int = NAME_LINES) -> list[str]:
    """``text`` in lines no wider than ``width``: broken at spaces where it can, inside a word
    where it must (never before a combining mark); the last allowed line cut with "…"."""
    if face.width(text) <= width:
        return [text]
    lines: list[str] = []
    rest = text
    while rest:
        if face.width(rest) <= width:
            lines.append(rest)
            break
        if len(lines) == max_lines - 1:
            lines.append(face.elided(rest, width))
            break
        low, high = 1, len(rest)  # the longest prefix that fits: rest[:low]
        while low < high:
            middle = (low + high + 1) // 2
            if face.metrics.horizontalAdvance(rest[:middle]) <= width:
                low = middle
            else:
                high = middle - 1
        cut = low
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        while 1 < cut < len(rest) and unicodedata.combining(rest[cut]):
            cut -= 1
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return lines


@dataclass
class _Row:
    """One row of the table (or the signature line after it) and its height."""

    kind: str  # line | group | total | empty | signature
    height: float
    label: list[str] = field(default_factory=list)  # the name (or the group's words), wrapped
    age: str = ""
    cells: list[str] = field(default_factory=list)  # one per day
    days: str = ""


@dataclass
class _Page:
    sheet: int  # index into the sheets
    first: bool  # the month's first page: its whole heading
    rows: list[_Row] = field(default_factory=list)


class SheetPages:
    """``sheets`` laid out on a paint device's page (the area inside the margins, as
    ``kiosk.ui.pdf.Laid``): ``pages`` of them; ``paint(painter, page)`` draws one at the
    painter's origin.  For a PDF file, a printer or an image alike."""

    def __init__(self, sheets: Sequence[MonthSheet], device: QPaintDevice, *, site_name: str,
                 class_name: str | None, lang: str | None = None, now: datetime | None = None) -> None:
        lang = _lang(lang)
        self.sheets = list(sheets)
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.footer_h = FOOTER_PT * 2.2 / 72.0 * self.dpi
        self.body_h = float(device.height()) - self.footer_h
        self.words = texts(lang)
        self.values = values(lang)
        self.months = [AttendanceSheet.tr(month, lang=lang) for month in MONTHS]
        self.weekdays = [AttendanceSheet.tr(day, lang=lang) for day in WEEKDAYS]
        self.bands = {**BANDS, "adult": self.values["adult"]}
        self.generated = to_local(now or utcnow()).strftime("%d/%m/%Y %H:%M")
        self.site = clean_name(site_name) if site_name else self.words["no_site"]
        self.who = clean_name(class_name) if class_name else self.words["whole_site"]
        self.order = {group: i for i, group in enumerate((r.value, b.value) for r, b in ANONYMOUS_GROUPS)}

        self.body = _Face(device, BODY_PT)
        self.bold = _Face(device, BODY_PT, bold=True)
        self.italic = _Face(device, BODY_PT, italic=True)
        self.small = [_Face(device, points, bold=True) for points in (7.0, 6.0, 5.0)]  # totals that do not fit
        self.title_face = _Face(device, TITLE_PT, bold=True)
        self.info = _Face(device, INFO_PT)
        self.info_bold = _Face(device, INFO_PT, bold=True)
        self.footer_face = _Face(device, FOOTER_PT)
        self.pad = self.mm(0.7)
        self.line_h = self.body.height + 2 * self.pad
        self.head_h = self.bold.height + self.bold.spacing + 2 * self.pad
        self.pen = QPen(GRID, self.mm(0.2))
        self.pages: list[_Page] = []
        for index, sheet in enumerate(self.sheets):
            self._paginate(index, sheet)
        self.pages = self.pages or [_Page(0, True)]

    def mm(self, millimetres: float) -> float:
        return millimetres / 25.4 * self.dpi

    # -- geometry ----------------------------------------------------------------------------
    def columns(self, sheet: MonthSheet) -> tuple[float, float, float, float]:
        """(name width, age width, one day's width, the days column's width)."""
        n = len(sheet.day_numbers)
        age_w, days_w = self.width * AGE_SHARE, self.width * DAYS_SHARE
        day_w = min((self.width * (1 - NAME_SHARE - AGE_SHARE - DAYS_SHARE)) / max(n, 1), self.mm(DAY_MAX_MM))
        return self.width - age_w - days_w - n * day_w, age_w, day_w, days_w

    def summary(self, sheet: MonthSheet) -> str:
        told = self.words["summary"].format(visits=sheet.visits, workshops=sheet.workshop_places,
                                            people=len(sheet.lines), anonymous=sheet.anonymous_people)
        return f"{told}  ·  {self.words['legend']}"

    def heading_h(self, sheet: MonthSheet) -> float:
        wrapped = self.body.metrics.boundingRect(QRectF(0, 0, self.width, 1e6), int(Qt.TextFlag.TextWordWrap),
                                                 self.summary(sheet)).height()
        return self.title_face.height + self.mm(1) + self.info.height + self.mm(0.7) + wrapped + self.mm(1.5)

    def caption_h(self) -> float:
        return self.bold.height + self.mm(1.5)

    def _rows(self, sheet: MonthSheet) -> list[_Row]:
        name_w, age_w, _day_w, _days_w = self.columns(sheet)
        days = sheet.day_numbers
        rows = []
        if not sheet.lines and not sheet.anonymous:
            rows.append(_Row("empty", self.line_h, [self.words["empty"]]))
        for line in sheet.lines:
            label = wrap(line.name, self.body, name_w - 2 * self.pad)
            rows.append(_Row("line", self.line_h + (len(label) - 1) * self.body.spacing, label,
                             self.bands.get(line.age_band, ""), [line.mark(d) for d in days], str(line.days)))
        for group in sorted(sheet.anonymous, key=lambda g: self.order.get(g, 99)):
            counts = sheet.anonymous[group]
            label = wrap(_group_label(*group, self.words, self.values), self.italic, name_w + age_w - 2 * self.pad)
            rows.append(_Row("group", self.line_h + (len(label) - 1) * self.italic.spacing, label, "",
                             [str(counts.get(d, "") or "") for d in days], str(sum(counts.values()))))
        rows.append(_Row("total", self.line_h, [self.words["per_day"]], "",
                         [str(sheet.people_on(d) or "") for d in days], ""))
        rows.append(_Row("signature", self.mm(3.7) + self.body.height))
        return rows

    def _paginate(self, index: int, sheet: MonthSheet) -> None:
        page = _Page(index, True)
        y = self.heading_h(sheet) + self.head_h
        for row in self._rows(sheet):
            if y + row.height > self.body_h and page.rows:
                self.pages.append(page)
                page = _Page(index, False)
                y = self.caption_h() + (self.head_h if row.kind != "signature" else 0)
            page.rows.append(row)
            y += row.height
        self.pages.append(page)

    # -- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, number: int) -> None:
        """Draw page ``number`` (from 0) at the painter's origin."""
        page = self.pages[number]
        if not self.sheets:
            self._page_number(painter, number)
            return
        sheet = self.sheets[page.sheet]
        y = self._heading(painter, sheet) if page.first else self._caption(painter, sheet)
        table = [row for row in page.rows if row.kind != "signature"]
        if table:
            y = self._table(painter, sheet, table, y)
        if page.rows and page.rows[-1].kind == "signature":
            painter.setFont(self.body.font)
            base = y + self.mm(3.7) + self.body.ascent
            generated = f"{self.words['generated']} {self.generated}"
            painter.drawText(QPointF(0, base), generated)
            painter.drawText(QPointF(self.body.width(generated) + self.mm(8), base), self.words["signature"])
        self._page_number(painter, number)

    def _title(self, sheet: MonthSheet) -> str:
        return f"{self.words['title']} — {self.months[sheet.month - 1]} {sheet.year}"

    def _heading(self, painter: QPainter, sheet: MonthSheet) -> float:
        painter.setPen(QColor("black"))
        painter.setFont(self.title_face.font)
        painter.drawText(QPointF(0, self.title_face.ascent), self.title_face.elided(self._title(sheet), self.width))
        y = self.title_face.height + self.mm(1)
        period = f"{sheet.first.strftime('%d/%m/%Y')} – {sheet.last.strftime('%d/%m/%Y')}"
        gap = "  ·  "
        labels = [f"{self.words['site']}:", f"{self.words['class']}:", f"{self.words['period']}:"]
        fixed = sum(self.info_bold.width(text) for text in labels) + 2 * self.info.width(gap) \
            + 3 * self.info.width(" ") + self.info.width(period)
        room = max(self.width - fixed, self.mm(20)) / 2  # a long site or class name is cut, never off the page
        parts = [(True, labels[0]), (False, " " + self.info.elided(self.site, room)), (False, gap),
                 (True, labels[1]), (False, " " + self.info.elided(self.who, room)), (False, gap),
                 (True, labels[2]), (False, " " + period)]
        x, base = 0.0, y + self.info.ascent
        for bold, text in parts:
            face = self.info_bold if bold else self.info
            painter.setFont(face.font)
            painter.drawText(QPointF(x, base), text)
            x += face.width(text)
        y += self.info.height + self.mm(0.7)
        painter.setFont(self.body.font)
        box = QRectF(0, y, self.width, self.body_h - y)
        used = painter.boundingRect(box, int(Qt.TextFlag.TextWordWrap), self.summary(sheet))
        painter.drawText(box, int(Qt.TextFlag.TextWordWrap), self.summary(sheet))
        return y + used.height() + self.mm(1.5)

    def _caption(self, painter: QPainter, sheet: MonthSheet) -> float:
        painter.setPen(QColor("black"))
        painter.setFont(self.bold.font)
        painter.drawText(QPointF(0, self.bold.ascent), self.bold.elided(f"{self._title(sheet)}  ·  {self.site}",
                                                                        self.width))
        return self.caption_h()

    def _table(self, painter: QPainter, sheet: MonthSheet, rows: list[_Row], top: float) -> float:
        name_w, age_w, day_w, days_w = self.columns(sheet)
        days = list(sheet.day_numbers)
        day_x = [name_w + age_w + i * day_w for i in range(len(days))]
        days_x = name_w + age_w + len(days) * day_w
        right = days_x + days_w
        bottom = top + self.head_h + sum(row.height for row in rows)
        weekend = [i for i, d in enumerate(days) if calendar.weekday(sheet.year, sheet.month, d) >= 5]
        for i in weekend:  # shading first, the grid and the text over it
            painter.fillRect(QRectF(day_x[i], top, day_w, self.head_h), WEEKEND_HEAD)
            painter.fillRect(QRectF(day_x[i], top + self.head_h, day_w, bottom - top - self.head_h), WEEKEND_BODY)

        painter.setPen(QColor("black"))
        painter.setFont(self.bold.font)
        base = top + self.pad + self.bold.ascent
        painter.drawText(QPointF(self.pad, base), self.words["name"])
        self._fitted(painter, self.bold, self.words["age"], name_w, age_w, base)  # a long word is drawn smaller
        for i, d in enumerate(days):
            self._centred(painter, self.bold, str(d), day_x[i], day_w, base)
            weekday = self.weekdays[calendar.weekday(sheet.year, sheet.month, d)]
            self._centred(painter, self.bold, weekday, day_x[i], day_w, base + self.bold.spacing)
        self._fitted(painter, self.bold, self.words["days"], days_x, days_w, base)

        lines = [QLineF(0, top, right, top), QLineF(0, top + self.head_h, right, top + self.head_h)]
        full = [0.0, name_w, *day_x, days_x, right]  # the vertical lines of a learner's row
        merged = [0.0, *day_x, days_x, right]  # name and age in one cell
        y = top + self.head_h
        run_top, run_kind = top, "line"
        for row in rows:
            kind = "line" if row.kind == "line" else row.kind if row.kind == "empty" else "merged"
            if kind != run_kind:
                lines.extend(self._verticals(run_kind, full, merged, right, run_top, y))
                run_top, run_kind = y, kind
            self._row(painter, row, name_w, age_w, day_x, day_w, days_x, days_w, y)
            y += row.height
            lines.append(QLineF(0, y, right, y))
        lines.extend(self._verticals(run_kind, full, merged, right, run_top, y))
        painter.setPen(self.pen)
        painter.drawLines(lines)
        painter.setPen(QColor("black"))
        return y

    @staticmethod
    def _verticals(kind: str, full: list[float], merged: list[float], right: float, top: float,
                   bottom: float) -> list[QLineF]:
        xs = full if kind == "line" else merged if kind == "merged" else [0.0, right]
        return [QLineF(x, top, x, bottom) for x in xs]

    def _row(self, painter: QPainter, row: _Row, name_w: float, age_w: float, day_x: list[float], day_w: float,
             days_x: float, days_w: float, y: float) -> None:
        label_face = self.italic if row.kind == "group" else self.bold if row.kind == "total" else self.body
        painter.setFont(label_face.font)
        base = y + self.pad + label_face.ascent
        for i, text in enumerate(row.label):
            painter.drawText(QPointF(self.pad, base + i * label_face.spacing), text)
        middle = y + (row.height - self.body.height) / 2 + self.body.ascent  # one line, centred in the row
        if row.kind == "line":
            painter.setFont(self.body.font)
            if row.age:
                self._centred(painter, self.body, row.age, name_w, age_w, middle)
        cell_face = self.bold if row.kind == "total" else self.body
        painter.setFont(cell_face.font)
        for i, text in enumerate(row.cells):
            if text:
                self._fitted(painter, cell_face, text, day_x[i], day_w, middle)
        if row.days:
            painter.setFont(self.bold.font)
            self._fitted(painter, self.bold, row.days, days_x, days_w, middle)

    def _centred(self, painter: QPainter, face: _Face, text: str, x: float, width: float, base: float) -> None:
        painter.drawText(QPointF(x + (width - face.width(text)) / 2, base), text)

    def _fitted(self, painter: QPainter, face: _Face, text: str, x: float, width: float, base: float) -> None:
        """Centred; drawn smaller when it does not fit (a per-day total of 100 in a narrow column)."""
        if face.width(text) <= width - self.pad:
            self._centred(painter, face, text, x, width, base)
            return
        smaller = next((f for f in self.small if f.width(text) <= width - self.pad), self.small[-1])
        painter.setFont(smaller.font)
        self._centred(painter, smaller, text, x, width, base)
        painter.setFont(face.font)

    def _page_number(self, painter: QPainter, number: int) -> None:
        painter.setPen(QColor("black"))
        painter.setFont(self.footer_face.font)
        text = f"{number + 1} / {len(self.pages)}"
        self._centred(painter, self.footer_face, text, 0, self.width,
                      self.body_h + self.footer_h - self.footer_face.height + self.footer_face.ascent)


def write_sheet_pdf(sheets: Sequence[MonthSheet], path: Path, title: str, *, site_name: str,
                    class_name: str | None, lang: str | None = None, now: datetime | None = None,
                    progress: Progress | None = None) -> int:
    """Write the attendance sheets to ``path`` as an A4 landscape PDF and return its page
    count.  ``progress(0, None, "layout")`` first, then ``progress(n, pages, "pages")`` after
    each page; when it raises (a cancelled task), nothing is left at ``path``.  A file that
    cannot be written raises ``StorageProblem``."""
    ensure_gui_app()
    path = Path(path)
    part = path.with_name(path.name + ".part")
    writer = pdf_writer(part, title, landscape=True, shown_as=path)
    try:
        if progress is not None:
            progress(0, None, "layout")
        laid = SheetPages(sheets, writer, site_name=site_name, class_name=class_name, lang=lang, now=now)
        painter = QPainter()
        if not painter.begin(writer):
            raise StorageProblem(Code.FILE_NOT_WRITTEN, path=str(path), detail="QPainter.begin failed")
        try:
            for number in range(len(laid.pages)):
                if number:
                    writer.newPage()
                laid.paint(painter, number)
                if progress is not None:
                    progress(number + 1, len(laid.pages), "pages")
        finally:
            painter.end()
        del writer  # the file is complete and closed
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return len(laid.pages)
