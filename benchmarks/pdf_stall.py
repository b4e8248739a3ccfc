"""The longest UI-thread stall while the coordinator exports the attendance PDF (DESIGN.md:
"attendance PDF, a month of 300 learners: off the UI thread").  Run on demand, never in the
test suite:

    .venv/bin/python benchmarks/pdf_stall.py [--learners 300] [--cases month,year,cards]

A QTimer ticks every 10 ms on the main thread while the export runs; the figure is the longest
gap between two ticks (10 ms = never blocked).  Two ways, on the same data:

* before -- the flow this kiosk had until issue 7: rows read and HTML built on the worker, the
  PDF laid out by ``html_to_pdf`` in the main thread's callback;
* after  -- the exports page as it is (``ExportsPage.export_to``): the month sheets folded on
  the database lane, drawn page by page on the compute lane (``kiosk.ui.sheet_pdf``).

``cards`` does the same for the picture-password cards of a class of 30 (``write_pdf`` on the
main thread before, ``pdf_job`` on the compute lane after).  Builds a temporary kiosk home with
N learners who each come on ~30 % of the days; a month is March, a year is 2025.  The "idle"
line is the same meter with nothing to do: the machine's own noise.

What is left "after" is not the PDF: it is ``MainThreadGC`` (kiosk.ui.tasks) running Python's
full collection on the main thread after the database lane made many objects (~100-150 ms
on a busy 2-core machine; measure with ``gc.callbacks``).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QEventLoop, QTimer  # noqa: E402

from kiosk.core.clock import LOCAL_TZ  # noqa: E402
from kiosk.store.models import LearnerSession  # noqa: E402
from kiosk.backend import Backend  # noqa: E402

SPANS = {"month": (date(2025, 3, 1), date(2025, 3, 31)), "year": (date(2025, 1, 1), date(2025, 12, 31))}


class StallMeter:
    """Ticks every 10 ms on the main thread; ``max_gap_ms`` is the longest time between ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()  # the gap up to the end counts too
        return max(self.gaps) * 1000


def build(home: Path, learners: int) -> Backend:
    store = Backend.open(home / "kiosk.sqlite3")
    store.site.update(site_name="Telecentro Benchmark")
    rnd = random.Random(7)
    bands = ["8-11", "12-17", "adult"]
    people = [store.learners.register(f"Estudiante {i:03d}", "tatu.svg", bands[i % 3], "learner")
              for i in range(learners)]
    rows = []
    day = date(2025, 1, 1)
    while day.year == 2025:
        for person in people:
            if rnd.random() < 0.3:
                start = datetime(day.year, day.month, day.day, rnd.randint(8, 18), rnd.randint(0, 59),
                                 tzinfo=LOCAL_TZ).astimezone(UTC)
                end = start + timedelta(minutes=rnd.randint(5, 90))
                rows.append(LearnerSession(device_id=store.device_id, learner_id=person.id, started_at=start,
                                           last_seen_at=end, ended_at=end, end_reason="exit"))
        day += timedelta(days=1)
    with store.db.transaction() as session:
        session.add_all(rows)
    return store


def run_until(loop: QEventLoop, meter: StallMeter, start) -> tuple[float, float]:
    """Start the work, spin the event loop until it quits; (longest stall ms, seconds)."""
    meter.start()
    began = time.perf_counter()
    QTimer.singleShot(0, start)
    loop.exec()
    seconds = time.perf_counter() - began
    return meter.stop(), seconds


def attendance_before(tasks, store, span, path: Path) -> tuple[float, float]:
    from kiosk.attendance.export import sheet_title
    from kiosk.attendance.sheet_html import build_sheets, sheet_html
    from kiosk.ui.pdf import html_to_pdf

    loop, meter = QEventLoop(), StallMeter()

    def work():
        stream = store.attendance.rows(*span)
        try:
            sheets = build_sheets(stream, *span)
        finally:
            stream.close()
        site = store.attendance.site_name()
        return sheet_html(sheets, site_name=site, class_name=None, lang="es"), site

    def done(result) -> None:  # what the page's callback did: lay out on the main thread
        html, site = result
        html_to_pdf(html, path, sheet_title("es", site), landscape=True, page_numbers=True)
        loop.quit()

    return run_until(loop, meter, lambda: tasks.run(work, done))


