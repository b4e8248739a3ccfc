"""The turtle studio as a learner meets it (issue 12, point 8). Run on demand, never in the tests:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_turtle_studio.py [--runs 15]

Three figures, each through the real widgets (``kiosk/ui/activities/turtle.py`` building a
``TurtleStudio`` for a shipped challenge):

* open -- from nothing to the studio shown with the challenge's target painted on its canvas:
  the activity widget built (the reference program run for the target), shown, and the canvas's
  first paint done. "cold" is the first one in the process (the studio's modules imported, the
  reference program not yet cached); then the median of ``--runs``. Blocks mode
  (``programacion/repetir/el-cuadrado#cuadrado``) and text mode (``repetir-en-texto#octogono``).
* frames -- a 16 ms ``QTimer`` on the main thread calls ``canvas.update()``; every paint of the
  canvas is stamped. While a hostile program runs through the studio's real path (Run pressed:
  the sandbox's child process, on the window's compute lane of a ``TaskRunner``) the figure is
  the median and the longest interval between two paints (16 ms = never blocked). Programs: an
  endless ``while True: pass`` (stopped by the step budget), a huge loop that draws 10,000 moves
  (the move limit: the drawing then plays at the fastest speed), and ``while True: pass`` with
  no step budget, so the child burns the CPU until the 5 s wall clock kills it. The "idle" line
  is the same meter with nothing running: the machine's own noise.
* check -- a typical challenge (the blocks square, solved) end to end as the studio does it on
  its lane: ``run_program`` (child process) + ``grade``; and in process (``run_in_process`` +
  ``grade``); and ``grade`` alone on a result already there (the checker's part).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BLOCKS = ("programacion/repetir/el-cuadrado", "cuadrado")
TEXT = ("programacion/repetir/repetir-en-texto", "octogono")
SQUARE = "repetir 4:\n    avanzar(100)\n    derecha(90)\n"
HOSTILE = {
    "while True: pass (step budget)": ("while True:\n    pass\n", None),
    "huge loop, 10,000 moves drawn": ("repetir 5000:\n    avanzar(3)\n    derecha(7)\n", None),
    "while True: pass, 5 s wall clock": ("while True:\n    pass\n", "wall"),
}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


class PaintStamps:
    """Stamps every paint of ``widget`` (an event filter); ``wait_paint`` spins until one."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        stamps = self.stamps = []

        class Filter(QObject):
            def eventFilter(self, _obj, event):  # noqa: N802 - Qt name
                if event.type() == QEvent.Type.Paint:
                    stamps.append(time.perf_counter())
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)


def activity_of(catalog, lesson_id: str, activity_id: str):
    lesson = catalog.lesson(lesson_id, "es")
    return next(a for page in lesson.pages for a in page.activities if a.id == activity_id)


def open_once(app, activity, cold: bool = False) -> tuple[float, object]:
    """From nothing to the studio painted: seconds, and the widget (to close)."""
    start = time.perf_counter()
    if cold:
        import kiosk.ui.activities.turtle  # noqa: F401 - the cold open imports the studio
    from kiosk.ui.activities import widget_for

    widget = widget_for(activity)
    painted = PaintStamps(widget.studio.canvas)
    widget.resize(1280, 640)
    widget.show()
    while not painted.stamps:
        app.processEvents()
    return painted.stamps[0] - start, widget


def bench_open(app, catalog, runs: int) -> list[tuple[str, str]]:
    rows = []
    for label, (lesson_id, activity_id) in (("blocks", BLOCKS), ("text", TEXT)):
        activity = activity_of(catalog, lesson_id, activity_id)
        cold, widget = open_once(app, activity, cold=label == "blocks")
        widget.close()
        widget.deleteLater()
        times = []
        for _ in range(runs):
            took, widget = open_once(app, activity)
            times.append(took)
            widget.close()
            widget.deleteLater()
            app.processEvents()
        rows.append((f"open the studio, {label} mode ({activity_id})",
                     f"first {ms(cold)}, then median {ms(statistics.median(times))} (slowest {ms(max(times))})"))
    return rows


