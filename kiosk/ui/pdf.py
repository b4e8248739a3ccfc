"""Print an HTML string to an A4 PDF file (attendance sheets, certificates, picture cards).

    pages = html_to_pdf(html, Path("lista.pdf"), "Asistencia 5º A", page_numbers=True)

Qt's own rich text engine (``QTextDocument``, the HTML subset Qt documents as "Supported HTML
Subset") laid out on a ``QPdfWriter``: no browser, no extra dependency.  Fonts are embedded, so
the text can be searched and copied.  Images: ``<img src="file:///...">`` (PNG, JPEG or SVG)
with ``width``/``height`` in CSS pixels (96 per inch, as on screen).  Use tables for layout;
``page-break-before: always`` / ``page-break-after: always`` on a block start a new page.

Needs a ``QGuiApplication`` (fonts); ``ensure_gui_app()`` makes an offscreen one for the
command line.

**Off the UI thread.**  ``render_pdf`` (same arguments) lays the document out in a child process
(``python -m kiosk.ui.pdf``) and waits for it, so the kiosk's compute lane can run it while the
window stays live.  Qt itself allows ``QTextDocument`` and ``QPainter`` on a ``QPdfWriter`` in
any thread (Qt 6 dropped ``QFontDatabase.supportsThreadedFontRendering()``: since Qt 5 it was
always true), but PySide6 keeps Python's GIL during ``QTextDocument.setHtml()`` and the layout:
in a thread of the kiosk's own process a month of 300 learners still froze the window for
1.3 s at a stretch.  A child costs ~0.5 s to start and reports progress (the layout, then page
after page); cancelling kills it.  The file appears complete or not at all (``.part`` first).

The attendance sheet (a month of hundreds of learners) does not go through here: a table that
long took Qt's rich text ~4 s to lay out; ``kiosk.ui.sheet_pdf`` draws it with ``QPainter``.
"""

from __future__ import annotations

import atexit
import base64
import json
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from kiosk.core.errors import Code, StorageProblem

RESOLUTION_DPI = 300
MARGIN_MM = 15.0
FOOTER_PT = 9


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen where there is no display)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1] or ["kiosk"])


Progress = Callable[..., None]  # progress(done, total=None, stage=None)


def pdf_writer(file: Path, title: str, *, landscape: bool, shown_as: Path | None = None) -> QPdfWriter:
    """A ``QPdfWriter`` on ``file`` (A4, 15 mm margins, our resolution), once the file is known
    to be writable: ``StorageProblem`` naming ``shown_as`` (default ``file``) otherwise."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with open(file, "ab"):
            pass
    except OSError as exc:
        raise StorageProblem(Code.FILE_NOT_WRITTEN, path=str(shown_as or file), detail=str(exc)) from exc
    writer = QPdfWriter(str(file))
    writer.setTitle(title)
    writer.setCreator("Telecentro")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout(landscape))
    return writer


def html_to_pdf(html: str, path: Path, title: str, *, page_numbers: bool = False,
                landscape: bool = False, base_url: Path | None = None,
                progress: Progress | None = None) -> int:
    """Write ``html`` to ``path`` as an A4 PDF (15 mm margins) and return the page count.

    ``page_numbers`` adds "n / N" at the bottom of each page.  ``base_url`` resolves relative
    image paths.  ``progress(0, None, "layout")`` is called before the layout and
    ``progress(n, pages, "pages")`` after each page.  A file that cannot be written raises
    ``StorageProblem``.  Runs here, in this thread: the UI uses ``render_pdf``."""
    app = ensure_gui_app()  # noqa: F841 - held while Qt lays the pages out
    path = Path(path)
    writer = pdf_writer(path, title, landscape=landscape)
    laid = lay_out(html, writer, page_numbers=page_numbers, base_url=base_url, progress=progress)
    painter = QPainter()
    if not painter.begin(writer):
        raise StorageProblem(Code.FILE_NOT_WRITTEN, path=str(path), detail="QPainter.begin failed")
    try:
        for page in range(laid.pages):
            if page:
                writer.newPage()
            laid.paint(painter, page)
            if progress is not None:
                progress(page + 1, laid.pages, "pages")
    finally:
        painter.end()
    return laid.pages


def page_layout(landscape: bool = False) -> QPageLayout:
    """A4 with 15 mm margins: the PDF's pages, the preview's and the printer's."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


