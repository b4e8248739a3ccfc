"""The monthly attendance sheet ("planilla de asistencia") as HTML, no Qt.

One table per month: a line per learner (name, age band) with a mark on each day they came
-- V for a visit, T for a workshop, VT for both -- and the number of days; then a line per
group of people with no account (how many came each day); then the people per day.  Marks
are letters, never colour alone, so the sheet reads the same printed in black and white.

``kiosk.ui.pdf`` lays it out into a PDF (Qt's rich text: a subset of HTML 4 and CSS 2.1,
which is why the markup below is plain tables with attributes).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape

from kiosk.attendance.export import _lang, values
from kiosk.attendance.records import ANONYMOUS_GROUPS, AttendanceRow, Kind, month_spans
from kiosk.core.clock import to_local, utcnow
from kiosk.core.i18n import QT_TRANSLATE_NOOP, Context
from kiosk.core.names import clean_name
from kiosk.core.people import name_key

AttendanceSheet = Context("AttendanceSheet")  # the sheet's words, in any language of the registry

MONTHS = (
    QT_TRANSLATE_NOOP("AttendanceSheet", "January"), QT_TRANSLATE_NOOP("AttendanceSheet", "February"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "March"), QT_TRANSLATE_NOOP("AttendanceSheet", "April"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "May"), QT_TRANSLATE_NOOP("AttendanceSheet", "June"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "July"), QT_TRANSLATE_NOOP("AttendanceSheet", "August"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "September"), QT_TRANSLATE_NOOP("AttendanceSheet", "October"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "November"), QT_TRANSLATE_NOOP("AttendanceSheet", "December"),
)
WEEKDAYS = (  # two letters, Monday first, under each day's number
    QT_TRANSLATE_NOOP("AttendanceSheet", "Mo"), QT_TRANSLATE_NOOP("AttendanceSheet", "Tu"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "We"), QT_TRANSLATE_NOOP("AttendanceSheet", "Th"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Fr"), QT_TRANSLATE_NOOP("AttendanceSheet", "Sa"),
    QT_TRANSLATE_NOOP("AttendanceSheet", "Su"),
)
BANDS = {"8-11": "8–11", "12-17": "12–17"}  # numbers read the same in every language; "adult" is a word
TEXT = {
    "title": QT_TRANSLATE_NOOP("AttendanceSheet", "Monthly attendance sheet"),
    "site": QT_TRANSLATE_NOOP("AttendanceSheet", "Site"),
    "class": QT_TRANSLATE_NOOP("AttendanceSheet", "Class"),
    "whole_site": QT_TRANSLATE_NOOP("AttendanceSheet", "whole site"),
    "period": QT_TRANSLATE_NOOP("AttendanceSheet", "Period"),
    "generated": QT_TRANSLATE_NOOP("AttendanceSheet", "Generated on"),
    "name": QT_TRANSLATE_NOOP("AttendanceSheet", "Name"),
    "age": QT_TRANSLATE_NOOP("AttendanceSheet", "Age"),
    "days": QT_TRANSLATE_NOOP("AttendanceSheet", "Days"),
    "per_day": QT_TRANSLATE_NOOP("AttendanceSheet", "People per day"),
    "no_account": QT_TRANSLATE_NOOP("AttendanceSheet", "No account"),
    "legend": QT_TRANSLATE_NOOP("AttendanceSheet", "V = visit to the telecenter · T = workshop · VT = both on the same day"),
    "summary": QT_TRANSLATE_NOOP("AttendanceSheet", "Visits: {visits} · Workshop places: {workshops} · People with an "
                                                    "account: {people} · People with no account (workshops): {anonymous}"),
    "empty": QT_TRANSLATE_NOOP("AttendanceSheet", "No attendance was recorded this month."),
    "signature": QT_TRANSLATE_NOOP("AttendanceSheet", "Coordinator's signature: ______________________________"),
    "no_site": QT_TRANSLATE_NOOP("AttendanceSheet", "(no name)"),
}


def texts(lang: str) -> dict[str, str]:
    return {key: AttendanceSheet.tr(text, lang=lang) for key, text in TEXT.items()}


@dataclass
class SheetLine:
    name: str
    age_band: str
    role: str
    marks: dict[int, set[str]] = field(default_factory=dict)  # day of month -> kinds

    def mark(self, day: int) -> str:
        kinds = self.marks.get(day, ())
        return ("V" if Kind.VISIT in kinds else "") + ("T" if Kind.WORKSHOP in kinds else "")

    @property
    def days(self) -> int:
        return len(self.marks)


@dataclass
class MonthSheet:
    year: int
    month: int
    first: date
    last: date
    lines: list[SheetLine] = field(default_factory=list)
    anonymous: dict[tuple[str, str], dict[int, int]] = field(default_factory=dict)  # (role, band) -> day -> n
    visits: int = 0
    workshop_places: int = 0

    @property
    def day_numbers(self) -> range:
        return range(self.first.day, self.last.day + 1)

    def people_on(self, day: int) -> int:
        return sum(1 for line in self.lines if day in line.marks) + sum(
            counts.get(day, 0) for counts in self.anonymous.values())

    @property
    def anonymous_people(self) -> int:
        return sum(sum(c.values()) for c in self.anonymous.values())


def build_sheets(rows: Iterable[AttendanceRow], date_from: date, date_to: date) -> list[MonthSheet]:
    """Fold the attendance rows into one sheet per month of the range (empty months too).
    Memory grows with learners x days, not with visits."""
    sheets = {(y, m): MonthSheet(y, m, first, last) for y, m, first, last in month_spans(date_from, date_to)}
    people: dict[tuple[int, int], dict[str, SheetLine]] = {key: {} for key in sheets}
    for row in rows:
        key = (row.day.year, row.day.month)
        sheet = sheets.get(key)
        if sheet is None:
            continue
        if row.kind == Kind.VISIT:
            sheet.visits += 1
        else:
            sheet.workshop_places += row.people
        if row.learner_id is None:
            counts = sheet.anonymous.setdefault((row.role, row.age_band), {})
            counts[row.day.day] = counts.get(row.day.day, 0) + row.people
            continue
        line = people[key].get(row.learner_id)
        if line is None:
            line = people[key][row.learner_id] = SheetLine(clean_name(row.name), row.age_band, row.role)
        line.marks.setdefault(row.day.day, set()).add(row.kind)
    for key, sheet in sheets.items():
        sheet.lines = sorted(people[key].values(), key=lambda line: (name_key(line.name), line.name))
    return list(sheets.values())


def _group_label(role: str, band: str, t: dict[str, str], v: dict[str, str]) -> str:
    return f"{t['no_account']}: {v[role]}, {v[band]}"


def sheet_html(sheets: list[MonthSheet], *, site_name: str, class_name: str | None, lang: str | None = None,
               now: datetime | None = None) -> str:
    lang = _lang(lang)
    words, v = texts(lang), values(lang)
    t = {key: escape(text) for key, text in words.items()}  # translations are text too, never markup
    months = [escape(AttendanceSheet.tr(month, lang=lang)) for month in MONTHS]
    weekdays = [escape(AttendanceSheet.tr(day, lang=lang)) for day in WEEKDAYS]
    bands = {**BANDS, "adult": escape(v["adult"])}
    generated = to_local(now or utcnow()).strftime("%d/%m/%Y %H:%M")
    site = escape(clean_name(site_name)) if site_name else t["no_site"]
    who = escape(clean_name(class_name)) if class_name else t["whole_site"]
    order = {group: i for i, group in enumerate((r.value, b.value) for r, b in ANONYMOUS_GROUPS)}
    parts = [
        "<html><head><meta charset='utf-8'></head>"
        "<body style='font-family: \"DejaVu Sans\", \"Noto Sans\", sans-serif; font-size: 8pt;'>"
    ]
    for index, sheet in enumerate(sheets):
        brk = " style='page-break-before: always;'" if index else ""
        period = f"{sheet.first.strftime('%d/%m/%Y')} – {sheet.last.strftime('%d/%m/%Y')}"
        parts.append(
            f"<div{brk}><h2 style='font-size: 14pt; margin: 0;'>{t['title']} — "
            f"{months[sheet.month - 1]} {sheet.year}</h2>"
            f"<p style='font-size: 10pt; margin: 2px 0;'><b>{t['site']}:</b> {site} &nbsp;·&nbsp; "
            f"<b>{t['class']}:</b> {who} &nbsp;·&nbsp; <b>{t['period']}:</b> {period}</p>"
            f"<p style='margin: 2px 0 6px 0;'>{escape(words['summary'].format(visits=sheet.visits, workshops=sheet.workshop_places, people=len(sheet.lines), anonymous=sheet.anonymous_people))}"
            f" &nbsp;·&nbsp; {t['legend']}</p>"
        )
        days = sheet.day_numbers
        day_width = f"{73 / len(days):.2f}%"
        head = [f"<th align='left' width='15%'>{t['name']}</th><th width='6%'>{t['age']}</th>"]
        for d in days:
            weekday = calendar.weekday(sheet.year, sheet.month, d)
            shade = " bgcolor='#E6E6E6'" if weekday >= 5 else ""
            head.append(f"<th width='{day_width}'{shade}>{d}<br/>{weekdays[weekday]}</th>")
        head.append(f"<th width='4%'>{t['days']}</th>")
        parts.append(
            "<table border='1' cellspacing='0' cellpadding='2' width='100%' style='border-collapse: collapse;'>"
            f"<thead><tr>{''.join(head)}</tr></thead><tbody>"
        )
        if not sheet.lines and not sheet.anonymous:
            parts.append(f"<tr><td colspan='{len(days) + 3}'>{t['empty']}</td></tr>")
        for line in sheet.lines:
            cells = "".join(f"<td align='center'>{line.mark(d)}</td>" for d in days)
            parts.append(f"<tr><td>{escape(line.name)}</td><td align='center'>{bands.get(line.age_band, '')}</td>"
                         f"{cells}<td align='center'><b>{line.days}</b></td></tr>")
        for group in sorted(sheet.anonymous, key=lambda g: order.get(g, 99)):
            counts = sheet.anonymous[group]
            cells = "".join(f"<td align='center'>{counts.get(d, '') or ''}</td>" for d in days)
            parts.append(f"<tr><td colspan='2'><i>{escape(_group_label(*group, words, v))}</i></td>{cells}"
                         f"<td align='center'><b>{sum(counts.values())}</b></td></tr>")
        totals = "".join(f"<td align='center'><b>{sheet.people_on(d) or ''}</b></td>" for d in days)
        parts.append(f"<tr><td colspan='2'><b>{t['per_day']}</b></td>{totals}<td></td></tr></tbody></table>")
        parts.append(f"<p style='margin-top: 14px;'>{t['generated']} {generated} &nbsp;&nbsp;&nbsp; "
                     f"{t['signature']}</p></div>")
    parts.append("</body></html>")
    return "".join(parts)
