"""The blocks editor's sizes, colours and stylesheet (kiosk/ui/turtle/blocks.py): one place to
tune how big the tiles are for a child's finger and how each group of blocks is coloured."""

from __future__ import annotations

from kiosk.ui import theme

INDENT_PX = 36
ROW_MIN_PX = 54  # a block of the program: a child's finger
PALETTE_PX = 230  # the palette's column (a tile's words wrap inside it; a 1024x600 lesson page has ~870 px for all)
ROOMY_PALETTE_PX = 300  # ... on a screen with room (1366x768): wider tiles, larger words
ROOMY_MIN = (760, 640)  # the editor's size from which it is roomy
STEP_BUTTON_PX = 44
DEFAULT_PALETTE = ("forward", "back", "right", "left", "repeat", "penup", "pendown", "color")
# Each group of blocks has a colour pair (background, edge); ink is theme.INK on all (>= 11:1).
GROUPS = {"forward": "move", "back": "move", "right": "turn", "left": "turn", "repeat": "loop",
          "penup": "pen", "pendown": "pen", "color": "pen", "circle": "move", "define": "mine",
          "use": "mine"}
GROUP_COLORS = {"move": ("#DCEBF7", theme.PRIMARY), "turn": ("#D9F0EE", "#00796B"),
                "loop": ("#FFEBC7", "#B26A00"), "pen": ("#E3F3E6", theme.GREEN),
                "mine": ("#F1E4F7", "#7B1FA2")}
USE_TILE = "use:"  # a "use NAME" tile's key in ``BlocksEditor.tiles``: "use:cuadrado"
ICONS = {"forward": "flecha-arriba.svg", "back": "flecha-abajo.svg", "right": "flecha-der.svg",
         "left": "flecha-izq.svg"}

BLOCKS_STYLESHEET = "\n".join(
    f'QPushButton#paletteTile[group="{g}"], QFrame#blockRow[group="{g}"] {{ background: {bg}; border: 2px solid {edge}; '
    f"border-left: 10px solid {edge}; }}"
    for g, (bg, edge) in GROUP_COLORS.items()) + f"""
QScrollArea#paletteScroll, QWidget#paletteBox {{ background: transparent; border: none; }}
QPushButton#paletteTile {{ text-align: left; padding: 2px 8px; min-height: 46px; font-size: 15pt; font-weight: 700; border-radius: 12px; }}
QWidget#blocksEditor[roomy="true"] QPushButton#paletteTile {{ font-size: 17pt; min-height: 52px; }}
QPushButton#paletteTile:focus {{ border: 4px solid {theme.FOCUS}; }}
QFrame#blockRow {{ border-radius: 12px; }}
QFrame#blockRow QLabel#blockName {{ font-size: 17pt; font-weight: 700; }}
QFrame#blockRow[selected="true"] {{ border: 4px solid {theme.INK}; }}
QFrame#blockRow[state="current"] {{ background: #FFF4C2; }}
QFrame#blockRow[state="error"] {{ background: {theme.TRY_BG}; border: 4px solid #C75000; }}
QWidget#programView {{ background: {theme.CARD}; }}
QScrollArea#programScroll {{ background: {theme.CARD}; border: 2px solid {theme.LINE}; border-radius: 12px; }}
QScrollArea#programScroll[focused="true"] {{ border: 3px solid {theme.FOCUS}; }}
QFrame#bracket {{ border: none; border-left: 8px solid {GROUP_COLORS["loop"][1]}; margin-left: 8px; }}
QFrame#bracket[group="mine"] {{ border-left: 8px solid {GROUP_COLORS["mine"][1]}; }}
QLabel#emptyProgram {{ color: {theme.MUTED}; font-size: 15pt; }}
QFrame#blockRow QSpinBox {{ background: white; border: 2px solid {theme.LINE}; border-radius: 8px; min-height: 40px;
    font-size: 17pt; font-weight: 700; padding: 0 2px; }}
QFrame#blockRow QSpinBox QLineEdit {{ padding: 0; border: none; min-height: 0; background: transparent; font-size: 17pt; font-weight: 700; }}
QFrame#blockRow QSpinBox::up-button, QFrame#blockRow QSpinBox::down-button {{ width: 0px; border: none; }}
QFrame#blockRow QSpinBox:focus, QFrame#blockRow QComboBox:focus {{ border: 3px solid {theme.FOCUS}; }}
QFrame#blockRow QPushButton[kind="step"] {{ min-width: {STEP_BUTTON_PX}px; max-width: {STEP_BUTTON_PX}px;
    min-height: 44px; padding: 0; font-size: 20pt; font-weight: 700; border-radius: 10px; }}
QFrame#blockRow QComboBox {{ font-size: 16pt; min-height: 40px; }}
QPushButton#blockBarButton {{ padding: 10px 10px; }}
"""
