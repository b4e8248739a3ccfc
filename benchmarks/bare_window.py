"""A bare PySide6 window, the reference of DESIGN.md's launch budget (≤ 4× this in the same run).

Prints ``signin-ready`` once the window is shown and painted, then quits (as ``--bench-startup``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
window = QLabel("Telecentro")
window.resize(1366, 768)
window.show()


def ready() -> None:
    window.grab()
    print("signin-ready", flush=True)
    app.quit()


QTimer.singleShot(0, ready)
sys.exit(app.exec())
