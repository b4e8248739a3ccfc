"""The turtle coding studio's widgets (issue 12): the canvas, the text editor, the blocks editor
and the studio that puts them together. The engine without Qt is ``kiosk.turtle``."""