class Laid:
    """``html`` laid out on a paint device's page (``width()`` x ``height()``, the area inside
    the margins): ``pages`` of them; ``paint(painter, page)`` draws one at the painter's origin.
    The same for a PDF file, a printer and the in-app preview's images."""

    def __init__(self, doc: QTextDocument, font: QFont, page_w: float, page_h: float,
                 page_numbers: bool) -> None:
        self.doc = doc
        self.font = font
        self.page_w = page_w
        self.page_numbers = page_numbers
        self.footer_h = (FOOTER_PT * 2.2 / 72.0) * doc.documentLayout().paintDevice().logicalDpiY() \
            if page_numbers else 0.0
        self.body_h = page_h - self.footer_h
        doc.setPageSize(QSizeF(page_w, self.body_h))
        self.pages = max(1, doc.pageCount())

    def paint(self, painter: QPainter, page: int) -> None:
        painter.save()
        painter.translate(0, -page * self.body_h)
        self.doc.drawContents(painter, QRectF(0, page * self.body_h, self.page_w, self.body_h))
        painter.restore()
        if self.page_numbers:
            footer_font = QFont(self.font)
            footer_font.setPointSizeF(FOOTER_PT)
            painter.setFont(footer_font)
            painter.drawText(QRectF(0, self.body_h, self.page_w, self.footer_h),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                             f"{page + 1} / {self.pages}")


