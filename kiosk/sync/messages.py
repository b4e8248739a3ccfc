"""Sync outcomes in words, in Spanish (the command line speaks Spanish, like the rest of
``kiosk``'s CLI).  The Qt page has the same sentences as English sources through ``tr()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from kiosk.core.clock import to_local

METRICS_ES = {
    "sessions": "Ingresos",
    "visits": "Visitas a lecciones",
    "minutes": "Minutos en lecciones",
    "lessons_completed": "Lecciones completadas",
    "modules_completed": "Módulos completados",
    "learners_reached": "Personas alcanzadas (primera vez)",
    "workshop_participants": "Participantes de talleres",
}
ROLES_ES = {"learner": "Estudiante", "teacher": "Docente", "parent": "Familia"}
AGE_BANDS_ES = {"8-11": "8 a 11 años", "12-17": "12 a 17 años", "adult": "Adulto"}
STATES_ES = {"pending": "Pendiente", "accepted": "Enviado", "rejected": "Rechazado"}

REASONS_ES = {
    "period-in-future": "la fecha está en el futuro — revisá la fecha y hora de esta computadora",
    "period-too-old": "la fecha es demasiado antigua — revisá la fecha y hora de esta computadora",
    "unknown-metric": "el servidor no conoce ese dato (actualizá el kiosco o el servidor)",
    "bad-dims": "el servidor no acepta esa clasificación",
    "bad-value": "el valor no es válido",
}

ERRORS_ES = {
    "unreachable": "No hay conexión con el servidor",
    "unauthorized": "El servidor ya no reconoce este kiosco: hay que inscribirlo de nuevo",
    "busy": "El servidor está ocupado o en mantenimiento; se vuelve a intentar más tarde",
    "too-large": "El envío era demasiado grande para el servidor; se manda en partes más chicas",
    "server-error": "El servidor tuvo un problema (código {status}); se vuelve a intentar más tarde",
    "bad-request": "El servidor no entendió el envío (un error del programa); se vuelve a intentar "
                   "más tarde",
    "bad-answer": "El servidor respondió algo que no se entiende (¿un proxy o un portal "
                  "de acceso?)",
    "not-enrolled": "Este kiosco todavía no está inscripto en un servidor",
    "code-used": "El servidor rechazó el código: ya fue usado por otro kiosco",
    "code-refused": "El servidor rechazó el código (no existe o ya venció: pedí uno nuevo)",
    "install-revoked": "El servidor dio de baja este kiosco: pedí un código nuevo a la oficina "
                       "del programa",
    "install-conflict": "El servidor ya tiene este kiosco inscripto con otra clave o en otro "
                        "telecentro: consultá a la oficina del programa",
}


def reason_words(reason: str) -> str:
    return REASONS_ES.get(reason, reason)


def rejected_words(count: int, reasons: Mapping[str, int]) -> str:
    """"El servidor rechazó 3 datos: la fecha está en el futuro — revisá …"."""
    noun = "dato" if count == 1 else "datos"
    parts = [reason_words(r) if len(reasons) == 1 else f"{n} porque {reason_words(r)}"
             for r, n in sorted(reasons.items())]
    return f"El servidor rechazó {count} {noun}: " + "; ".join(parts)


def error_words(code: str | None, detail: Mapping[str, Any] | None = None) -> str:
    """The last error in words ("" when there is none)."""
    if not code:
        return ""
    detail = detail or {}
    if code == "rejected":
        return rejected_words(int(detail.get("count", 0)), detail.get("reasons", {}))
    text = ERRORS_ES.get(code, "Error al sincronizar ({code})")
    return text.format(code=code, status=detail.get("status", "?"))


def clock_words(kind: str | None) -> str:
    if kind == "future":
        return ("La fecha de esta computadora parece estar adelantada: revisá la fecha y hora. "
                "Los datos con fechas futuras no se aceptan.")
    if kind == "past":
        return ("La fecha de esta computadora parece estar atrasada: revisá la fecha y hora. "
                "Los datos con fechas muy antiguas no se aceptan.")
    return ""


def when_words(moment: datetime | None) -> str:
    if moment is None:
        return "nunca"
    return to_local(moment).strftime("%d/%m/%Y %H:%M")


def dims_words(dims: Mapping[str, str]) -> str:
    parts = []
    if "module" in dims:
        parts.append(dims["module"])
    if "role" in dims:
        parts.append(ROLES_ES.get(dims["role"], dims["role"]))
    if "age_band" in dims:
        parts.append(AGE_BANDS_ES.get(dims["age_band"], dims["age_band"]))
    return ", ".join(parts)
