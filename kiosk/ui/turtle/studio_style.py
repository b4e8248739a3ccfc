"""The coding studio's rules (kiosk/ui/turtle/studio.py, blocks.py, code_editor.py), part of the
application's one style sheet (``theme.application_sheet``).  They were the studio's own sheet:
a widget with a sheet of its own is styled twice, and the studio's ~60 widgets cost ~15 ms more
on every opening of a coding lesson (issue 14.5).  Every rule names its widget by object name,
so nothing outside a studio matches.  Light on purpose: the application imports it at start."""

from __future__ import annotations

from kiosk.ui import theme

from .blocks_style import BLOCKS_STYLESHEET

EDITOR_PT = 18

EDITOR_STYLESHEET = f"""
QPlainTextEdit#codeEditor {{
    background: {theme.CARD}; border: 2px solid {theme.LINE}; border-radius: 10px;
    font-family: "DejaVu Sans Mono", "Consolas", "Noto Sans Mono", monospace; font-size: {EDITOR_PT}pt;
}}
QPlainTextEdit#codeEditor:focus {{ border: 3px solid {theme.FOCUS}; }}
QPlainTextEdit#codeEditor[readOnly="true"] {{ background: #F2F4F6; }}
"""

STUDIO_STYLESHEET = f"""
QLabel#studioMessage {{ border-radius: 10px; padding: 8px 12px; font-size: 17pt; font-weight: 600; }}
QLabel#studioMessage[state="ok"] {{ color: {theme.OK_INK}; background: {theme.OK_BG}; }}
QLabel#studioMessage[state="try"] {{ color: {theme.TRY_INK}; background: {theme.TRY_BG}; }}
QLabel#studioMessage[state="info"] {{ color: {theme.INK}; background: #E4EEF8; }}
QFrame#canvasFrame {{ background: {theme.CARD}; border: 2px solid {theme.LINE}; border-radius: 12px; }}
QPlainTextEdit#studioOutput {{ background: #F2F4F6; border: 2px solid {theme.LINE}; border-radius: 8px;
    font-family: "DejaVu Sans Mono", monospace; font-size: 14pt; }}
QPushButton#textSwitch {{ padding: 10px 12px; }}
QPushButton#textSwitch:checked {{ background: #DCEBF7; border: 3px solid {theme.PRIMARY}; }}
QSlider#speed {{ min-height: 40px; min-width: 64px; background: transparent; }}
QSlider#speed::groove:horizontal {{ height: 10px; background: #E3E6EA; border-radius: 5px; }}
QSlider#speed::sub-page:horizontal {{ background: {theme.PRIMARY}; border-radius: 5px; }}
QSlider#speed::add-page:horizontal {{ background: #E3E6EA; border-radius: 5px; }}
QSlider#speed::handle:horizontal {{ background: {theme.PRIMARY}; width: 30px; margin: -12px 0; border-radius: 15px; }}
QSlider#speed::handle:horizontal:focus {{ background: {theme.FOCUS}; border: 3px solid {theme.INK}; }}
""" + BLOCKS_STYLESHEET + EDITOR_STYLESHEET  # the parts' rules too
