"""The public page (Spanish): monthly totals with small cells hidden, CSV, bundle upload form.

Plain HTML built here (no template engine); every value goes through ``html.escape``.
"""

from __future__ import annotations

import csv
import io
from html import escape
from urllib.parse import urlencode

from kiosk.collector.counts import METRICS
from kiosk.collector.totals import NO_DIM, PublicRow, column_key
from kiosk.core.names import spreadsheet_text

METRIC_LABELS = {
    "visits": "Visitas a lecciones",
    "sessions": "Ingresos (inicios de sesión)",
    "minutes": "Minutos en lecciones",
    "lessons_completed": "Lecciones completadas",
    "modules_completed": "Módulos completados",
    "learners_reached": "Personas alcanzadas por primera vez",
    "workshop_participants": "Participantes en talleres",
}
ROLE_LABELS = {"learner": "Estudiantes", "teacher": "Docentes", "parent": "Familias", NO_DIM: "Sin rol"}
AGE_LABELS = {"8-11": "8 a 11 años", "12-17": "12 a 17 años", "adult": "adultos", NO_DIM: "sin edad"}

STYLE = """
body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;
color:#1d2733;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}
th,td{border:1px solid #c9d2dc;padding:.3rem .6rem;text-align:right}th{background:#eef2f6}
td.t,th.t{text-align:left;white-space:nowrap}td.h{color:#6b7785}
form.f{display:flex;flex-wrap:wrap;gap:.8rem;align-items:end;background:#f6f8fa;padding:.8rem;
border-radius:.4rem}label{display:flex;flex-direction:column;font-size:.9rem}
.note{font-size:.9rem;color:#4a5663}.ok{background:#e6f4ea;padding:.8rem}.bad{background:#fdecea;padding:.8rem}
"""


def _page(title: str, body: str) -> str:
    return (
        "<!doctype html>\n<html lang=\"es\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )


def column_label(col: tuple[str, str]) -> str:
    role, age = col
    return f"{ROLE_LABELS.get(role, role)}, {AGE_LABELS.get(age, age)}"


def _value(v: int | str) -> str:
    return f'<td class="h">{escape(v)}</td>' if isinstance(v, str) else f"<td>{v:,}</td>".replace(",", ".")


def _total(v: int | str) -> str:
    text = escape(v) if isinstance(v, str) else f"{v:,}".replace(",", ".")
    return f'<td class="{"h" if isinstance(v, str) else ""}"><b>{text}</b></td>'


def _cell(row: PublicRow, col: tuple[str, str]) -> str:
    """A breakdown cell: its value or mark; "—" when nothing was counted; blank when the row
    shows only its total."""
    if not row.cells:
        return '<td class="h"></td>'
    return _value(row.cells[col]) if col in row.cells else '<td class="h">—</td>'


def index_page(rows: list[PublicRow], sites: list[str], params: dict[str, str]) -> str:
    metric_options = "".join(
        f'<option value="{m}"{" selected" if params.get("metrica") == m else ""}>{escape(METRIC_LABELS[m])}</option>'
        for m in METRICS
    )
    site_options = "".join(
        f'<option value="{escape(s)}"{" selected" if params.get("sitio") == s else ""}>{escape(s)}</option>'
        for s in sites
    )
    form = (
        '<form class="f" method="get" action="/">'
        f'<label>Indicador<select name="metrica"><option value="">Todos</option>{metric_options}</select></label>'
        f'<label>Telecentro<select name="sitio"><option value="">Todos</option>{site_options}</select></label>'
        f'<label>Desde<input type="month" name="desde" value="{escape(params.get("desde", ""))}"></label>'
        f'<label>Hasta<input type="month" name="hasta" value="{escape(params.get("hasta", ""))}"></label>'
        '<button type="submit">Ver</button></form>'
    )
    query = urlencode({k: v for k, v in params.items() if v})
    sections = []
    for metric in METRICS:
        metric_rows = [r for r in rows if r.metric == metric]
        if not metric_rows:
            continue
        columns = sorted({c for r in metric_rows for c in r.cells}, key=column_key)
        head = "".join(f"<th>{escape(column_label(c))}</th>" for c in columns)
        body = "".join(
            f'<tr><td class="t">{escape(r.month)}</td><td class="t">{escape(r.site)}</td>'
            + "".join(_cell(r, c) for c in columns)
            + _total(r.total)
            + "</tr>"
            for r in metric_rows
        )
        sections.append(
            f"<h2>{escape(METRIC_LABELS[metric])}</h2>"
            f'<table><thead><tr><th class="t">Mes</th><th class="t">Telecentro</th>{head}<th>Total</th></tr></thead>'
            f"<tbody>{body}</tbody></table>"
        )
    tables = "".join(sections) or "<p>Todavía no hay datos para lo que elegiste.</p>"
    upload = (
        "<h2>Cargar un paquete USB</h2>"
        "<p class=\"note\">Para los telecentros sin internet: el archivo <code>telecentro-….zip</code> que "
        "guardó el kiosco. Hace falta una clave de administración.</p>"
        '<form class="f" method="post" action="/paquetes" enctype="multipart/form-data">'
        # The token first: browsers send the fields in this order, so a wrong token is refused
        # before the file is read (kiosk/collector/uploads.py).
        '<label>Clave de administración<input type="password" name="token" autocomplete="off" required></label>'
        '<label>Paquete<input type="file" name="paquete" accept=".zip" required></label>'
        '<button type="submit">Cargar</button></form>'
    )
    body = (
        "<h1>Telecentro: uso de los kioscos</h1>"
        "<p class=\"note\">Totales por mes, telecentro, rol y franja de edad. Son conteos: nunca datos de "
        "personas. Para proteger a las personas, los valores de 1 a 4 se muestran como «&lt;5»; para que "
        "no se puedan deducir restando del total, a veces también se oculta otro valor de la misma fila "
        "(«5+»: 5 o más). Si el total de una fila es menor que 5, y a veces en filas con pocos datos, se "
        "muestra solo el total.</p>"
        f"{form}<p><a href=\"/totales.csv{'?' + escape(query) if query else ''}\">Descargar CSV</a></p>"
        f"{tables}{upload}"
    )
    return _page("Telecentro: uso de los kioscos", body)


def csv_text(rows: list[PublicRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["indicador", "mes", "telecentro", "rol", "franja_edad", "valor"])
    for r in rows:
        for col in sorted(r.cells, key=column_key):
            writer.writerow([r.metric, r.month, spreadsheet_text(r.site), col[0], col[1], r.cells[col]])
        writer.writerow([r.metric, r.month, spreadsheet_text(r.site), "total", "total", r.total])
    return out.getvalue()


def message_page(title: str, message: str, ok: bool) -> str:
    body = (
        f"<h1>{escape(title)}</h1><p class=\"{'ok' if ok else 'bad'}\">{escape(message)}</p>"
        '<p><a href="/">Volver</a></p>'
    )
    return _page(title, body)