def frames_during(app, widget, program: str | None, seconds: float) -> tuple[list[float], float]:
    """Paint intervals of the canvas (a 16 ms timer asks for them) while ``program`` is run
    through the studio's Run button; at least ``seconds``, and until the run has played out."""
    from PySide6.QtCore import QTimer

    studio = widget.studio
    stamps = PaintStamps(studio.canvas)
    ticker = QTimer()
    ticker.setInterval(16)
    ticker.timeout.connect(studio.canvas.update)
    finished = []
    studio.run_finished.connect(finished.append)
    studio.reset()
    if program is not None:
        studio.set_program_source(program)
    ticker.start()
    start = time.perf_counter()
    if program is not None:
        studio.run_button.click()
    while time.perf_counter() - start < seconds or (program is not None and not finished):
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > 30:
            break
    ran = time.perf_counter() - start
    ticker.stop()
    studio.run_finished.disconnect(finished.append)
    widget.studio.canvas.removeEventFilter(stamps.filter)
    gaps = [b - a for a, b in zip(stamps.stamps, stamps.stamps[1:])]
    return gaps, ran


def bench_frames(app, catalog) -> list[tuple[str, str]]:
    import kiosk.ui.activities.turtle as turtle_widget
    from kiosk.turtle.model import Limits
    from kiosk.turtle.sandbox import run_program
    from kiosk.ui.activities import widget_for
    from kiosk.ui.tasks import TaskRunner

    runner = TaskRunner()
    widget = widget_for(activity_of(catalog, *TEXT))  # text mode: any program can be written
    widget.attach(tasks=runner, lang="es")
    widget.resize(1280, 640)
    widget.show()
    widget.studio.speed.setValue(turtle_widget.FASTEST)
    rows = []
    gaps, _ = frames_during(app, widget, None, 3.0)
    rows.append(("paint interval, idle (16 ms timer)",
                 f"median {ms(statistics.median(gaps))}, longest {ms(max(gaps))}"))
    real = turtle_widget._sandbox
    try:
        for name, (program, how) in HOSTILE.items():
            if how == "wall":
                turtle_widget._sandbox = lambda: (lambda s, lang: run_program(s, lang, Limits(steps=10**12)))
            else:
                turtle_widget._sandbox = real
            gaps, ran = frames_during(app, widget, program, 2.0)
            said = widget.verdict.feedback[0].code if widget.verdict and widget.verdict.feedback else "-"
            error = widget.studio.result.error.code if widget.studio.result and widget.studio.result.error else "-"
            rows.append((f"paint interval during Run: {name}",
                         f"median {ms(statistics.median(gaps))}, longest {ms(max(gaps))} "
                         f"over {ran:.1f} s ({len(gaps)} paints; error {error}; verdict {said})"))
    finally:
        turtle_widget._sandbox = real
        widget.close()
        runner.shutdown()
    return rows


def bench_check(catalog, runs: int) -> list[tuple[str, str]]:
    from kiosk.turtle.challenge import grade, reference
    from kiosk.turtle.interpreter import run_in_process
    from kiosk.turtle.sandbox import run_program

    spec = activity_of(catalog, *BLOCKS).spec
    reference(spec, "es")  # the target, as the open studio already has it
    rows = []
    for label, run in (("sandbox child process", run_program), ("in process", run_in_process)):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            verdict = grade(SQUARE, spec, "es", run(SQUARE, "es"))
            times.append(time.perf_counter() - start)
        assert verdict.passed
        rows.append((f"run + check the square, {label}",
                     f"median {ms(statistics.median(times))} (slowest {ms(max(times))})"))
    result = run_in_process(SQUARE, "es")
    times = []
    for _ in range(runs * 10):
        start = time.perf_counter()
        grade(SQUARE, spec, "es", result)
        times.append(time.perf_counter() - start)
    rows.append(("check alone (grade: shape + check), the square",
                 f"median {ms(statistics.median(times))} (slowest {ms(max(times))})"))
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--only", choices=["open", "frames", "check"], default=None)
    args = parser.parse_args(argv)
    from kiosk import resources
    from kiosk.app import create_app, install_translators
    from kiosk.content.catalog import load_catalog

    app = create_app()
    install_translators(app, "es")
    catalog = load_catalog(resources.lessons_dir())
    rows: list[tuple[str, str]] = []
    if args.only in (None, "open"):
        rows += bench_open(app, catalog, args.runs)
    if args.only in (None, "frames"):
        rows += bench_frames(app, catalog)
    if args.only in (None, "check"):
        rows += bench_check(catalog, args.runs)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n{os.cpu_count()} cores, load {load:.2f}, Qt platform {app.platformName()}")
    width = max(len(name) for name, _ in rows)
    for name, figure in rows:
        print(f"{name:<{width}}  {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
