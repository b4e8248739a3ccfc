"""``kiosk export attendance``: the attendance export from the command line."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.attendance.export import AttendanceExport, PdfRenderer, write_csv, write_pdf, write_xlsx
from kiosk.config import Config

def parse_day(text: str, option: str) -> date:
    """A YYYY-MM-DD date, or ``ValueError`` with a Spanish message naming the option."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            raise ValueError
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"la fecha de {option} no es válida: «{text}». Usá una fecha real con el formato AAAA-MM-DD, por ejemplo 2025-03-31."
        ) from None


def cli_main(args: Any, config: Config, *, render_pdf: PdfRenderer) -> int:
    """``kiosk export attendance --from D --to D [--class NAME] --format csv|xlsx|pdf --out FILE``.
    ``render_pdf`` lays out the PDF (``kiosk.cli`` passes ``kiosk.ui.pdf``'s).

    Exit 0 when written, 1 on bad input (dates, class, output file), 2 when the kiosk's
    data cannot be opened."""
    def fail(message: str, code: int = 1) -> int:
        print(f"kiosk export: {message}", file=sys.stderr)
        return code

    try:
        date_from = parse_day(args.date_from, "--from")
        date_to = parse_day(args.date_to, "--to")
    except ValueError as exc:
        return fail(str(exc))
    if date_from > date_to:
        return fail(f"la fecha de --from ({date_from.isoformat()}) es posterior a la de --to ({date_to.isoformat()}).")
    fmt = getattr(args, "format", "csv")
    out = Path(args.out).expanduser()
    if out.is_dir():
        return fail(f"«{out}» es una carpeta: indicá un nombre de archivo con --out.")
    if not out.parent.is_dir():
        return fail(f"no existe la carpeta «{out.parent}» para guardar el archivo.")
    if not config.db_path.is_file():
        return fail(f"no hay datos del kiosco en «{config.home}» (falta {config.db_path.name}).", 2)

    from kiosk.core.errors import EnvironmentProblem
    from kiosk.backend import open_backend

    try:
        store = open_backend(config)
    except EnvironmentProblem as exc:
        return fail(f"no se pudo abrir los datos de «{config.home}»: {exc}", 2)
    try:
        service = store.attendance
        class_id = None
        class_name = getattr(args, "class_name", None)
        if class_name:
            found = service.find_class(class_name)
            if found is None:
                from kiosk.core.names import clean_name  # old names may hold terminal escapes

                names = ", ".join(clean_name(c.name) for c in service.list_classes()) or "ninguna"
                return fail(f"no hay ninguna clase llamada «{class_name}». Clases de este sitio: {names}.")
            class_id, class_name = found.id, found.name
        lang = getattr(args, "export_lang", None) or config.lang
        rows = service.rows(date_from, date_to, class_id)
        try:
            if fmt == "csv":
                written = write_csv(rows, out, sep=getattr(args, "sep", ",") or ",", lang=lang)
                done = AttendanceExport.tr("%n row(s)", "", written)
            elif fmt == "xlsx":
                written = write_xlsx(rows, out, lang=lang)
                done = AttendanceExport.tr("%n row(s)", "", written)
            elif fmt == "pdf":
                site = service.site_name()
                pages = write_pdf(rows, out, render=render_pdf, date_from=date_from, date_to=date_to, site_name=site,
                                  class_name=class_name, lang=lang)
                done = AttendanceExport.tr("%n page(s)", "", pages)
            else:
                return fail(f"formato desconocido: {fmt!r} (usá csv, xlsx o pdf).")
        except OSError as exc:
            return fail(f"no se pudo escribir «{out}»: {exc.strerror or exc}.")
        finally:
            rows.close()
        print(AttendanceExport.tr("Done: {what} in {file}").format(what=done, file=out))
        return 0
    finally:
        store.close()
