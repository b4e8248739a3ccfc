"""Benchmarks against DESIGN.md's budget.  Run on demand, never in the test suite:

    ./dev bench                 # all
    ./dev bench startup memory lesson
    ./dev bench startup --learners 500   # the demo home topped up to 500 learners in 10 classes
    ./dev bench render          # the slowest lesson page the limits let through (benchmarks/render.py)

Figures are medians on this machine.  Uses a demo home in a temporary folder; a real window
under Xvfb when DISPLAY is set, else Qt's offscreen platform.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET = {"startup": 0.6, "memory": 110.0, "lesson": 0.080, "render": 1.0}


def env() -> dict[str, str]:
    e = dict(os.environ)
    if not e.get("DISPLAY"):
        e["QT_QPA_PLATFORM"] = "offscreen"
    e["KIOSK_WINDOWED"] = "1"
    return e


def make_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    subprocess.run([sys.executable, "-m", "kiosk", "demo", "--home", str(home)], check=True, cwd=ROOT, env=env(),
                   stdout=subprocess.DEVNULL)
    return home


NAMES = ["Lucía", "Mateo", "Sofía", "Tiago", "Ana", "José", "Valentina", "Bruno", "Camila", "Dylan", "Fátima",
         "Gael", "Isabella", "Ñandutí", "Kaʼaguy", "Rocío", "Tomás", "Aylén", "Derlis", "Celeste", "María José",
         "Juan Pablo", "Ángel", "Zulma", "Yanina", "Wilson", "Verónica", "Liz", "Nahuel", "Pedro", "Ramón",
         "Sandra", "Hugo", "Gisela", "Emilia", "Diego", "Clara", "Abigail", "Guadalupe", "Jazmín", "Kevin",
         "Lourdes", "Marcos", "Nicolás", "Paola", "Rodrigo", "Sebastián", "Tania", "Víctor", "Walter"]


def fill_learners(home: Path, total: int) -> int:
    """Top the home up to ``total`` active learners in 10 classes, through the back end's CSV
    roster import (as a coordinator would); returns how many learners the home has."""
    sys.path.insert(0, str(ROOT))
    from kiosk.backend import Backend

    with Backend.open(home / "kiosk.sqlite3") as backend:
        missing = total - backend.learners.count_active()
        lines = ["nombre;edad;rol;clase"]
        for i in range(max(0, missing)):
            name = NAMES[(i // 10) % len(NAMES)]
            if i // 10 >= len(NAMES):
                name = f"{name} {chr(ord('A') + i // (10 * len(NAMES)))}."
            lines.append(f"{name};{('8-11', '12-17', 'adulto')[i % 3]};estudiante;Grado {i % 10 + 1}")
        if missing > 0:
            backend.roster.run_import(("\n".join(lines) + "\n").encode("utf-8"))
        return backend.learners.count_active()


def bench_startup(home: Path, runs: int = 5) -> float:
    """Wall time from process spawn to the sign-in screen showing its learners."""
    times = []
    for i in range(runs + 1):  # the first run warms the disk cache and is dropped
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", "--home", str(home), "--bench-startup"],
                                cwd=ROOT, env=env(), stdout=subprocess.PIPE, text=True)
        for line in proc.stdout:
            if line.startswith("signin-ready"):
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError("the kiosk quit before showing the sign-in screen")
        proc.wait(30)
        if i:
            times.append(elapsed)
    print(f"  launch to sign-in runs: {', '.join(f'{t:.3f}' for t in times)} s")
    return statistics.median(times)


def bench_memory(home: Path) -> float:
    """Peak RSS (MB) of a kiosk process that signs a learner in and reads two lessons."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "walk.py"), str(home), "memory"], check=True,
                   cwd=ROOT, env=env())
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak_kb < before:
        raise RuntimeError("could not read the child's peak memory")
    return peak_kb / 1024


def bench_lesson(home: Path) -> float:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "walk.py"), str(home), "lesson"], check=True,
                         cwd=ROOT, env=env(), capture_output=True, text=True).stdout
    values = [float(line.split()[1]) for line in out.splitlines() if line.startswith("open-lesson")]
    print(f"  open a lesson runs: {', '.join(f'{v * 1000:.1f}' for v in values)} ms")
    return statistics.median(values)


def main(argv: list[str]) -> int:
    learners = None
    if "--learners" in argv:
        at = argv.index("--learners")
        learners = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    wanted = argv or ["startup", "memory", "lesson", "render"]
    home = make_home()
    print(f"demo home: {home}  (platform: {'xcb' if os.environ.get('DISPLAY') else 'offscreen'})")
    if learners is not None:
        print(f"learners on the home: {fill_learners(home, learners)}")
    rows = []
    if "startup" in wanted:
        what = f"launch to sign-in screen, {learners} learners" if learners else "launch to sign-in screen"
        rows.append((f"{what} (median of 5, warm)", bench_startup(home), BUDGET["startup"], "s"))
    if "memory" in wanted:
        rows.append(("peak RSS, sign in + two lessons", bench_memory(home), BUDGET["memory"], "MB"))
    if "lesson" in wanted:
        rows.append(("open a lesson: parse + render + show (median)", bench_lesson(home), BUDGET["lesson"], "s"))
    if "render" in wanted:
        from render import worst_page  # benchmarks/render.py

        rows.append(("slowest page: 8 hostile + worst allowed", worst_page(), BUDGET["render"], "s"))
    print()
    print(f"{'figure':52} {'measured':>10} {'budget':>8}")
    for name, value, budget, unit in rows:
        shown = f"{value * 1000:.1f} ms" if unit == "s" and value < 1 else f"{value:.2f} {unit}"
        limit = f"{budget * 1000:.0f} ms" if unit == "s" and budget < 1 else f"{budget:g} {unit}"
        verdict = "ok" if value <= budget else "OVER"
        print(f"{name:52} {shown:>10} {limit:>8}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
