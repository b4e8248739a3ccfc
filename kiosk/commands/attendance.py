"""``kiosk export attendance``: the attendance export from the command line."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.attendance.export import AttendanceExport, sheet_title, write_csv, write_xlsx
from kiosk.config import Config

# render_pdf(month sheets, path, title, *, site_name, class_name, lang) -> pages: kiosk.cli passes
# kiosk.ui.sheet_pdf.write_sheet_pdf (commands never import the UI: the UI imports commands)
SheetRenderer = Callable[..., int]


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


def cli_main(args: Any, config: Config, *, render_pdf: SheetRenderer) -> int:
    """``kiosk export attendance --from D --to D [--class NAME] --format csv|xlsx|pdf --out FILE``.
    ``render_pdf`` draws the month sheets (``kiosk.cli`` passes ``kiosk.ui.sheet_pdf``'s, the
    exports page's own).

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

    from kiosk.backend import open_backend
    from kiosk.commands.storage_words import storage_words
    from kiosk.core.errors import EnvironmentProblem, StorageProblem

    try:
        store = open_backend(config, read_only=True)  # never the write lock: works beside a busy kiosk
    except StorageProblem as exc:
        return fail(storage_words(exc, config.home), 2)
    except EnvironmentProblem as exc:
        return fail(f"no se pudo abrir los datos de «{config.home}»: {exc}", 2)
    existed = out.exists()
    try:
        return _export(args, store, (date_from, date_to), out, fmt, fail, config, render_pdf)
    except StorageProblem as exc:  # e.g. a damaged page met half-way: words, never a traceback
        import logging

        logging.getLogger(__name__).warning("attendance export failed: %s (%s)", exc.code, exc.detail)
        if not existed:
            out.unlink(missing_ok=True)  # no half-written file left to be taken for the export
        return fail(storage_words(exc, config.home), 2)
    finally:
        store.close()


def _export(args: Any, store: Any, days: tuple[date, date], out: Path, fmt: str, fail: Any, config: Config,
            render_pdf: SheetRenderer) -> int:
    """The export itself, on an open (read-only) back end; a support record (kind, rows) when done."""
    from kiosk.core.support_log import support_event

    date_from, date_to = days
    from sqlalchemy.exc import DatabaseError

    from kiosk.store.engine import storage_problem

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
                from kiosk.attendance.sheet_html import build_sheets

                site = service.site_name()
                pages = render_pdf(build_sheets(rows, date_from, date_to), out, sheet_title(lang, site),
                                   site_name=site, class_name=class_name, lang=lang)
                done = AttendanceExport.tr("%n page(s)", "", pages)
                written = -1
            else:
                return fail(f"formato desconocido: {fmt!r} (usá csv, xlsx o pdf).")
        except OSError as exc:
            return fail(f"no se pudo escribir «{out}»: {exc.strerror or exc}.")
        finally:
            rows.close()
        support_event("export", kind="attendance", format=fmt, rows=written if written >= 0 else None,
                      pages=pages if fmt == "pdf" else None, whole_site=class_id is None, via="cli")
        print(AttendanceExport.tr("Done: {what} in {file}").format(what=done, file=out))
        return 0
    except DatabaseError as exc:
        raise storage_problem(exc, config.db_path) from exc
