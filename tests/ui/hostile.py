"""Hostile names for tests/ui/test_hostile_names.py (issue 9, point 1): the kiosk's state full
of them, and the audit that finds one shown as markup.

Every hostile text carries a token ("Zq1", "Zm1"...) outside or inside its markup.  Wherever a
token is SHOWN (a label's text as Qt displays it, a tooltip, a table cell, a button, a window
title, a PDF's text), the whole literal must be shown with it: "Zq2" without "<b>Zq2</b>"
means Qt made the name bold; "Zq6 Co" without "Zq6 & Co", that "&" became a mnemonic.
"""

from __future__ import annotations

import html
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

# the day as the staff pages take it (Paraguay's), not this machine's (UTC: another day after 21:00)
from kiosk.ui.staff.workshops import today as kiosk_today

ZERO = "<img src=/dev/zero>"  # the name that made Qt read /dev/zero when a teacher hovered it
COORDINATOR_PIN = "739150"

# token -> the literal that must be shown wherever the token is
TOKENS: dict[str, str] = {}


def hostile(token: str, literal: str, text: str | None = None) -> str:
    TOKENS[token] = literal
    return literal if text is None else text


# Registered through the back end (at most DISPLAY_NAME_MAX = 24 characters).
REGISTERED = [
    hostile("Zq1", f"{ZERO}Zq1"),
    hostile("Zq2", "<b>Zq2</b>"),
    hostile("Zq3", "<a href=x>Zq3</a>"),
    hostile("Zq4", "Zq4&lt;b&gt;"),  # an entity: shown as typed, never as "<b>"
    hostile("Zq5", "<i>Zq5</i>", "<i>Zq5</i>" + "W" * 14),  # the longest name allowed
    hostile("Zq6", "Zq6 & Co"),  # "&": a mnemonic on a button
    hostile("Zq7", "Zq7[*]"),  # "[*]": the "modified" mark in a window title
]
# Cleaned on the way in (issue 9, point 2): registered if the back end takes them.
CLEANED = ["\u202eZq8 RTL", "Zq9\x07\x1b[2J", "Ana\u200b", "Ana\u200d\u200c"]
# Written straight into the database (an old database, an imported bundle): no cleaning, no limit.
RAW_LEARNERS = {
    "raw-1": hostile("Zr1", f"{ZERO}Zr1", f"{ZERO}Zr1\u202e\u200b\x07\x1b[31m\t\nx"),
    "raw-2": hostile("Zr2", f"<b>Zr2</b>{ZERO}", f"<b>Zr2</b>{ZERO}" + f"<b>{ZERO}</b>&amp;" * 12),
}
CLASS_1 = hostile("Zc1", "<b>Zc1</b> & Co")
CLASS_2 = hostile("Zc2", f"{ZERO}Zc2[*]", f"{ZERO}Zc2[*]\u202e\x07")
COORDINATOR = hostile("Zs1", "<b>Zs1</b> & [*]")
TEACHER = hostile("Zs2", f"{ZERO}Zs2[*]", f"{ZERO}Zs2[*]\u202e\x1b[2J")
SITE = hostile("Zt1", f"{ZERO}Zt1")
WORKSHOP = hostile("Zw1", f"<b>Zw1</b> & {ZERO}")
CSV_NAME = hostile("Zv1", f"<b>Zv1</b>{ZERO}")  # read from a CSV list of learners
CSV_CLASS = hostile("Zv2", f"{ZERO}Zv2 & [*]")
TYPED = hostile("Zn1", "<u>Zn1</u>&amp;")  # typed on the "I'm new" screen
# the lesson's plain fields (tests/ui/hostile_lessons/)
for _token, _literal in {
    "Zk1": "<b>Zk1</b> & [*]", "Zm1": f"{ZERO}Zm1 & [*]", "Zd1": "<b>Zd1</b> &lt;i&gt;",
    "Zl1": "<a href=x>Zl1</a> & [*]", "Zp1": f"<b>Zp1</b> & {ZERO}", "Zo1": f"{ZERO}Zo1 & co",
    "Zo2": "<i>Zo2</i>", "Zf1": f"<b>Zf1</b> & {ZERO}", "Zj1": "<b>Zj1</b>",
}.items():
    hostile(_token, _literal)
