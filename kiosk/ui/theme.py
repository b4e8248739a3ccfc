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

STYLESHEET = f"""
* {{ font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }}
QWidget {{ color: {INK}; font-size: {BODY_PT}pt; }}
QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget, #screen {{ background: {PAPER}; }}
QLabel {{ background: transparent; }}
QLabel#title {{ font-size: 26pt; font-weight: 700; }}
QLabel#subtitle {{ font-size: 18pt; font-weight: 600; }}
QLabel#hint {{ color: {MUTED}; font-size: 14pt; }}
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

QToolButton#avatarTile {{ background: {CARD}; border-radius: 18px; padding: 8px; font-size: 16pt; }}
QToolButton#avatarTile:focus {{ border: 4px solid {FOCUS}; }}
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
QFrame#quiz {{ background: {CARD}; border: 2px solid {LINE}; border-radius: 16px; }}
QLabel#quizPrompt {{ font-size: 19pt; font-weight: 700; }}

QProgressBar {{ background: #E3E6EA; border: none; border-radius: 8px; min-height: 16px; max-height: 16px; text-align: center; color: transparent; }}
QProgressBar::chunk {{ background: {GREEN}; border-radius: 8px; }}

QTextBrowser#lessonText {{ background: transparent; border: none; font-size: {BODY_PT + 1}pt; }}
QTextBrowser#lessonText[band="child"] {{ font-size: {CHILD_BODY_PT}pt; }}
QFrame#quiz[band="child"] QLabel#quizPrompt {{ font-size: 22pt; }}
QFrame#quiz[band="child"] QPushButton[kind="choice"] {{ font-size: 20pt; }}
QFrame#quiz[band="child"] QFrame#feedback QLabel {{ font-size: 20pt; }}

QDialog#idleWarning {{ background: {CARD}; }}
QScrollBar:vertical {{ width: 18px; background: #E3E6EA; }}
QScrollBar::handle:vertical {{ background: #9AA3AD; border-radius: 8px; min-height: 48px; }}
"""


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