def lay_out(html: str, device, *, page_numbers: bool = False, base_url: Path | None = None,
            progress: Progress | None = None) -> Laid:
    """Lay ``html`` out for ``device`` (a QPdfWriter, a QPrinter or a QImage)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    if base_url is not None:
        doc.setBaseUrl(QUrl.fromLocalFile(str(base_url).rstrip("/\\") + "/"))
    font = QFont()
    font.setFamilies(["Noto Sans", "DejaVu Sans", "Segoe UI", "Arial"])
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.documentLayout().setPaintDevice(device)
    if progress is not None:
        progress(0, None, "layout")
    doc.setHtml(html)
    return Laid(doc, font, float(device.width()), float(device.height()), page_numbers)


@dataclass(frozen=True)
class Printable:
    """A document the kiosk prints: written to a PDF file (``render``, in a child process) and
    shown or printed from the same HTML (``kiosk.ui.staff.pdf_preview``)."""

    html: str
    title: str
    landscape: bool = False
    page_numbers: bool = False
    base_url: Path | None = None

    def render(self, path: Path, progress: Progress | None = None) -> int:
        return render_pdf(self.html, path, self.title, page_numbers=self.page_numbers,
                          landscape=self.landscape, base_url=self.base_url, progress=progress)


# -- in a child process ----------------------------------------------------------------------

POLL_S = 0.2  # how often the waiting thread looks whether the task was cancelled


def render_pdf(html: str, path: Path, title: str, *, page_numbers: bool = False,
               landscape: bool = False, base_url: Path | None = None,
               progress: Progress | None = None) -> int:
    """``html_to_pdf`` in a child process: for a worker thread (the compute lane); blocks until
    the PDF is written and returns its page count.  ``progress`` as for ``html_to_pdf``; when
    it raises (a cancelled task), the child is killed and nothing is left at ``path``."""
    if getattr(sys, "frozen", False):  # a frozen build has no "python -m": lay out here
        return html_to_pdf(html, path, title, page_numbers=page_numbers, landscape=landscape,
                           base_url=base_url, progress=progress)
    path = Path(path)
    part = path.with_name(path.name + ".part")
    request = json.dumps({"html": html, "path": str(part), "title": title,
                          "page_numbers": page_numbers, "landscape": landscape,
                          "base_url": str(base_url) if base_url is not None else None})
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen([sys.executable, "-m", "kiosk.ui.pdf"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=errors, env=_child_env(),
                                 creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        _CHILDREN[child] = part
        try:
            pages, problem = _talk(child, request.encode("utf-8"), progress)
            code = child.wait()
        except BaseException:
            _stop(child, part)
            raise
        finally:
            _CHILDREN.pop(child, None)
        if problem is not None:
            _remove(part)
            raise problem
        if code != 0 or pages is None:
            _remove(part)
            errors.seek(0)
            tail = errors.read()[-2000:].decode("utf-8", "replace")
            raise RuntimeError(f"the PDF could not be laid out (exit {code}): {tail}")
    os.replace(part, path)
    return pages


_CHILDREN: dict[subprocess.Popen, Path] = {}  # laying out now -> its .part file


def _stop(child: subprocess.Popen, part: Path) -> None:
    child.kill()
    child.wait()
    _remove(part)


@atexit.register
def _stop_children() -> None:
    """The kiosk is closing during a layout: no child outlives it, no .part file stays."""
    for child, part in list(_CHILDREN.items()):
        _stop(child, part)


def _remove(part: Path) -> None:
    try:
        part.unlink(missing_ok=True)
    except OSError:
        pass


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])  # this very kiosk package, not another
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    if sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"  # fontconfig all the same; no display needed
    return env


def _talk(child: subprocess.Popen, request: bytes, progress: Progress | None
          ) -> tuple[int | None, BaseException | None]:
    """Send the request, relay the child's progress lines; (pages, the child's exception)."""
    lines: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def read() -> None:
        for raw in child.stdout:  # type: ignore[union-attr]
            lines.put(raw)
        lines.put(None)

    assert child.stdin is not None
    child.stdin.write(request)
    child.stdin.close()
    threading.Thread(target=read, name="kiosk-pdf-child", daemon=True).start()
    last: tuple = (0, None, "layout")
    while True:
        try:
            raw = lines.get(timeout=POLL_S)
        except queue.Empty:
            if progress is not None:
                progress(*last)  # raises when the task was cancelled meanwhile
            continue
        if raw is None:
            return None, None
        message = json.loads(raw)
        if "pages" in message:
            return message["pages"], None
        if "error" in message:
            return None, _exception(message["error"], message.get("text", ""))
        last = tuple(message["progress"])
        if progress is not None:
            progress(*last)


def _exception(pickled: str, text: str) -> BaseException:
    """The child's exception as it was raised there (a StorageProblem stays one)."""
    try:
        exc = pickle.loads(base64.b64decode(pickled))
    except Exception:  # noqa: BLE001 - an exception that does not travel: its text does
        return RuntimeError(f"the PDF could not be laid out: {text}")
    return exc if isinstance(exc, BaseException) else RuntimeError(text)


def _child_main() -> int:
    """``python -m kiosk.ui.pdf``: one request (JSON) on stdin; progress, then the page count
    or the exception (pickled: the parent raises it again), one JSON object a line on stdout."""
    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    out = sys.stdout

    def say(message: dict) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    try:
        pages = html_to_pdf(request["html"], Path(request["path"]), request["title"],
                            page_numbers=request["page_numbers"], landscape=request["landscape"],
                            base_url=Path(request["base_url"]) if request["base_url"] else None,
                            progress=lambda *values: say({"progress": list(values)}))
    except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
        say({"error": base64.b64encode(pickle.dumps(exc)).decode("ascii"),
             "text": "".join(traceback.format_exception(exc))[-2000:]})
        return 0
    say({"pages": pages})
    return 0


if __name__ == "__main__":
    sys.exit(_child_main())