LESSONS = Path(__file__).parent / "hostile_lessons"
MODULE, LESSON = "t1/m1", "t1/m1/l1"


def build(db_path: Path) -> dict[str, str]:
    """The kiosk's database full of hostile names; returns the ids the tests need."""
    from kiosk.backend import Backend
    from kiosk.core import secrets
    from kiosk.core.errors import InputProblem

    avatars = iter(sorted(p.name for p in (Path(__file__).parents[2] / "assets" / "avatars").glob("*.svg")))
    ids: dict[str, str] = {}
    now = datetime.now(UTC) - timedelta(days=1)
    with Backend.open(db_path) as backend:
        backend.staff.params = secrets.ScryptParams(n=2**14, r=8, p=1)  # fast, still memory-hard
        coordinator = backend.staff.create(COORDINATOR, "coordinator", COORDINATOR_PIN).id
        ids["teacher"] = backend.staff.create("Nilda", "teacher", "246813", by=coordinator).id
        backend.site.update(site_name=SITE)
        learners = []
        for name in REGISTERED:
            learners.append(backend.learners.register(name, next(avatars), "8-11", "learner").id)
        for name in CLEANED:
            try:
                learners.append(backend.learners.register(name, next(avatars), "8-11", "learner").id)
            except InputProblem:
                pass  # refused on the way in: fine too
        for key in RAW_LEARNERS:
            ids[key] = backend.learners.register(key, next(avatars), "12-17", "learner").id
        learners += [ids[key] for key in RAW_LEARNERS]
        for n in range(20):  # more than SEARCH_THRESHOLD learners: the sign-in screen has a search field
            backend.learners.register(f"Filler {n:02}", "tatu.svg", "adult", "parent")
        ids["first"], ids["seventh"] = learners[0], learners[6]  # "<img...>Zq1", "Zq7[*]"
        class_1 = backend.classes.create(CLASS_1).id
        class_2 = backend.classes.create("class two").id
        ids["class_1"], ids["class_2"] = class_1, class_2
        backend.classes.add_members(class_1, learners)
        backend.classes.add_members(class_2, learners[:3] + [ids["raw-1"]])
        backend.assignments.assign(MODULE, class_id=class_1, due_on=kiosk_today() + timedelta(days=3))
        for learner_id in (learners[0], ids["raw-2"]):  # completed the module: certificates
            session = backend.progress.sign_in(learner_id, now=now)
            visit = backend.progress.start_visit(learner_id, session, LESSON, "1.0.0", "es", 2, now=now)
            backend.progress.record_page(visit, 1, 2, now=now + timedelta(minutes=1))
            backend.progress.record_attempt(visit, f"{LESSON}#q1", [0], False, now=now + timedelta(minutes=2))
            backend.progress.complete_lesson(visit, [f"{LESSON}#q1"], MODULE, "1.0.0", [LESSON],
                                             now=now + timedelta(minutes=3))
            backend.progress.sign_out(session, "exit", now=now + timedelta(minutes=4))
        workshop = backend.attendance.create_workshop(WORKSHOP, kiosk_today(), class_1)
        backend.attendance.set_participants(workshop.id, learners[:4] + [ids["raw-2"]])
    con = sqlite3.connect(db_path)
    with con:  # what no entry point lets in any more
        for key, name in RAW_LEARNERS.items():
            con.execute("UPDATE learners SET display_name = ? WHERE id = ?", (name, ids[key]))
        con.execute("UPDATE classes SET name = ? WHERE id = ?", (CLASS_2, class_2))
        con.execute("UPDATE staff SET display_name = ? WHERE id = ?", (TEACHER, ids["teacher"]))
        con.execute("UPDATE settings SET value = ? WHERE key = 'site.site_name'", (SITE + "\u202e\x07",))
    con.close()
    return ids