def attendance_after(page, span, path: Path) -> tuple[float, float]:
    loop, meter = QEventLoop(), StallMeter()
    page.date_from.setDate(QDate(span[0].year, span[0].month, span[0].day))
    page.date_to.setDate(QDate(span[1].year, span[1].month, span[1].day))
    page.format_box.setCurrentIndex(page.format_box.findData("pdf"))
    page.exported.connect(loop.quit)
    try:
        return run_until(loop, meter, lambda: page.export_to(path))
    finally:
        page.exported.disconnect(loop.quit)


def cards_case(tasks, path_before: Path, path_after: Path) -> tuple[tuple[float, float], tuple[float, float]]:
    from kiosk.ui.staff.cards import Card, PictureCards

    cards = [Card(f"Estudiante {i:02d}", "tatu.svg", ("manzana", "barco", "llave")) for i in range(30)]
    loop, meter = QEventLoop(), StallMeter()

    def before() -> None:
        PictureCards("es").write_pdf(cards, "5º A", path_before)
        loop.quit()

    first = run_until(loop, meter, before)
    loop, meter = QEventLoop(), StallMeter()
    job = PictureCards("es").pdf_job(cards, "5º A", path_after)
    second = run_until(loop, meter, lambda: tasks.compute.run(job, lambda _pages: loop.quit()))
    return first, second


def idle(seconds: float = 2.0) -> tuple[float, float]:
    loop, meter = QEventLoop(), StallMeter()
    return run_until(loop, meter, lambda: QTimer.singleShot(int(seconds * 1000), loop.quit))


def page_count(path: Path) -> int | str:
    try:
        from pypdf import PdfReader
    except ImportError:
        return "?"
    return len(PdfReader(path).pages)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=300)
    parser.add_argument("--cases", default="month,year,cards")
    args = parser.parse_args()
    cases = args.cases.split(",")

    from kiosk.app import create_app
    from kiosk.ui.main_window import BackendRef
    from kiosk.ui.staff.context import StaffContext, StaffMember
    from kiosk.ui.staff.exports import ExportsPage
    from kiosk.ui.tasks import TaskRunner

    app = create_app()
    with tempfile.TemporaryDirectory(prefix="kiosk-pdf-stall-") as folder:
        home = Path(folder)
        store = build(home, args.learners)
        tasks = TaskRunner()
        ref = BackendRef()
        ref.store = store
        problems: list[BaseException] = []
        ctx = StaffContext(StaffMember("bench", "Bench", "coordinator"), tasks, ref, lambda: None, "es",
                           problems.append)
        page = ExportsPage(ctx)
        page.resize(1100, 680)
        page.show()
        tasks.wait_idle(30)
        app.processEvents()
        print(f"{args.learners} learners; longest UI-thread stall (a 10 ms timer) and wall time")
        print(f"{'case':<8}{'pages':>6}  {'before: stall':>14} {'time':>7}   {'after: stall':>13} {'time':>7}")
        stall, seconds = idle()
        print(f"{'idle':<8}{'':>6}  {'':>14} {'':>7}   {stall:>10.0f} ms {seconds:>6.1f}s", flush=True)
        for case in cases:
            if case == "cards":
                (b_stall, b_time), (a_stall, a_time) = cards_case(tasks, home / "b.pdf", home / "a.pdf")
                pages = page_count(home / "a.pdf")
            else:
                span = SPANS[case]
                b_stall, b_time = attendance_before(tasks, store, span, home / f"before-{case}.pdf")
                a_stall, a_time = attendance_after(page, span, home / f"after-{case}.pdf")
                pages = page_count(home / f"after-{case}.pdf")
            print(f"{case:<8}{pages!s:>6}  {b_stall:>11.0f} ms {b_time:>6.1f}s   {a_stall:>10.0f} ms {a_time:>6.1f}s",
                  flush=True)
        tasks.shutdown()
        store.close()
        if problems:
            print("problems:", problems)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
