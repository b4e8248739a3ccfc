"""The one stylesheet of the program.  Widgets set an objectName or a ``kind`` property and
never a colour or a size of their own; track colours (which come from track.yaml) go through
``track_accent`` here so they are still styled in one place.

Contrast (WCAG AA, normal text >= 4.5:1): INK on PAPER 14.9:1, white on PRIMARY 5.3:1, white on
GREEN 4.6:1, OK_INK on OK_BG 8.7:1, TRY_INK on TRY_BG 5.0:1, FOCUS ring on PAPER 7.9:1.
"""

from __future__ import annotations

PAPER = "#F7F5EF"
CARD = "#FFFFFF"
INK = "#1B2733"
MUTED = "#4A5560"
PRIMARY = "#1F6FB2"
PRIMARY_DARK = "#17568A"
GREEN = "#2E7D3A"
OK_BG = "#E3F3E6"
OK_INK = "#1B4D2A"
TRY_BG = "#FFF1E3"
TRY_INK = "#8A3A00"
LINE = "#C9CED4"
FOCUS = "#6A1B9A"
ICON_INK = "#1B2733"  # the ink of the bundled icons (recoloured white on dark buttons)

BODY_PT = 16
CHILD_BODY_PT = 20
TILE_ICON_PX = 96
AVATAR_PICK_PX = 64
HEADER_ICON_PX = 40
READING_WIDTH_PX = 1040  # lines longer than this are hard to follow
# The reach chart (kiosk/ui/staff/reach_chart.py) is painted, so its colours live here too.
# Bars carry their numbers as text and the two kinds differ by pattern, not colour alone.
CHART_BAR = PRIMARY  # learners with an account (solid)
CHART_BAR_ANON = PRIMARY_DARK  # people without an account, from workshop registers (hatched)
CHART_TRACK = "#E3E6EA"
CHART_GOAL = INK
PICTURE_PX = 104  # a picture-password button's picture (3x3 grid at 1366x768)
PICTURE_SLOT_PX = 56  # the 3 slots above the grid
PICTURE_MESSAGE_PX = 52  # room kept for the message above the slots
# The learners' sign-in (kiosk/ui/screens/signin.py, signin_grid.py): tiles of one fixed size.
SIGNIN_TILE_W = 184
SIGNIN_TILE_H = 166
SIGNIN_TILE_SPACING = 12
SIGNIN_PICTURE_PX = 64
SIGNIN_NAME_PT = 15
SIGNIN_CAPTION_PT = 12
SIGNIN_TILE_DOWN = "#DCEBF7"
SIGNIN_CLASS_ROW_PX = 76  # the class buttons, and a thin scroll bar when they do not fit
TABLE_ICON_PX = 36  # avatars in staff tables
# Teacher reports (kiosk/ui/staff/reports.py): each status has a symbol AND a colour pair
# (background, ink); ink on background: done 8.5:1, in progress 7.4:1, not started 7.6:1.
GRID_AVATAR_PX = 28  # avatars in the class grid (more rows fit at 768 px)
GRID_NAME_PX = 210  # the grid's learner column
GRID_DONE_PX = 112  # ... its "lessons done" column
GRID_LESSON_MIN_PX = 112  # narrower lesson columns scroll sideways instead
PICK_LIST_MIN_PX = 110  # lists and tables that share a staff page with others
ROW_BUTTON_PX = 36  # a button inside a table row
ASSIGNED_TABLE_MIN_PX = 50 + 2 * (ROW_BUTTON_PX + 12)  # the assignments: header, two whole rows, frame
CERTIFICATE_ROW_PX = 76  # the learner page's row of "print certificate" buttons
PROGRESS_BG = "#FFF4D6"
PROGRESS_INK = "#6B4A00"
GRID_STATUS_COLORS = {
    "done": (OK_BG, OK_INK),
    "in_progress": (PROGRESS_BG, PROGRESS_INK),
    "not_started": (CARD, MUTED),
}

