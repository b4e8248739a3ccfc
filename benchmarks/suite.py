"""The low-spec benchmark suite of issue 14 (DESIGN.md "Performance budget"); medians of 5.

    ./dev bench                                   # every item, normal conditions
    ./dev bench launch150 rss lesson             # some items (names below)
    ./dev bench --cpu1 --slow-disk               # also launch and lesson-open on 1 CPU and a slow disk
    ./dev bench bundle --bundle dist/kiosk/kiosk  # time a built bundle's start
    ./dev bench --large-home /tmp/kiosk-large grid difficult

Items: bare (a bare PySide6 window: the reference of the launch budget), launch150 launch500 (spawn to sign-in showing its learners), rss (peak RSS to sign-in,
and after opening a lesson), lesson (open a lesson of each activity kind), answer
(``progress.record_attempt``), grid and difficult (on the large generated database, built
once with ``kiosk demo --large``: a few minutes), import (1,000 learners), export (20,000
visits), pdf (attendance PDF, a month, 300 learners), bundle (``--bundle PATH``, else
skipped).  ``render`` and the older figures stay in ``benchmarks/run.py --old``.

``--cpu1`` runs launch, lesson and answer under ``taskset -c 0``.  ``--slow-disk`` (root) runs them
with the home on a spinning-disk stand-in made by ``benchmarks/slow_disk.sh``: an ext4 loop
file whose loop device is throttled by a blkio cgroup to 100 write and 150 read operations per
second and 2 MB/s (an fsync takes ~8 ms, as on a 7,200 rpm disk), with the database evicted
from the page cache before every run (the lessons and Python stay on the normal disk).  Without root it says "skipped".

Each timed line prints every run; the table at the end has the median, the budget and a
verdict.  Wall times on a shared machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
PY = sys.executable
ITEMS = ["bare", "launch150", "launch500", "rss", "lesson", "answer", "grid", "difficult", "import", "export", "pdf",
         "bundle"]
BUDGET = {"bare": None, "launch150": 0.6, "launch500": 0.6, "rss-signin": 110.0, "rss-lesson": 110.0, "lesson": 0.080,
          "answer": 0.020, "grid": 0.150, "difficult": None, "import": 2.0, "export": 0.5, "pdf": 1.0,
          "bundle": None}
CPU: list[float] = []  # CPU seconds of each spawned process (spawn appends)
SLOW_CGROUP = Path("/sys/fs/cgroup/blkio/kiosk-slow-disk")
SLOW_MOUNT = Path("/tmp/kiosk-slow-disk/mnt")


def env() -> dict[str, str]:
    """The children run as an installed kiosk does: with bytecode (``compile_once``; the bundle
    ships it in its archive, pip writes it at install).  ``PYTHONDONTWRITEBYTECODE`` (set on this
    machine) made every start compile ~100 of the kiosk's modules from source: ~0.15 s."""
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    if not e.get("DISPLAY"):
        e["QT_QPA_PLATFORM"] = "offscreen"
    e["KIOSK_WINDOWED"] = "1"
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


class Condition:
    """How a child runs: normally, on one CPU, or with its home on the slow disk."""

    def __init__(self, name: str, cpu1: bool = False, slow: bool = False) -> None:
        self.name, self.cpu1, self.slow = name, cpu1, slow

    def command(self, cmd: list[str]) -> list[str]:
        return (["taskset", "-c", "0"] if self.cpu1 else []) + cmd

    def preexec(self):
        if not self.slow:
            return None

        def join() -> None:
            (SLOW_CGROUP / "cgroup.procs").write_text(str(os.getpid()))
        return join

    def before_run(self, home: Path) -> None:
        if self.slow:  # cold database: evict it (only it) from the page cache
            for name in ("kiosk.sqlite3", "kiosk.sqlite3-wal", "kiosk.sqlite3-shm"):
                path = home / name
                if path.exists():
                    fd = os.open(path, os.O_RDONLY)
                    try:
                        os.fsync(fd)
                        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                    finally:
                        os.close(fd)


NORMAL = Condition("normal")


