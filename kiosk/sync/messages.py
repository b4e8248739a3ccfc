"""Sync outcomes in words, for code without Qt (the ``kiosk sync`` command line), in the
interface language: the one catalog's context "SyncMessages" (``kiosk.core.i18n``).  The Qt
sync page says the same things with the same English sources through ``tr()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from kiosk.core.clock import to_local
from kiosk.core.i18n import QT_TRANSLATE_NOOP, Context
from kiosk.core.people import age_band_label, role_label

SyncMessages = Context("SyncMessages")

METRICS = {
    "sessions": QT_TRANSLATE_NOOP("SyncMessages", "Sign-ins"),
    "visits": QT_TRANSLATE_NOOP("SyncMessages", "Lesson visits"),
    "minutes": QT_TRANSLATE_NOOP("SyncMessages", "Minutes in lessons"),
    "lessons_completed": QT_TRANSLATE_NOOP("SyncMessages", "Lessons completed"),
    "modules_completed": QT_TRANSLATE_NOOP("SyncMessages", "Modules completed"),
    "learners_reached": QT_TRANSLATE_NOOP("SyncMessages", "People reached (first time)"),
    "workshop_participants": QT_TRANSLATE_NOOP("SyncMessages", "Workshop participants"),
}
STATES = {
    "pending": QT_TRANSLATE_NOOP("SyncMessages", "Waiting"),
    "accepted": QT_TRANSLATE_NOOP("SyncMessages", "Sent"),
    "rejected": QT_TRANSLATE_NOOP("SyncMessages", "Refused"),
}
REASONS = {
    "period-in-future": QT_TRANSLATE_NOOP(
        "SyncMessages", "the date is in the future — check this computer's date and time"),
    "period-too-old": QT_TRANSLATE_NOOP(
        "SyncMessages", "the date is too long ago — check this computer's date and time"),
    "unknown-metric": QT_TRANSLATE_NOOP(
        "SyncMessages", "the server does not know that figure (update the kiosk or the server)"),
    "bad-dims": QT_TRANSLATE_NOOP("SyncMessages", "the server does not accept that grouping"),
    "bad-value": QT_TRANSLATE_NOOP("SyncMessages", "the value is not valid"),
}
ERRORS = {
    "unreachable": QT_TRANSLATE_NOOP("SyncMessages", "No connection to the server"),
    "unauthorized": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server no longer recognises this kiosk: enrol it again"),
    "busy": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server is busy or in maintenance; it will be tried again later"),
    "too-large": QT_TRANSLATE_NOOP(
        "SyncMessages", "The batch was too large for the server; it is sent in smaller parts"),
    "server-error": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server had a problem (code {status}); it will be tried again later"),
    "bad-request": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server did not understand the data (a program error); it will be tried again later"),
    "bad-answer": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server's answer could not be understood (a proxy or a login portal?)"),
    "not-enrolled": QT_TRANSLATE_NOOP("SyncMessages", "This kiosk is not enrolled with a server yet"),
    "code-used": QT_TRANSLATE_NOOP("SyncMessages", "The server refused the code: another kiosk used it already"),
    "code-refused": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server refused the code (unknown or expired: ask for a new one)"),
    "install-revoked": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server has withdrawn this kiosk: ask the programme office for a new code"),
    "install-rewound": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server had newer figures of this kiosk: it was restored from an older copy. "
                        "From now on it counts as a new kiosk; nothing is counted twice"),
    "install-conflict": QT_TRANSLATE_NOOP(
        "SyncMessages", "The server already has this kiosk enrolled with another key or at another telecenter: "
                        "ask the programme office"),
}


def metric_words(metric: str) -> str:
    text = METRICS.get(metric)
    return SyncMessages.tr(text) if text else metric


def state_words(state: str) -> str:
    text = STATES.get(state)
    return SyncMessages.tr(text) if text else state


def reason_words(reason: str) -> str:
    text = REASONS.get(reason)
    return SyncMessages.tr(text) if text else reason


def rejected_words(count: int, reasons: Mapping[str, int]) -> str:
    """"El servidor rechazó 3 datos: la fecha está en el futuro — revisá …"."""
    if len(reasons) == 1:
        why = reason_words(next(iter(reasons)))
    else:
        why = "; ".join(SyncMessages.tr("{count} because {reason}").format(count=n, reason=reason_words(r))
                        for r, n in sorted(reasons.items()))
    return SyncMessages.tr("The server refused %n figure(s): {reasons}", "", count).format(reasons=why)


def error_words(code: str | None, detail: Mapping[str, Any] | None = None) -> str:
    """The last error in words ("" when there is none)."""
    if not code:
        return ""
    detail = detail or {}
    if code == "rejected":
        return rejected_words(int(detail.get("count", 0)), detail.get("reasons", {}))
    text = ERRORS.get(code)
    if text is None:
        return SyncMessages.tr("Sync error ({code})").format(code=code)
    return SyncMessages.tr(text).format(status=detail.get("status", "?"))


def clock_words(kind: str | None) -> str:
    if kind == "future":
        return SyncMessages.tr("This computer's date seems to be ahead: check the date and time. "
                               "Figures with future dates are not accepted.")
    if kind == "past":
        return SyncMessages.tr("This computer's date seems to be behind: check the date and time. "
                               "Figures with very old dates are not accepted.")
    return ""


def identity_words(event: Any, introduced: bool = True) -> str:
    """What happened to this kiosk's identity (``kiosk.sync.identity.IdentityEvent``), in
    words for the coordinator; "" when nothing did."""
    if event is None:
        return ""
    if event.kind == "clone":
        text = SyncMessages.tr(
            "On {when} this kiosk found it is running on another PC than the one it was set up "
            "on (a copy of a disk): it became a new kiosk. What was done before the copy stays "
            "with the original kiosk, which sends it; nothing of it is sent from here.").format(
            when=when_words(event.at))
        if event.dropped:
            text += " " + SyncMessages.tr(
                "%n figure(s) still waiting in the copy were left to the original kiosk.", "",
                event.dropped)
    else:
        text = SyncMessages.tr(
            "On {when} the server said this kiosk was restored from an older copy: it had "
            "newer figures of it. What was sent before stays counted; what was done here since "
            "{since} now counts as a new kiosk. Nothing is counted twice.").format(
            when=when_words(event.at), since=when_words(event.since))
    if not introduced:
        text += " " + SyncMessages.tr(
            "The server will learn of the new kiosk at the next connection or in the next USB file.")
    return text


def when_words(moment: datetime | None) -> str:
    if moment is None:
        return SyncMessages.tr("never")
    return to_local(moment).strftime("%d/%m/%Y %H:%M")


def dims_words(dims: Mapping[str, str]) -> str:
    parts = []
    if "module" in dims:
        parts.append(dims["module"])
    if "role" in dims:
        parts.append(role_label(dims["role"]))
    if "age_band" in dims:
        parts.append(age_band_label(dims["age_band"]))
    return ", ".join(parts)