STYLESHEET = f"""
* {{ font-family: "Noto Sans", "Segoe UI", "DejaVu Sans", sans-serif; }}  /* bundled: draws Guaraní */
QWidget {{ color: {INK}; font-size: {BODY_PT}pt; }}
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget, #screen {{ background: {PAPER}; }}
QLabel {{ background: transparent; }}
QLabel#title {{ font-size: 26pt; font-weight: 700; }}
QLabel#subtitle {{ font-size: 18pt; font-weight: 600; }}
QLabel#hint {{ color: {MUTED}; font-size: 14pt; }}
QLabel#reviewNote {{ color: {MUTED}; font-size: 10pt; }}
QLabel#error {{ color: {TRY_INK}; background: {TRY_BG}; border-radius: 8px; padding: 8px 12px; font-weight: 600; }}
QLabel#pageCounter {{ color: {MUTED}; font-size: 15pt; }}
#topBar {{ background: {CARD}; border-bottom: 2px solid {LINE}; }}
#topBar QLabel#brand {{ font-size: 20pt; font-weight: 700; color: {PRIMARY_DARK}; }}

QPushButton, QToolButton {{
    background: {CARD}; border: 2px solid {LINE}; border-radius: 12px;
    padding: 10px 20px; min-height: 48px; font-weight: 600;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {PRIMARY}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus {{ border: 3px solid {FOCUS}; }}
QPushButton:disabled {{ color: #6B747D; background: #ECEEF0; border-color: #D5D9DD; }}
QPushButton[kind="primary"] {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; font-size: 18pt; }}
QPushButton[kind="primary"]:hover {{ background: {PRIMARY_DARK}; }}
QPushButton[kind="primary"]:focus {{ border: 3px solid {FOCUS}; }}
QPushButton[kind="primary"]:disabled {{ background: #A9C3DA; color: #F4F7FA; border-color: #A9C3DA; }}
QPushButton[kind="quiet"] {{ background: transparent; border-color: transparent; color: {PRIMARY_DARK}; }}
QPushButton[kind="quiet"]:focus {{ border: 3px solid {FOCUS}; }}
QPushButton[kind="choice"] {{ text-align: left; padding: 12px 18px; font-weight: 500; }}
QPushButton[kind="choice"]:checked {{ background: #DCEBF7; border: 3px solid {PRIMARY}; }}
QPushButton[kind="choice"][state="right"] {{ background: {OK_BG}; border: 3px solid {GREEN}; color: {OK_INK}; }}
QPushButton[kind="choice"][state="wrong"] {{ background: {TRY_BG}; border: 3px solid #C75000; color: {TRY_INK}; }}
QPushButton[kind="choice"]:disabled {{ color: {INK}; }}
QWidget#staffNav, QScrollArea#staffNavScroll {{ background: {PAPER}; }}
QPushButton[kind="staffNav"] {{ text-align: left; padding: 6px 12px; min-height: 34px; font-weight: 500; }}
QPushButton[kind="staffNav"]:checked {{ background: #DCEBF7; border: 3px solid {PRIMARY}; color: {PRIMARY_DARK}; }}
QPushButton[kind="staffNav"]:focus {{ border: 3px solid {FOCUS}; }}

QToolButton#avatarTile {{ background: {CARD}; border-radius: 18px; padding: 8px; font-size: 16pt; }}
QToolButton#avatarTile:focus {{ border: 4px solid {FOCUS}; }}
QScrollArea#learnerGrid, QWidget#learnerCanvas, QScrollArea#classStrip, QWidget#classStrip {{ background: {PAPER}; }}
QScrollArea#classStrip QScrollBar:horizontal {{ height: 10px; background: #E3E6EA; border-radius: 5px; }}
QScrollArea#classStrip QScrollBar::handle:horizontal {{ background: {PRIMARY}; border-radius: 5px; min-width: 48px; }}
QScrollArea#classStrip QScrollBar::add-line:horizontal, QScrollArea#classStrip QScrollBar::sub-line:horizontal {{ width: 0; }}
QScrollArea#learnerGrid QScrollBar:vertical {{ background: #E3E6EA; width: 28px; border-radius: 14px; margin: 0; }}
QScrollArea#learnerGrid QScrollBar::handle:vertical {{ background: {PRIMARY}; border-radius: 14px; min-height: 64px; }}
QScrollArea#learnerGrid QScrollBar::add-line:vertical, QScrollArea#learnerGrid QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollArea#learnerGrid QScrollBar::add-page:vertical, QScrollArea#learnerGrid QScrollBar::sub-page:vertical {{ background: none; }}
QPushButton#letterKey {{ padding: 0; min-height: 48px; min-width: 38px; font-size: 18pt; font-weight: 700; border-radius: 10px; }}
QPushButton#letterKey:checked, QPushButton#classButton:checked {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; }}
QPushButton#letterKey:checked:focus, QPushButton#classButton:checked:focus {{ border: 3px solid {FOCUS}; }}
QPushButton#letterKey:disabled {{ color: #A0A8B0; background: #ECEEF0; border-color: #E0E3E6; }}
QPushButton#classButton {{ padding: 6px 16px; min-height: 44px; font-size: 16pt; }}
QLabel#tileHint {{ color: {MUTED}; font-size: 14pt; }}
QLabel#takenMark {{ background: {TRY_BG}; color: {TRY_INK}; font-size: 9pt; font-weight: 700; border-radius: 6px; padding: 0; }}
QToolButton#avatarChoice[taken="true"] {{ background: #ECEEF0; border: 2px dashed {LINE}; }}
QToolButton#avatarChoice {{ background: {CARD}; border-radius: 14px; padding: 4px; min-height: 48px; }}
QToolButton#avatarChoice:checked {{ background: #DCEBF7; border: 4px solid {PRIMARY}; }}
QToolButton#avatarChoice:focus {{ border: 4px solid {FOCUS}; }}
QToolButton#lessonButton {{ text-align: left; padding: 8px 14px; font-weight: 500; }}

QLineEdit {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 10px; padding: 8px 12px; min-height: 40px; font-size: 18pt; }}
QComboBox {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 10px; padding: 6px 12px; min-height: 40px; }}
QComboBox:focus {{ border: 3px solid {FOCUS}; }}

QFrame#card {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 16px; }}
QFrame#resumeCard {{ background: #E4EEF8; border: 2px solid {PRIMARY}; border-radius: 16px; }}
QFrame#feedback[state="right"] {{ background: {OK_BG}; border-radius: 12px; }}
QFrame#feedback[state="wrong"] {{ background: {TRY_BG}; border-radius: 12px; }}
QFrame#feedback QLabel {{ font-size: 17pt; }}
QFrame#feedback[state="right"] QLabel {{ color: {OK_INK}; }}
QFrame#feedback[state="wrong"] QLabel {{ color: {TRY_INK}; }}
QFrame#feedback[state="saving"], QFrame#feedback[state="failed"] {{ background: #E4EEF8; border: 2px solid {PRIMARY}; border-radius: 12px; }}
QFrame#feedback[state="saving"] QLabel, QFrame#feedback[state="failed"] QLabel {{ color: {INK}; }}
QFrame#quiz {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 16px; }}
QLabel#quizPrompt {{ font-size: 19pt; font-weight: 700; }}

QProgressBar {{ background: #E3E6EA; border: none; border-radius: 8px; min-height: 16px; max-height: 16px; text-align: center; color: transparent; }}
QProgressBar::chunk {{ background: {GREEN}; border-radius: 8px; }}

QTextBrowser#lessonText {{ background: transparent; border: none; font-size: {BODY_PT + 1}pt; }}
QTextBrowser#lessonText[band="child"] {{ font-size: {CHILD_BODY_PT}pt; }}
QFrame#quiz[band="child"] QLabel#quizPrompt {{ font-size: 22pt; }}
QFrame#quiz[band="child"] QPushButton[kind="choice"] {{ font-size: 20pt; }}
QFrame#quiz[band="child"] QFrame#feedback QLabel {{ font-size: 20pt; }}
QScrollArea#pageScroll {{ border: 3px solid transparent; }}
QScrollArea#pageScroll:focus {{ border: 3px solid {FOCUS}; }}
QPushButton[kind="cue"] {{ background: #E4EEF8; color: {PRIMARY_DARK}; border: 2px solid {PRIMARY}; font-weight: 700; }}
QPushButton[kind="cue"]:focus {{ border: 3px solid {FOCUS}; }}

QDialog#idleWarning {{ background: {CARD}; }}

/* picture passwords (kiosk/ui/screens/picture_signin.py) */
QToolButton#pictureButton {{ background: {CARD}; border: 3px solid {LINE}; border-radius: 20px; padding: 6px; }}
QToolButton#pictureButton:hover {{ border-color: {PRIMARY}; }}
QToolButton#pictureButton:focus {{ border: 4px solid {FOCUS}; }}
QToolButton#pictureButton[chosen="true"] {{ background: #DCEBF7; border: 4px solid {PRIMARY}; }}
QToolButton#pictureButton:disabled {{ background: #ECEEF0; }}
QLabel#pictureSlot {{ background: {CARD}; border: 3px solid {LINE}; border-radius: 28px; }}
QLabel#pictureSlot[filled="true"] {{ background: {PRIMARY}; border-color: {PRIMARY}; }}
QLabel#pictureMessage {{ font-size: 18pt; font-weight: 600; border-radius: 10px; padding: 8px 16px; }}
QLabel#pictureMessage[state="hint"] {{ color: {MUTED}; }}
QLabel#pictureMessage[state="try"] {{ color: {TRY_INK}; background: {TRY_BG}; }}
QLabel#pictureMessage[state="pause"] {{ color: {INK}; background: #E4EEF8; }}

/* staff: classes page (kiosk/ui/staff/classes.py) */
QFrame#classesPanel {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 16px; }}
QListWidget#classList, QTableWidget#memberTable, QTableWidget#importPreview, QListWidget#pickList {{
    background: {CARD}; border: 2px solid {LINE}; border-radius: 10px; font-size: 15pt;
}}
QListWidget#classList::item, QListWidget#pickList::item {{ padding: 8px; min-height: 36px; }}
QListWidget#pickList::indicator {{ width: 26px; height: 26px; }}
QListWidget#classList::item:selected, QTableWidget#memberTable::item:selected, QListWidget#pickList::item:selected {{
    background: #DCEBF7; color: {INK};
}}
QListWidget#classList:focus, QTableWidget#memberTable:focus, QTableWidget#importPreview:focus, QListWidget#pickList:focus {{
    border: 3px solid {FOCUS};
}}
QTableWidget#importPreview {{ font-size: 13pt; }}
QHeaderView::section {{ background: #E3E6EA; color: {INK}; padding: 6px; border: none; font-weight: 600; font-size: 13pt; }}
QLabel#pageMessage {{ border-radius: 8px; padding: 8px 12px; font-weight: 600; }}
QLabel#pageMessage[state="ok"] {{ color: {OK_INK}; background: {OK_BG}; }}
QLabel#pageMessage[state="try"] {{ color: {TRY_INK}; background: {TRY_BG}; }}
QDialog#staffDialog {{ background: {PAPER}; }}
QCheckBox {{ spacing: 10px; }}
QCheckBox::indicator {{ width: 24px; height: 24px; }}
/* staff sign-in, first run, settings, kiosk lock (kiosk/ui/staff/signin.py, first_run.py, settings.py, lock.py) */
QPushButton#staffTile {{ background: {CARD}; border-radius: 16px; padding: 4px; min-height: 96px; }}
QPushButton#staffTile:focus {{ border: 4px solid {FOCUS}; }}
QLineEdit#pinField {{ font-size: 24pt; min-height: 44px; }}
QPushButton#pinKey {{ font-size: 22pt; border-radius: 14px; padding: 4px; min-height: 44px; }}
QPushButton#pinKey[kind="pinAction"] {{ font-size: 15pt; }}
QPushButton#pinKey[kind="pinEnter"] {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; font-size: 16pt; }}
QPushButton#pinKey[kind="pinEnter"]:hover {{ background: {PRIMARY_DARK}; }}
QPushButton#pinKey[kind="pinEnter"]:disabled {{ background: #A9C3DA; color: #F4F7FA; border-color: #A9C3DA; }}
QPushButton#pinKey:disabled {{ color: #6B747D; background: #ECEEF0; border-color: #D5D9DD; }}
QLabel#fieldLabel {{ font-weight: 600; padding-top: 6px; }}
QLabel#notice {{ color: {OK_INK}; background: {OK_BG}; border-radius: 8px; padding: 8px 12px; font-weight: 600; }}
QLabel#staffName {{ font-size: 17pt; font-weight: 600; }}
QFrame#staffRow {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 12px; }}
QDialog#pinDialog, QDialog#exitDialog, QMessageBox#confirmBox {{ background: {PAPER}; border: 3px solid {PRIMARY}; }}
QWidget#settingsPage QSpinBox {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 10px; padding: 6px 12px; min-height: 40px; }}
QWidget#settingsPage QSpinBox:focus {{ border: 3px solid {FOCUS}; }}
QWidget#settingsPage QSpinBox::up-button, QWidget#settingsPage QSpinBox::down-button {{ width: 0px; border: none; }}
QWidget#settingsPage QCheckBox {{ min-height: 48px; spacing: 12px; }}
QWidget#settingsPage QCheckBox::indicator {{ width: 28px; height: 28px; }}
QWidget#settingsPage QCheckBox:focus {{ color: {FOCUS}; }}
QTabWidget#settingsTabs::pane {{ border: 2px solid {LINE}; border-radius: 12px; background: {PAPER}; top: -2px; }}
QTabWidget#settingsTabs QTabBar::tab {{
    background: #E3E6EA; border: 2px solid {LINE}; border-bottom: none; border-top-left-radius: 12px;
    border-top-right-radius: 12px; padding: 10px 28px; min-height: 30px; font-weight: 600; margin-right: 4px;
}}
QTabWidget#settingsTabs QTabBar::tab:selected {{ background: {PAPER}; color: {PRIMARY_DARK}; }}
QTabWidget#settingsTabs QTabBar::tab:focus {{ color: {FOCUS}; }}
/* staff: workshop registers, attendance exports and reach (kiosk/ui/staff/workshops.py, exports.py) */
QListWidget#register {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 10px; font-size: 17pt; }}
QListWidget#register::item {{ padding: 4px 8px; min-height: 44px; border-bottom: 1px solid #E3E6EA; }}
QListWidget#register::item:selected {{ background: #DCEBF7; color: {INK}; }}
QListWidget#register::indicator {{ width: 30px; height: 30px; }}
QListWidget#register:focus {{ border: 3px solid {FOCUS}; }}
QFrame#anonymousPanel, QFrame#goalsPanel {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 16px; }}
QLabel#counterLabel {{ font-size: 15pt; }}
QPushButton[kind="counterStep"] {{ min-width: 48px; max-width: 48px; padding: 0; font-size: 20pt; font-weight: 700; }}
QLineEdit#counterValue {{ padding: 4px; min-width: 64px; max-width: 64px; font-weight: 700; }}
QLabel#tickedCount {{ font-size: 22pt; font-weight: 700; color: {PRIMARY_DARK}; }}
QLabel#tickedTotal {{ font-size: 18pt; font-weight: 600; }}
QWidget#workshopsPage QDateEdit, QWidget#exportsPage QDateEdit, QWidget#exportsPage QSpinBox {{
    background: {CARD}; border: 2px solid {LINE}; border-radius: 10px; padding: 6px 12px; min-height: 40px;
}}
QWidget#workshopsPage QDateEdit:focus, QWidget#exportsPage QDateEdit:focus, QWidget#exportsPage QSpinBox:focus {{
    border: 3px solid {FOCUS};
}}
QTableWidget#attendancePreview {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 10px; font-size: 13pt; gridline-color: #E3E6EA; }}
QTableWidget#attendancePreview:focus {{ border: 3px solid {FOCUS}; }}
QTabWidget#exportTabs::pane {{ border: 2px solid {LINE}; border-radius: 12px; background: {PAPER}; top: -2px; }}
QTabWidget#exportTabs QTabBar::tab {{
    background: #E3E6EA; border: 2px solid {LINE}; border-bottom: none; border-top-left-radius: 12px;
    border-top-right-radius: 12px; padding: 8px 24px; min-height: 30px; font-weight: 600; margin-right: 4px;
}}
QTabWidget#exportTabs QTabBar::tab:selected {{ background: {PAPER}; color: {PRIMARY_DARK}; }}
QTabWidget#exportTabs QTabBar::tab:focus {{ color: {FOCUS}; }}
QLabel#exportProgress {{ color: {MUTED}; font-size: 14pt; }}
QWidget#reachChart {{ font-size: 14pt; }}
/* staff: reports (kiosk/ui/staff/reports.py) */
QPushButton[kind="segment"] {{ border-radius: 0; border-right-width: 0; padding: 8px 24px; min-height: 40px; }}
QPushButton[kind="segment"][position="first"] {{ border-top-left-radius: 12px; border-bottom-left-radius: 12px; }}
QPushButton[kind="segment"][position="last"] {{ border-top-right-radius: 12px; border-bottom-right-radius: 12px; border-right-width: 2px; }}
QPushButton[kind="segment"]:checked {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; }}
QPushButton[kind="segment"]:focus {{ border: 3px solid {FOCUS}; }}
QTableView#reportGrid, QTableWidget#reportTable {{
    background: {CARD}; alternate-background-color: #F2F4F6; border: 2px solid {LINE}; border-radius: 10px;
    font-size: 14pt; gridline-color: {LINE}; selection-background-color: #DCEBF7; selection-color: {INK};
}}
QTableWidget#reportTable {{ font-size: 13pt; }}
QTableView#reportGrid:focus, QTableWidget#reportTable:focus {{ border: 3px solid {FOCUS}; }}
QTableView#reportGrid QHeaderView::section {{ font-size: 11pt; padding: 4px 2px; border-right: 1px solid {LINE}; }}
QLabel#sectionTitle {{ font-size: 16pt; font-weight: 700; }}
QLabel#gridLegend {{ font-size: 13pt; font-weight: 600; border: 1px solid {LINE}; border-radius: 6px; padding: 4px 10px; }}
QLabel#gridLegend[status="done"] {{ background: {OK_BG}; color: {OK_INK}; }}
QLabel#gridLegend[status="in_progress"] {{ background: {PROGRESS_BG}; color: {PROGRESS_INK}; }}
QLabel#gridLegend[status="not_started"] {{ background: {CARD}; color: {MUTED}; }}
QProgressBar#missedBar::chunk {{ background: #C75000; }}
QProgressBar#completionBar {{ min-height: 22px; max-height: 22px; border-radius: 10px; }}
QProgressBar#completionBar::chunk {{ border-radius: 10px; }}
QWidget#reportsPage QDateEdit {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 10px; padding: 6px 12px; min-height: 40px; }}
QWidget#reportsPage QDateEdit:focus {{ border: 3px solid {FOCUS}; }}
QWidget#reportsPage QDateEdit:disabled, QWidget#reportsPage QListWidget:disabled {{ color: #6B747D; background: #ECEEF0; }}
QWidget#reportsPage QRadioButton {{ min-height: 36px; spacing: 10px; }}
QWidget#reportsPage QPushButton#rowButton {{ padding: 0 12px; min-height: {ROW_BUTTON_PX}px; max-height: {ROW_BUTTON_PX}px; }}
QWidget#reportsPage QRadioButton::indicator {{ width: 24px; height: 24px; }}
/* learner home: "Para vos" due dates (kiosk/ui/screens/home.py) */
QLabel#dueChip {{ font-size: 15pt; font-weight: 600; border-radius: 8px; padding: 4px 12px; color: {PRIMARY_DARK}; background: #E4EEF8; }}
QLabel#dueChip[state="today"] {{ color: {PROGRESS_INK}; background: {PROGRESS_BG}; }}
QLabel#dueChip[state="late"] {{ color: {TRY_INK}; background: {TRY_BG}; }}
QScrollBar:vertical {{ width: 18px; background: #E3E6EA; }}
QScrollBar::handle:vertical {{ background: #9AA3AD; border-radius: 8px; min-height: 48px; }}
"""


