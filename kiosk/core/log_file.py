"""The rotating log file in KIOSK_HOME/logs, for the window and the command line alike.

``kiosk.app.setup_logging`` sets it up for the window; ``kiosk.cli`` calls ``setup_file_logging``
for commands on an existing home, so staff actions made from a terminal (exports, enrolment)
reach the same support log (``kiosk.core.support_log``).  Never a secret, never a name.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_file_logging(log_dir: Path) -> bool:
    """Log ``kiosk.*`` at INFO to ``log_dir/kiosk.log`` (1 MB, 3 old files, readable by the
    kiosk's user only); False when the folder cannot be made (the command goes on unlogged)."""
    from kiosk.core.private_files import PrivateRotatingFileHandler, narrow_existing, private_dir

    root = logging.getLogger("kiosk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return True
    try:
        private_dir(log_dir.parent)  # a new home is made 0700, as ``Config.ensure_dirs`` would
        private_dir(log_dir)
        handler = PrivateRotatingFileHandler(log_dir / "kiosk.log", maxBytes=1_000_000, backupCount=3,
                                             encoding="utf-8")
    except OSError:
        return False
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    narrow_existing(*sorted(log_dir.glob("kiosk.log*")))
    return True
