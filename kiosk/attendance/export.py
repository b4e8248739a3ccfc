"""Attendance exports: CSV, XLSX and a printable monthly PDF sheet, plus ``kiosk export
attendance`` for scheduled jobs.

Every writer takes the row stream of ``AttendanceService.rows()`` and writes as it reads, so
memory stays flat however long the range.  ``format_row`` turns a row into the strings the
on-screen preview shows and the CSV holds: one function, so the file matches the screen.

This module has no Qt (the CLI runs without a display): its column headers and values go
through the one catalog's Qt-free path (``kiosk.core.i18n``, context "AttendanceExport"), in
any language of the registry (the default language unless asked).  The PDF needs Qt to draw:
``kiosk.attendance.sheet_html.build_sheets`` folds the rows into month sheets (no Qt) and
``kiosk.ui.sheet_pdf`` draws them (passed in by the UI and by ``kiosk.cli``: the domain never
imports the UI); ``sheet_title`` is its title.

XLSX is written with the standard library (``zipfile`` + XML streamed into the compressed
member): a sheet of plain typed cells needs ~100 lines, no dependency, and the memory of a
row at a time.  Strings are inline (no shared-string table to hold), dates are real Excel
dates (dd/mm/yyyy) and times real times (hh:mm), so the coordinator can sort and filter.
"""

from __future__ import annotations

import csv
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from datetime import date, datetime, time
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from kiosk.attendance.records import AttendanceRow
from kiosk.core import i18n, languages
from kiosk.core.i18n import QT_TRANSLATE_NOOP, Context
from kiosk.core.names import clean_name, spreadsheet_text

Progress = Callable[[int], None]
PROGRESS_EVERY = 500  # rows between two progress calls
AttendanceExport = Context("AttendanceExport")

HEADERS = (
    QT_TRANSLATE_NOOP("AttendanceExport", "Date"), QT_TRANSLATE_NOOP("AttendanceExport", "Time in"),
    QT_TRANSLATE_NOOP("AttendanceExport", "Time out"), QT_TRANSLATE_NOOP("AttendanceExport", "Name"),
    QT_TRANSLATE_NOOP("AttendanceExport", "Age band"), QT_TRANSLATE_NOOP("AttendanceExport", "Role"),
    QT_TRANSLATE_NOOP("AttendanceExport", "Class"), QT_TRANSLATE_NOOP("AttendanceExport", "Kind"),
    QT_TRANSLATE_NOOP("AttendanceExport", "Workshop"), QT_TRANSLATE_NOOP("AttendanceExport", "Minutes"),
    QT_TRANSLATE_NOOP("AttendanceExport", "People"),
)
# The values of the age band, role and kind columns (stored codes -> words), and the name
# column of a group with no account.
VALUES = {
    "8-11": QT_TRANSLATE_NOOP("AttendanceExport", "8 to 11"),
    "12-17": QT_TRANSLATE_NOOP("AttendanceExport", "12 to 17"),
    "adult": QT_TRANSLATE_NOOP("AttendanceExport", "adult"),
    "learner": QT_TRANSLATE_NOOP("AttendanceExport", "learner"),
    "teacher": QT_TRANSLATE_NOOP("AttendanceExport", "teacher"),
    "parent": QT_TRANSLATE_NOOP("AttendanceExport", "parent/caregiver"),
    "visita": QT_TRANSLATE_NOOP("AttendanceExport", "visit"),
    "taller": QT_TRANSLATE_NOOP("AttendanceExport", "workshop"),
    "anonymous": QT_TRANSLATE_NOOP("AttendanceExport", "(no account)"),
}
SHEET_TITLE = QT_TRANSLATE_NOOP("AttendanceExport", "Attendance")

# Names, classes and workshop titles are cleaned on the way out too (names saved before they
# were cleaned on the way in may hold control, bidi or invisible characters), and a text cell
# a spreadsheet would read as a formula (CSV injection: a learner named "=HYPERLINK(...)")
# gets a leading apostrophe: ``kiosk.core.names.spreadsheet_text``.  Both cached: a few
# hundred people make 20,000 rows.
_plain = lru_cache(maxsize=4096)(clean_name)


