"""``kiosk learners import FILE``: a list of learners from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.config import Config
from kiosk.core.errors import EnvironmentProblem
from kiosk.people.roster_import import RosterRefused

# -- command line: ``kiosk learners import FILE --home DIR [--class NAME]`` ---------------


def cli_main(path: Path, config: Config, class_name: str | None, *, out=None, err=None) -> int:
    """Print every problem and a summary in Spanish.  Exit 0 when imported, 1 when the file
    has any bad row or problem (nothing is imported), 2 when the file or the kiosk's
    database cannot be read."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"kiosk learners import: no se pudo leer «{path}»: {exc.strerror or exc}", file=err)
        return 2
    from kiosk.commands import open_or_say

    backend = open_or_say(config, "learners import", err=err)
    if backend is None:
        return 2
    try:
        result = backend.roster.run_import(data, default_class=class_name)
    except RosterRefused as refused:
        preview = refused.preview
        for warning in preview.warnings:
            print(f"aviso: {warning}", file=out)
        for message in preview.messages():
            print(message, file=out)
        if not preview.readable:
            return 2
        if preview.problems:
            print("No se importó nada.", file=out)
        elif not preview.rows:
            print("No se importó nada: el archivo no tiene ninguna fila con estudiantes.", file=out)
        else:
            bad = len(preview.bad_rows)
            print(f"No se importó nada: {bad} de {len(preview.rows)} filas tienen problemas. "
                  "Corregí esas filas y volvé a importar el archivo.", file=out)
        return 1
    except EnvironmentProblem as exc:
        print(f"kiosk learners import: {exc}", file=err)
        return 2
    finally:
        backend.close()
    for warning in result.preview.warnings:
        print(f"aviso: {warning}", file=out)
    classes = ""
    if result.classes_created:
        names = ", ".join(f"«{c}»" for c in result.classes_created)
        classes = f" Clases nuevas: {names}."
    if result.added == 1:
        print(f"Listo: se importó 1 persona.{classes}", file=out)
    else:
        print(f"Listo: se importaron {result.added} personas.{classes}", file=out)
    return 0
