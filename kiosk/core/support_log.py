"""The support log: staff actions that matter when someone helps a telecenter, never a name.

Records go to the logger ``kiosk.support`` (the rotating ``logs/kiosk.log`` in KIOSK_HOME, set
up by ``kiosk.app.setup_logging`` for the window and ``kiosk.cli`` for the command line)::

    support_event("export", kind="attendance", format="csv", rows=120)
    -> ... INFO kiosk.support: export kind=attendance format=csv rows=120

A value is kept only when it is a number, a boolean or a short token (a code, a kind, an id:
letters, digits and ``._:/-``, at most 64 characters, no spaces): a person's name can never be
written by mistake -- such a value becomes ``?``.  Other helpers call ``logging.getLogger(
"kiosk.support")`` directly with the same rule (ids or counts only).
"""

from __future__ import annotations

import logging
import re

LOGGER_NAME = "kiosk.support"
log = logging.getLogger(LOGGER_NAME)

_TOKEN = re.compile(r"[A-Za-z0-9._:/\-]{1,64}")


def clean_value(value: object) -> str:
    """``value`` as written in the log: numbers and short tokens as they are, anything else ``?``."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if value is None:
        return "-"
    text = str(value)
    return text if _TOKEN.fullmatch(text) else "?"


def support_event(event: str, /, **fields: object) -> None:
    """Write one support record: ``event`` (a token) and ``fields`` (numbers, codes or ids)."""
    parts = [clean_value(event)] + [f"{key}={clean_value(value)}" for key, value in fields.items()
                                    if value is not None]
    log.info(" ".join(parts))


__all__ = ["LOGGER_NAME", "clean_value", "support_event"]