def _lang(lang: str | None) -> str:
    """A language of the registry: ``lang``, else the current one (``kiosk.core.i18n``)."""
    return languages.resolve(lang or i18n.language())


def values(lang: str | None = None) -> dict[str, str]:
    """The column values' words in ``lang``: ``{"8-11": "8 a 11", "learner": "estudiante", ...}``."""
    lang = _lang(lang)
    return {code: AttendanceExport.tr(text, lang=lang) for code, text in VALUES.items()}


def headers(lang: str | None = None) -> tuple[str, ...]:
    lang = _lang(lang)
    return tuple(AttendanceExport.tr(text, lang=lang) for text in HEADERS)


def _hhmm(t: time | None) -> str:
    return "" if t is None else t.isoformat("minutes")


def _text(value: str) -> str:
    return spreadsheet_text(value)


def format_row(row: AttendanceRow, lang: str | None = None) -> list[str]:
    """The row as text, column by column (``headers(lang)``): what the preview shows and the
    CSV holds."""
    v = values(lang)
    return [
        row.day.isoformat(),
        _hhmm(row.time_in),
        _hhmm(row.time_out),
        _text(row.name) if row.learner_id is not None else v["anonymous"],
        v.get(row.age_band, row.age_band),
        v.get(row.role, row.role),
        _text(row.class_name),
        v.get(row.kind, row.kind),
        _text(row.workshop),
        "" if row.minutes is None else str(row.minutes),
        str(row.people),
    ]


def format_rows(rows: Iterable[AttendanceRow], lang: str | None = None) -> Iterator[list[str]]:
    """``format_row`` for a stream, faster: the text of a day and of a person (name, age band,
    role, class) is made once and reused -- 20,000 visits come from a few hundred people."""
    v = values(lang)
    days: dict[date, str] = {}
    people: dict[tuple, tuple[str, str, str, str]] = {}
    hhmm = _hhmm
    for row in rows:
        day = days.get(row.day)
        if day is None:
            day = days[row.day] = row.day.isoformat()
        key = (row.learner_id, row.name, row.age_band, row.role, row.class_name)
        person = people.get(key)
        if person is None:
            person = people[key] = (
                _text(row.name) if row.learner_id is not None else v["anonymous"],
                v.get(row.age_band, row.age_band), v.get(row.role, row.role), _text(row.class_name))
        yield [day, hhmm(row.time_in), hhmm(row.time_out), *person, v.get(row.kind, row.kind),
               _text(row.workshop) if row.workshop else "", "" if row.minutes is None else str(row.minutes),
               str(row.people)]


def counted(rows: Iterable[AttendanceRow], progress: Progress | None) -> Iterator[AttendanceRow]:
    """The rows unchanged, calling ``progress(rows so far)`` every few hundred and at the end."""
    if progress is None:
        yield from rows
        return
    n = 0
    for n, row in enumerate(rows, 1):  # noqa: B007 - n is the count after the loop
        yield row
        if n % PROGRESS_EVERY == 0:
            progress(n)
    progress(n)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """Write to ``path.part`` and move it over ``path`` only when complete: a failed or
    cancelled export never leaves half a file under the real name."""
    tmp = path.with_name(path.name + ".part")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# -- CSV -------------------------------------------------------------------------------------
def write_csv(rows: Iterable[AttendanceRow], out: str | os.PathLike[str] | IO[str], sep: str = ",",
              lang: str | None = None, progress: Progress | None = None) -> int:
    """UTF-8 with a BOM (so Excel reads accents right), ``sep`` "," or ";" (Excel in Spanish
    expects ";"). ``out`` is a path or a text stream opened with ``newline=""``. Returns the
    number of rows written (headers not counted)."""
    if sep not in (",", ";"):
        raise ValueError(f"separator {sep!r}")
    if isinstance(out, (str, os.PathLike)):
        path = Path(out)
        with _replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as stream:
            return _write_csv(rows, stream, sep, lang, progress)
    out.write("\ufeff")
    return _write_csv(rows, out, sep, lang, progress)