def compile_once() -> None:
    """Write the kiosk's bytecode (``__pycache__``, ignored by git) before anything is timed."""
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "kiosk")], check=True, env=env(),
                   stdout=subprocess.DEVNULL)


def spawn(cmd: list[str], cond: Condition, until: str | None = None) -> tuple[float, float, list[str]]:
    """Run ``cmd``; (seconds from spawn to the first line starting with ``until`` -- or to exit,
    peak RSS in MB of the process, its output lines).  The process's CPU seconds (all threads,
    to its exit) are kept in ``CPU[-1]``."""
    start = time.perf_counter()
    proc = subprocess.Popen(cond.command(cmd), cwd=ROOT, env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, preexec_fn=cond.preexec())
    lines, at = [], None
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        if until and at is None and line.startswith(until):
            at = time.perf_counter() - start
    _pid, status, usage = os.wait4(proc.pid, 0)
    CPU.append(usage.ru_utime + usage.ru_stime)
    if at is None:
        if until or status:
            raise RuntimeError(f"{cmd[:3]} ended ({status}) without {until!r}: {lines[-5:]}")
        at = time.perf_counter() - start
    return at, usage.ru_maxrss / 1024, lines


def make_home(learners: int, where: Path) -> Path:
    home = where / f"home{learners}"
    if not (home / "kiosk.sqlite3").exists():
        subprocess.run([PY, "-m", "kiosk", "demo", "--home", str(home)], check=True, cwd=ROOT, env=env(),
                       stdout=subprocess.DEVNULL)
        if learners > 150:
            sys.path.insert(0, str(BENCH))
            from run import fill_learners  # benchmarks/run.py

            fill_learners(home, learners)
    return home


def launch(home: Path, cond: Condition, runs: int, cmd: list[str] | None = None) -> tuple[list[float], list[float]]:
    """(seconds to sign-in, peak RSS MB) per run, after one warm-up run."""
    cmd = cmd or [PY, "-m", "kiosk", "--home", str(home), "--bench-startup"]
    times, rss, cpu = [], [], []
    for i in range(runs + 1):
        cond.before_run(home)
        seconds, peak, _lines = spawn(cmd, cond, "signin-ready")
        if i:
            times.append(seconds)
            rss.append(peak)
            cpu.append(CPU[-1])
    print(f"  CPU of the whole process (start, sign-in, quit): median {statistics.median(cpu):.2f} s")
    return times, rss


def lesson_kinds(home: Path, cond: Condition, runs: int) -> dict[str, list[float]]:
    cond.before_run(home)
    _s, rss, lines = spawn([PY, str(BENCH / "lesson_kinds.py"), str(home), "--runs", str(runs)], cond)
    print(f"  peak RSS of the process that opened a lesson of each kind [{cond.name}]: {rss:.0f} MB")
    kinds: dict[str, list[float]] = {}
    for line in lines:
        parts = line.split()
        if parts and parts[0] == "open":
            kinds.setdefault(parts[1], []).append(float(parts[2]))
            kinds.setdefault(parts[1] + " CPU", []).append(float(parts[4]))
        elif parts and parts[0] == "missing":
            print(f"  no bundled lesson uses the kind {parts[1]!r}")
    return kinds


def items(argv_item: str, home: Path | None, runs: int, cond: Condition = NORMAL) -> dict[str, list[float]]:
    cmd = [PY, str(BENCH / "suite_items.py"), argv_item] + ([str(home)] if home else []) + ["--runs", str(runs)]
    cond.before_run(home) if home else None
    _s, _rss, lines = spawn(cmd, cond)
    got: dict[str, list[float]] = {}
    for line in lines:
        if line.startswith("info "):
            print(f"  {line[5:]}")
        elif line.startswith("result "):
            _, name, value, *cpu = line.split()
            got.setdefault(name, []).append(float(value))
            if cpu:
                got.setdefault(name + " CPU", []).append(float(cpu[0]))
    return got


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def slow_disk_ready() -> bool:
    return SLOW_CGROUP.is_dir() and os.path.ismount(SLOW_MOUNT)