# How the rows of ``order`` and ``sort`` look (kiosk/ui/activities/_look.py): a card per item,
# green once in place, orange when misplaced; and a picture option's button, as tall as its
# picture (kiosk/ui/activities/_pictures.py).  Part of the one style sheet: a sheet of a widget's
# own makes every widget under it slower to style.
ITEMS_STYLESHEET = f"""
QFrame#orderItem, QFrame#sortItem {{ background: {PAPER}; border: 2px solid {LINE}; border-radius: 12px; }}
QFrame#orderItem[state="right"], QFrame#sortItem[state="right"] {{ background: {OK_BG}; border: 3px solid {GREEN}; }}
QFrame#sortItem[state="wrong"] {{ background: {TRY_BG}; border: 3px solid #C75000; }}
QLabel#orderPlace {{ font-size: 20pt; font-weight: 700; color: {MUTED}; }}
QLabel#orderText, QLabel#sortText {{ font-size: 17pt; font-weight: 600; }}
QLabel#sortFeedback {{ color: {TRY_INK}; font-size: 15pt; }}
QFrame#quiz[band="child"] QLabel#orderText, QFrame#quiz[band="child"] QLabel#sortText {{ font-size: 20pt; }}
"""
PICTURE_BUTTON_PX = (48, 96)  # the picture sizes that have a rule below
PICTURE_BUTTON_STYLESHEET = "".join(
    f'QPushButton[pictureSize="{px}"] {{ min-height: {px + 8}px; }}\n' for px in PICTURE_BUTTON_PX)