# -- what Qt shows --------------------------------------------------------------------------

class Audit:
    """Collects the tokens seen and the problems found."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.problems: list[str] = []

    def shown(self, where: str, text: str, *, wrapped: bool = False) -> None:
        """``text`` is what the user sees: every token in it comes with its whole literal.
        ``wrapped``: a PDF's text, broken into lines anywhere (white space does not count)."""
        squeeze = (lambda s: re.sub(r"\s+", "", s)) if wrapped else (lambda s: s)
        for token, literal in TOKENS.items():
            if token in text:
                self.seen.add(token)
                if squeeze(literal) not in squeeze(text):
                    self.problems.append(f"{where}: shows {text!r}, not {literal!r} as typed")

    def fail_if_any(self) -> None:
        assert not self.problems, "untrusted text shown as markup:\n  " + "\n  ".join(self.problems)


def rendered(markup: str) -> str:
    """The plain text Qt shows for rich text (only called on text with no image in it)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def has_tags(markup: str) -> list[str]:
    return re.findall(r"<\s*(img|a|b|i|u)\b", markup, flags=re.IGNORECASE)


PLAIN_TIP = re.compile(r"^<p style='white-space:pre-wrap'>([^<]*)</p>$", re.DOTALL)


def tooltip_text(audit: Audit, where: str, tip: str) -> str | None:
    """What a tooltip shows; None (and a problem) when Qt would read markup in it."""
    from PySide6.QtGui import Qt

    if not Qt.mightBeRichText(tip):
        return tip
    match = PLAIN_TIP.match(tip)  # rich only as kiosk.ui.widgets.common.plain_tooltip makes it
    if match is None:
        audit.problems.append(f"{where}: a tooltip Qt reads as rich text: {tip!r}")
        return None
    return rendered(tip)


def strip_mnemonic(text: str) -> str:
    """What a standard button paints for ``text`` ("&&" is "&", "&x" is "x")."""
    return re.sub(r"&(.)", r"\1", text, flags=re.DOTALL)


def plain_document(audit: Audit, where: str, markup: str) -> str:
    """An HTML document the kiosk builds (certificate, cards, sheet): no untrusted tag in it."""
    for literal in TOKENS.values():
        if has_tags(literal) and literal in markup:
            audit.problems.append(f"{where}: {literal!r} written into the HTML unescaped")
            return ""
    text = rendered(markup)
    audit.shown(where, text)
    return text


def escaped_page(audit: Audit, where: str, page: str) -> None:
    """An HTML page for a browser: every untrusted text escaped, also inside attributes."""
    for literal in TOKENS.values():
        if literal in page and re.search(r"[<>\"']", literal):
            audit.problems.append(f"{where}: {literal!r} written into the page unescaped")
    audit.shown(where, html.unescape(re.sub(r"<[^>]*>", " ", page)))


def audit_widgets(audit: Audit, where: str, *, hover: bool = True) -> None:
    """Every visible widget of every visible window: labels, buttons, tooltips (hovered),
    item views (every cell and its tooltip, hovered), window titles."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QWidget

    for top in QApplication.topLevelWidgets():
        if not top.isVisible() or top.objectName() == "qtooltip_label":
            continue
        handle = top.windowHandle()
        audit.shown(f"{where}: title of {type(top).__name__}", handle.title() if handle else top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            name = f"{where}: {type(widget).__name__} {widget.objectName()!r}"
            if isinstance(widget, QLabel):
                label_text(audit, name, widget)
            if isinstance(widget, QAbstractButton):
                button_text(audit, name, widget)
            if widget.toolTip():
                shown = tooltip_text(audit, f"{name} tooltip", widget.toolTip())
                if shown is not None:
                    audit.shown(f"{name} tooltip", shown)
                    if hover and any(token in shown for token in TOKENS):
                        hovered(audit, name, widget, widget.rect().center(), widget.toolTip())
            if isinstance(widget, QAbstractItemView):
                item_view(audit, name, widget, hover)


def label_text(audit: Audit, where: str, widget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as QtGui

    if widget.objectName() == "qtooltip_label":
        return  # a tooltip fading out: checked when hovered
    text, fmt = widget.text(), widget.textFormat()
    rich = fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or (
        fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
    if fmt != Qt.TextFormat.PlainText and ("<" in text or "&" in text):
        audit.problems.append(f"{where}: {text!r} in a label whose format is {fmt.name}, not PlainText")
        return
    audit.shown(where, rendered(text) if rich else text)


def button_text(audit: Audit, where: str, widget) -> None:
    from kiosk.ui.screens.signin_grid import LearnerTile
    from kiosk.ui.widgets.wrap_button import WrapButton

    text = widget.text()
    painted_as_is = isinstance(widget, (LearnerTile, WrapButton))  # they paint text(), no mnemonic
    audit.shown(where, text if painted_as_is else strip_mnemonic(text))
    if any(token in text for token in TOKENS) and not widget.shortcut().isEmpty():
        audit.problems.append(f"{where}: {text!r} gave the button the shortcut {widget.shortcut().toString()}")


def item_view(audit: Audit, where: str, view, hover: bool, rows: int = 60) -> None:
    from PySide6.QtCore import QModelIndex, Qt

    model = view.model()
    if model is None:
        return
    role = Qt.ItemDataRole
    row_count = model.rowCount(QModelIndex())
    try:
        column_count = model.columnCount(QModelIndex())
    except TypeError:  # a list model (private columnCount in PySide): one column
        column_count = 1
    for orientation, count in ((Qt.Orientation.Horizontal, column_count),
                               (Qt.Orientation.Vertical, min(row_count, rows))):
        for section in range(count):
            for which in (role.DisplayRole, role.ToolTipRole):
                value = model.headerData(section, orientation, which)
                if isinstance(value, str) and value:
                    shown = value if which == role.DisplayRole else tooltip_text(audit, f"{where} header", value)
                    if shown is not None:
                        audit.shown(f"{where} header", shown)
    for row in range(min(row_count, rows)):
        for column in range(column_count):
            index = model.index(row, column)
            display = model.data(index, role.DisplayRole)
            if isinstance(display, str):
                audit.shown(f"{where} cell {row},{column}", display)
            tip = model.data(index, role.ToolTipRole)
            if isinstance(tip, str) and tip:
                shown = tooltip_text(audit, f"{where} cell {row},{column} tooltip", tip)
                if shown is not None:
                    audit.shown(f"{where} cell {row},{column} tooltip", shown)
                    if hover and any(token in shown for token in TOKENS):
                        view.scrollTo(index, view.ScrollHint.EnsureVisible)
                        rect = view.visualRect(index)
                        if rect.isValid() and view.viewport().rect().contains(rect.center()):
                            hovered(audit, f"{where} cell {row},{column}", view.viewport(), rect.center(), tip)


def hovered(audit: Audit, where: str, widget, pos, tip: str) -> None:
    """Hover ``widget`` at ``pos`` as the mouse does (a tool tip event), then read the tooltip Qt
    shows: the same text, and its label never rich with an untrusted tag."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QLabel, QToolTip

    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    if QToolTip.text() != tip:
        audit.problems.append(f"{where}: hovered, Qt showed {QToolTip.text()!r} for the tooltip {tip!r}")
    for shown in QApplication.topLevelWidgets():
        if isinstance(shown, QLabel) and shown.objectName() == "qtooltip_label" and shown.isVisible():
            audit.shown(f"{where}: the tooltip shown", tooltip_text(audit, where, shown.text()) or "")
            HOVERED.append(shown.text())
    QToolTip.hideText()


HOVERED: list[str] = []