def main(argv: list[str]) -> int:
    """Each item named on the command line runs in its own pass, so one that fails (a kiosk
    that did not reach sign-in, a missing large site) does not take the others' figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", nargs="*", help=" ".join(ITEMS))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu1", action="store_true", help="launch, lesson and answer also under taskset -c 0")
    parser.add_argument("--slow-disk", action="store_true", help="launch, lesson and answer also on the slow disk")
    parser.add_argument("--large-home", type=Path,
                        default=Path(os.environ.get("KIOSK_LARGE_HOME", "/tmp/kiosk-large")))
    parser.add_argument("--bundle", type=Path, help="a built bundle's executable (tools/check_bundle.sh)")
    parser.add_argument("--work", type=Path, help="where the demo homes go (default: a new temporary folder)")
    args = parser.parse_args(argv)
    wanted = args.items or ITEMS
    unknown = [w for w in wanted if w not in ITEMS]
    if unknown:
        parser.error(f"unknown items {unknown}; known: {' '.join(ITEMS)}")
    work = args.work or Path(tempfile.mkdtemp(prefix="kiosk-suite-"))
    work.mkdir(parents=True, exist_ok=True)
    compile_once()
    conds = [NORMAL]
    if args.cpu1:
        conds.append(Condition("1 CPU", cpu1=True))
    if args.slow_disk:
        if slow_disk_ready():
            conds.append(Condition("slow disk", slow=True))
        else:
            print("slow disk: skipped (run `sudo benchmarks/slow_disk.sh up` first)")
    print(f"suite: {', '.join(wanted)}; runs {args.runs}; load average {os.getloadavg()[0]:.1f}; work {work}")
    table: list[tuple[str, str, dict[str, float | None], str]] = []  # item, unit, per condition, budget key

    def med(values: list[float]) -> float | None:
        return statistics.median(values) if values else None

    def home_for(learners: int, cond: Condition) -> Path:
        home = make_home(learners, work)
        if not cond.slow:
            return home
        slow = SLOW_MOUNT / home.name
        if not slow.exists():
            shutil.copytree(home, slow)
        return slow

    def run(wanted: list[str]) -> None:
        """The items of ``wanted``, adding their rows to ``table``."""
        if "bare" in wanted:
            per = {}
            for cond in conds:
                times, _peaks = launch(work, cond, args.runs, [PY, str(BENCH / "bare_window.py")])
                print(f"bare PySide6 window [{cond.name}]: {', '.join(f'{t:.3f}' for t in times)} s")
                per[cond.name] = med(times)
            table.append(("reference: a bare PySide6 window shown", "s", per, "bare"))
        for learners in (150, 500):
            if f"launch{learners}" in wanted or (learners == 150 and "rss" in wanted):
                per, rss = {}, {}
                for cond in conds:
                    times, peaks = launch(home_for(learners, cond), cond, args.runs)
                    print(f"launch {learners} learners [{cond.name}]: {', '.join(f'{t:.3f}' for t in times)} s; "
                          f"peak RSS {', '.join(f'{p:.0f}' for p in peaks)} MB")
                    per[cond.name], rss[cond.name] = med(times), med(peaks)
                if f"launch{learners}" in wanted:
                    table.append((f"launch to sign-in, {learners} learners", "s", per, f"launch{learners}"))
                if learners == 150 and "rss" in wanted:
                    table.append(("peak RSS to sign-in (150 learners)", "MB", {"normal": rss["normal"]}, "rss-signin"))
        if "rss" in wanted:
            home = make_home(150, work)
            peaks = [spawn([PY, str(BENCH / "walk.py"), str(home), "memory"], NORMAL)[1] for _ in range(args.runs)]
            print(f"peak RSS, sign in + two lessons: {', '.join(f'{p:.0f}' for p in peaks)} MB")
            table.append(("peak RSS after opening lessons", "MB", {"normal": med(peaks)}, "rss-lesson"))
        if "lesson" in wanted:
            by_kind: dict[str, dict[str, float | None]] = {}
            cpu_of: dict[tuple[str, str], float | None] = {}
            for cond in conds:
                for kind, values in lesson_kinds(home_for(150, cond), cond, args.runs).items():
                    print(f"open a lesson, {kind} [{cond.name}]: {', '.join(f'{v * 1000:.0f}' for v in values)} ms")
                    if kind.endswith(" CPU"):
                        cpu_of[kind[:-4], cond.name] = med(values)
                    else:
                        by_kind.setdefault(kind, {})[cond.name] = med(values)
            for kind, per in by_kind.items():
                table.append((f"open a lesson: {kind} (UI-thread CPU {fmt(cpu_of.get((kind, 'normal')), 's')})",
                              "s", per, "lesson"))
        if "answer" in wanted:
            per = {}
            for cond in conds:
                got = items("answer", home_for(150, cond), args.runs, cond)["answer"]
                print(f"answer commit [{cond.name}]: {', '.join(f'{v * 1000:.1f}' for v in got)} ms")
                per[cond.name] = med(got)
            table.append(("answer commit (record_attempt)", "s", per, "answer"))
        for name in ("grid", "difficult"):
            if name in wanted:
                if not (args.large_home / "kiosk.sqlite3").exists():
                    print(f"{name}: building the large home in {args.large_home} (a few minutes) ...", flush=True)
                    subprocess.run([PY, "-m", "kiosk", "demo", "--large", "--home", str(args.large_home)],
                                   check=True, cwd=ROOT, env=env(), stdout=subprocess.DEVNULL)
                both = items(name, args.large_home, args.runs)
                got = both[name]
                print(f"{name}: {', '.join(f'{v * 1000:.1f}' for v in got)} ms; CPU "
                      f"{', '.join(f'{v * 1000:.1f}' for v in both.get(name + ' CPU', []))} ms")
                title = ("class grid 40 x 40, large database" if name == "grid"
                         else "difficult questions, whole site, large database")
                table.append((title, "s", {"normal": med(got)}, name))
        for name, title in (("import", "roster import, 1,000 learners"), ("export", "attendance export, 20,000 rows"),
                            ("pdf", "attendance PDF, a month, 300 learners")):
            if name in wanted:
                got = items(name, None, args.runs)
                print(f"{name}: {', '.join(f'{v:.3f}' for v in got[name])} s")
                table.append((title, "s", {"normal": med(got[name])}, name))
                if name == "pdf":
                    print(f"  longest UI-thread stall: {', '.join(f'{v * 1000:.0f}' for v in got['pdf-stall'])} ms")
        if "bundle" in wanted:
            if args.bundle is None:
                print("bundle start: skipped: no bundle (--bundle PATH)")
            else:
                home = make_home(150, work)
                times, peaks = launch(home, NORMAL, args.runs,
                                      [str(args.bundle.resolve()), "--home", str(home), "--bench-startup"])
                print(f"bundle start: {', '.join(f'{t:.3f}' for t in times)} s; peak RSS {med(peaks):.0f} MB")
                table.append(("bundle: launch to sign-in, 150 learners", "s", {"normal": med(times)}, "bundle"))

    for item in [i for i in ITEMS if i in wanted]:
        if item == "launch150" and "rss" in wanted:
            continue  # rss runs the 150-learner launch and reports both
        try:
            run([item, "launch150"] if item == "rss" and "launch150" in wanted else [item])
        except Exception as problem:  # noqa: BLE001 - report it, go on with the next item
            print(f"{item}: FAILED: {problem!r}")
            table.append((f"{item}: failed (see above)", "s", {}, item))

    names = [c.name for c in conds]
    print()
    print(f"load average now {os.getloadavg()[0]:.1f} (2 cores shared)")
    print(f"| item | budget | median of {args.runs} | " + " | ".join(names[1:]) + (" | " if names[1:] else "")
          + "verdict |")
    print("|---|---|---|" + "---|" * len(names[1:]) + "---|")
    for title, unit, per, key in table:
        budget = BUDGET.get(key)
        value = per.get("normal")
        verdict = "—" if budget is None or value is None else ("ok" if value <= budget else "OVER")
        extra = "".join(f" {fmt(per.get(n), unit)} |" for n in names[1:])
        print(f"| {title} | {fmt(budget, unit) if budget else '—'} | {fmt(value, unit)} |{extra} {verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