STYLESHEET += ITEMS_STYLESHEET + PICTURE_BUTTON_STYLESHEET


def track_accent(color: str) -> str:
    """Style of a track's header strip and its cards' left edge, from track.yaml's colour."""
    return f"QFrame#trackStrip {{ background: {color}; border-radius: 6px; }}"


def lesson_css(body_pt: int) -> str:
    """Default CSS for lesson HTML in QTextBrowser (a subset of CSS 2.1)."""
    return (
        f"body {{ color: {INK}; }}"
        f"p, li {{ line-height: 135%; }}"
        f"h1 {{ font-size: {body_pt + 10}pt; color: {PRIMARY_DARK}; }}"
        f"h2 {{ font-size: {body_pt + 6}pt; }} h3 {{ font-size: {body_pt + 3}pt; }}"
        f"a {{ color: {PRIMARY_DARK}; }}"
        f"blockquote {{ background: #EEF3F8; }}"
        f"td, th {{ padding: 6px; border: 1px solid {LINE}; }}"
    )


def application_sheet() -> str:
    """The one style sheet of the application (``kiosk.app.create_app``): the theme's rules, the
    mock messages' (``widgets/mock_style.py``, which builds on this module's colours) and the
    coding studio's (``turtle/studio_style.py``).  A widget with a sheet of its own is styled
    twice on every open: spot's lesson 74 -> 56 ms, turtle's 115 -> 93 ms."""
    from kiosk.ui.turtle.studio_style import STUDIO_STYLESHEET
    from kiosk.ui.widgets.mock_style import MOCK_CSS

    return STYLESHEET + MOCK_CSS + STUDIO_STYLESHEET

