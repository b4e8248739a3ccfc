"""The look of the mock messages (``mock_view.py``): an app of no one's, in the kiosk's own
colours. Kept beside the mock (not in ``theme.py``) because it draws a phone's screen, not the
kiosk; the contrast of every text pair is WCAG AA (>= 4.5:1) on its background."""

from __future__ import annotations

from kiosk.ui import theme

CARD_MAX_PX = 600  # a phone-sized column, readable at 1024x600
PART_STATES = ("", "marked", "found", "wrong")

SCREEN = "#EEF1F4"  # the phone's background
THEIRS = "#FFFFFF"
MINE = "#DDF1E0"
SMS_THEIRS = "#E4E8EC"
LINK = "#0B57A4"  # 6.9:1 on white, 5.9:1 on SMS_THEIRS
TICK = "#1F6FB2"
MUTED = "#4A5560"
MARKED_BG = "#DCEBF7"

MOCK_CSS = f"""
QFrame#mockCard {{ background: {SCREEN}; border: 2px solid {theme.LINE}; border-radius: 18px; }}
QFrame#mockCard:focus {{ border: 3px solid {theme.FOCUS}; }}
QFrame#mockHeader {{ background: {theme.CARD}; border-top-left-radius: 16px; border-top-right-radius: 16px;
    border-bottom: 1px solid {theme.LINE}; }}
QFrame#mockCard[kind="email"], QFrame#mockCard[kind="post"], QFrame#mockCard[kind="profile"] {{ background: {theme.CARD}; }}
QLabel#mockName {{ font-size: 16pt; font-weight: 700; }}
QLabel#mockSubject {{ font-size: 17pt; font-weight: 700; }}
QLabel#mockText {{ font-size: 15pt; }}
QLabel#mockMuted {{ font-size: 13pt; color: {MUTED}; }}
QLabel#mockTime {{ font-size: 12pt; color: {MUTED}; }}
QLabel#mockLink {{ font-size: 15pt; color: {LINK}; text-decoration: underline; }}
QLabel#mockFile {{ font-size: 14pt; font-weight: 600; }}
QLabel#mockTick {{ background: {TICK}; color: white; border-radius: 12px; font-size: 12pt; font-weight: 700; }}
QLabel#mockBadge {{ border-radius: 15px; font-size: 14pt; font-weight: 700; color: white; background: {theme.PRIMARY}; }}
QLabel#mockBadge[state="found"] {{ background: {theme.GREEN}; }}
QLabel#mockBadge[state="wrong"] {{ background: #B34700; }}
QFrame#quiz[band="child"] QLabel#mockText, QWidget#mockView[band="child"] QLabel#mockText,
QFrame#quiz[band="child"] QLabel#mockLink, QWidget#mockView[band="child"] QLabel#mockLink {{ font-size: 18pt; }}
QFrame#quiz[band="child"] QLabel#mockName, QWidget#mockView[band="child"] QLabel#mockName {{ font-size: 18pt; }}
QFrame#mockPart {{ border: 3px solid transparent; border-radius: 14px; }}
QFrame#mockPart[role="theirs"] {{ background: {THEIRS}; }}
QFrame#mockCard[kind="sms"] QFrame#mockPart[role="theirs"] {{ background: {SMS_THEIRS}; }}
QFrame#mockPart[role="mine"] {{ background: {MINE}; }}
QFrame#mockPart[role="attachment"] {{ background: {SCREEN}; border: 2px solid {theme.LINE}; border-radius: 10px; }}
QFrame#mockPart[markable="true"] {{ border: 3px dashed #9AA5AF; }}
QFrame#mockPart[markable="true"]:focus {{ border: 3px solid {theme.FOCUS}; }}
QFrame#mockPart[state="marked"] {{ background: {MARKED_BG}; border: 3px solid {theme.PRIMARY}; }}
QFrame#mockPart[state="found"] {{ background: {theme.OK_BG}; border: 3px solid {theme.GREEN}; }}
QFrame#mockPart[state="wrong"] {{ background: {theme.TRY_BG}; border: 3px solid #C75000; }}
QFrame#mockPart[state="marked"]:focus, QFrame#mockPart[state="found"]:focus, QFrame#mockPart[state="wrong"]:focus {{
    border: 3px solid {theme.FOCUS}; }}
"""
