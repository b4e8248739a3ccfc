"""Sync outcomes in words, for code without Qt (the ``kiosk sync`` command line), in the
interface language: the one catalog's context "SyncMessages" (``kiosk.core.i18n``).  The Qt
sync page says the same things with the same English sources through ``tr()``.
"""

from __future__ import annotations

import json
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
    # every per-cell reason of PROTOCOL.md and openapi.yaml (tests/sync/test_reason_words.py checks)
    "bad-cell": QT_TRANSLATE_NOOP(
        "SyncMessages", "the figure is not in the form the server expects (update the kiosk or the server)"),
    "bad-period": QT_TRANSLATE_NOOP("SyncMessages", "the date is not a real day"),
    "bad-rev": QT_TRANSLATE_NOOP(
        "SyncMessages", "the figure's revision number is not valid (update the kiosk or the server)"),
    "value-too-large": QT_TRANSLATE_NOOP(
        "SyncMessages", "the number is larger than is possible in one day"),
    "day-total-too-large": QT_TRANSLATE_NOOP(
        "SyncMessages", "the day's total for this kiosk is larger than is possible (for example more "
                        "minutes than the day has)"),
    "stale": QT_TRANSLATE_NOOP(
        "SyncMessages", "the server already has newer figures from this installation: this kiosk seems "
                        "to have been restored from an older copy"),
    "install-rewound": QT_TRANSLATE_NOOP(
        "SyncMessages", "this kiosk was restored from an older copy: it goes on as a new installation, so "
                        "nothing is lost or counted twice"),
}
# The collector's error codes ({"error": "<code>"} in a refusal; PROTOCOL.md, openapi.yaml): what
# the server said, added to the last error in words.
SERVER_ERRORS = {
    "malformed": QT_TRANSLATE_NOOP("SyncMessages", "the server could not read the data"),
    "bad-schema": QT_TRANSLATE_NOOP(
        "SyncMessages", "the server speaks another version of the protocol (update the kiosk or the server)"),
    "bad-idempotency-key": QT_TRANSLATE_NOOP("SyncMessages", "the batch had no valid identifier"),
    "idempotency-key-reused": QT_TRANSLATE_NOOP(
        "SyncMessages", "the batch's identifier was already used with other figures; a new batch is made"),
    "bad-month": QT_TRANSLATE_NOOP("SyncMessages", "a month is not valid"),
    "bad-install-id": QT_TRANSLATE_NOOP(
        "SyncMessages", "this installation's identifier is not valid (a program error)"),
    "bad-public-key": QT_TRANSLATE_NOOP("SyncMessages", "this kiosk's key is not valid (a program error)"),
    "unknown-metric": QT_TRANSLATE_NOOP("SyncMessages", "the server does not know that figure"),
    "unauthorized": QT_TRANSLATE_NOOP("SyncMessages", "the server does not accept this kiosk's key"),
    "token-of-another-install": QT_TRANSLATE_NOOP(
        "SyncMessages", "the key belongs to another installation (a copied kiosk?)"),
    "too-large": QT_TRANSLATE_NOOP("SyncMessages", "the batch was too large"),
    "too-many-cells": QT_TRANSLATE_NOOP("SyncMessages", "the batch had too many figures"),
    "rate-limited": QT_TRANSLATE_NOOP("SyncMessages", "too many batches in a short time"),
    "too-many-attempts": QT_TRANSLATE_NOOP(
        "SyncMessages", "too many wrong codes from this place; wait a while before trying again"),
    "maintenance": QT_TRANSLATE_NOOP("SyncMessages", "the server is in maintenance"),
    "busy": QT_TRANSLATE_NOOP("SyncMessages", "the server is busy"),
    "bad-code": QT_TRANSLATE_NOOP("SyncMessages", "the server does not know that code: check it or ask for a new one"),
    "code-expired": QT_TRANSLATE_NOOP("SyncMessages", "the code has expired (codes last 14 days): ask for a new one"),
    "code-used": QT_TRANSLATE_NOOP("SyncMessages", "another kiosk used that code already"),
    "install-revoked": QT_TRANSLATE_NOOP(
        "SyncMessages", "this kiosk was withdrawn: ask the programme office for a new code"),
    "install-id-taken": QT_TRANSLATE_NOOP(
        "SyncMessages", "this installation is enrolled with another key (a copied kiosk?)"),
    "install-of-another-site": QT_TRANSLATE_NOOP(
        "SyncMessages", "this installation is enrolled at another telecenter"),
    "stale": QT_TRANSLATE_NOOP(
        "SyncMessages", "the server already has newer figures from this installation (restored from an older copy?)"),
    "install-rewound": QT_TRANSLATE_NOOP(
        "SyncMessages", "this kiosk was restored from an older copy: it goes on as a new installation, so "
                        "nothing is lost or counted twice"),
    "value-too-large": QT_TRANSLATE_NOOP("SyncMessages", "the number is larger than is possible in one day"),
    "bad-claim": QT_TRANSLATE_NOOP(
        "SyncMessages", "the server could not check that this kiosk comes from the previous one (its "
                        "signature): enrol it with a new code"),
    "bad-parameter": QT_TRANSLATE_NOOP("SyncMessages", "a query had a character the server refuses"),
    "bad-limit": QT_TRANSLATE_NOOP("SyncMessages", "a query asked for too many rows at once"),
    "bad-cursor": QT_TRANSLATE_NOOP("SyncMessages", "a query asked for a page that does not exist"),
    "day-total-too-large": QT_TRANSLATE_NOOP(
        "SyncMessages", "the day's total for this kiosk is larger than is possible (for example more "
                        "minutes than the day has)"),
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
    """A per-cell reason in words; one this kiosk does not know yet is quoted."""
    text = REASONS.get(reason)
    if text:
        return SyncMessages.tr(text)
    return SyncMessages.tr("the server gave a reason this kiosk does not know yet (“{reason}”): "
                           "updating the kiosk may help").format(reason=reason[:64])


def server_error_code(detail: Mapping[str, Any] | None) -> str | None:
    """The collector's error code in a stored refusal (``{"error": …}`` in the detail), if any."""
    text = (detail or {}).get("detail")
    if not isinstance(text, str) or not text.startswith("{"):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    code = value.get("error") if isinstance(value, dict) else None
    return code[:64] if isinstance(code, str) and code else None


def server_error_words(code: str) -> str:
    """What the server said (its error code) in words; an unknown code is quoted."""
    text = SERVER_ERRORS.get(code)
    if text:
        return SyncMessages.tr(text)
    return SyncMessages.tr("the server said “{code}”, which this kiosk does not know yet").format(code=code)


def server_said(detail: Mapping[str, Any] | None, kiosk_code: str | None = None) -> str:
    """" — what the server said" for a stored refusal that carries the collector's code, else ""
    (also when it would only repeat the kiosk's own error, ``kiosk_code``)."""
    code = server_error_code(detail)
    if code is None or code == kiosk_code:
        return ""
    return " — " + server_error_words(code)


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
        return SyncMessages.tr("Sync error ({code})").format(code=code) + server_said(detail, code)
    return SyncMessages.tr(text).format(status=detail.get("status", "?")) + server_said(detail, code)


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