def _write_csv(rows: Iterable[AttendanceRow], stream: IO[str], sep: str, lang: str,
               progress: Progress | None) -> int:
    writer = csv.writer(stream, delimiter=sep, lineterminator="\r\n")
    writer.writerow(headers(lang))
    n = 0
    write = writer.writerow
    for n, line in enumerate(format_rows(counted(rows, progress), lang), 1):  # noqa: B007
        write(line)
    return n


# -- XLSX (stdlib) ---------------------------------------------------------------------------
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EXCEL_EPOCH = date(1899, 12, 30)
_COL_WIDTHS = (12, 9, 9, 24, 10, 16, 20, 10, 28, 9, 9)
_STYLE_HEADER, _STYLE_DATE, _STYLE_TIME = 1, 2, 3

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '</Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'styles" Target="styles.xml"/></Relationships>'
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>'
)


def _col(i: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]


def _str_cell(ref: str, value: str, style: int = 0) -> str:
    if not value:
        return ""
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{escape(_XML_BAD.sub("", value))}</t></is></c>'


def _num_cell(ref: str, value: float | int | None, style: int = 0) -> str:
    if value is None:
        return ""
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def _time_value(t: time | None) -> float | None:
    return None if t is None else round((t.hour * 60 + t.minute) / 1440, 10)


def write_xlsx(rows: Iterable[AttendanceRow], out: str | os.PathLike[str], lang: str | None = None,
               progress: Progress | None = None) -> int:
    """One sheet: a bold header row (frozen, with filters), typed cells.  Returns the rows
    written."""
    lang = _lang(lang)
    v = values(lang)
    title = AttendanceExport.tr(SHEET_TITLE, lang=lang)
    path = Path(out)
    n = 0
    with _replacing(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/styles.xml", _STYLES)
        zf.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{escape(title)}" sheetId="1" r:id="rId1"/></sheets>'
            '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
            f"'{escape(title)}'!$A$1:$K$1</definedName></definedNames></workbook>",
        )
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as raw:
            write = raw.write
            cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                           for i, w in enumerate(_COL_WIDTHS, 1))
            write((
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                f'<cols>{cols}</cols><sheetData>'
                '<row r="1">'
                + "".join(_str_cell(f"{_col(i)}1", h, _STYLE_HEADER) for i, h in enumerate(headers(lang)))
                + "</row>"
            ).encode("utf-8"))
            buffer: list[str] = []
            for n, row in enumerate(counted(rows, progress), 1):  # noqa: B007
                r = n + 1
                anonymous = row.learner_id is None
                buffer.append(
                    f'<row r="{r}">'
                    f'{_num_cell(f"A{r}", (row.day - _EXCEL_EPOCH).days, _STYLE_DATE)}'
                    f'{_num_cell(f"B{r}", _time_value(row.time_in), _STYLE_TIME)}'
                    f'{_num_cell(f"C{r}", _time_value(row.time_out), _STYLE_TIME)}'
                    f'{_str_cell(f"D{r}", v["anonymous"] if anonymous else _plain(row.name))}'
                    f'{_str_cell(f"E{r}", v.get(row.age_band, row.age_band))}'
                    f'{_str_cell(f"F{r}", v.get(row.role, row.role))}'
                    f'{_str_cell(f"G{r}", _plain(row.class_name))}'
                    f'{_str_cell(f"H{r}", v.get(row.kind, row.kind))}'
                    f'{_str_cell(f"I{r}", _plain(row.workshop) if row.workshop else "")}'
                    f'{_num_cell(f"J{r}", row.minutes)}'
                    f'{_num_cell(f"K{r}", row.people)}'
                    "</row>"
                )
                if len(buffer) >= 200:
                    write("".join(buffer).encode("utf-8"))
                    buffer.clear()
            write("".join(buffer).encode("utf-8"))
            write(f'</sheetData><autoFilter ref="A1:K{n + 1}"/></worksheet>'.encode())
    return n


# -- PDF -------------------------------------------------------------------------------------
def sheet_title(lang: str | None, site_name: str) -> str:
    word = AttendanceExport.tr(SHEET_TITLE, lang=_lang(lang))
    return f"{word} — {site_name}" if site_name else word
