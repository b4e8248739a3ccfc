"""How long a lesson page takes to render and lay out, for the pages that froze the kiosk
(issue 9, point 5) and for the worst pages the limits still allow.  Run on demand, never in the
test suite:

    .venv/bin/python benchmarks/render.py              # after: the kiosk as it is
    .venv/bin/python benchmarks/render.py --before     # also the old path (minutes; --cap 60)

* after -- ``render_markdown`` (the limits refuse the eight shapes: plain text, no
  Python-Markdown), then a ``LessonText`` laid out at the reading width (what the page shows);
* before -- the same text straight through Python-Markdown and nh3 (``render_markdown`` as it
  was: no limits), then the same layout; each shape in a child process, stopped after ``--cap``
  seconds (shown as "> cap");
* allowed -- the worst page per way of being slow that the limits let through
  (tests/content/hostile_markdown.py ``ALLOWED``), through the real path.

Figures: wall seconds on this machine, Markdown and Qt layout apart.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "content")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hostile_markdown import ALLOWED, SHAPES  # noqa: E402


def _old_render(source: str) -> str:
    """``render_markdown`` before the limits: Python-Markdown, the old text fallback, nh3."""
    import html as html_lib

    from kiosk.content import render

    try:
        html = render._get_renderer().convert(source, None)
    except Exception:  # noqa: BLE001 - as the old code: RecursionError on deep nesting
        html = "<p>" + html_lib.escape(source).replace("\n", "<br>") + "</p>"
    return render._EMPTY_P_RE.sub("", render._clean(html, None)).strip()


def measure(source: str, before: bool) -> tuple[float, float]:
    """(Markdown seconds, Qt seconds) for one page, in this process."""
    from PySide6.QtWidgets import QApplication

    from kiosk.content.render import render_markdown
    from kiosk.ui import theme
    from kiosk.ui.widgets.lesson_text import LessonText

    QApplication.instance() or QApplication([])
    render_markdown("*warm*", None)
    start = time.perf_counter()
    html = _old_render(source) if before else render_markdown(source, None)
    rendered = time.perf_counter()
    text = LessonText(html, Path(os.sep), theme.BODY_PT)
    text.heightForWidth(theme.READING_WIDTH_PX)
    return rendered - start, time.perf_counter() - rendered


def seconds(shape: str, before: bool, cap: float) -> tuple[float, float] | None:
    """(Markdown, Qt) seconds for one shape in a child process; None when stopped at ``cap``."""
    args = [sys.executable, __file__, "--one", shape] + (["--before"] if before else [])
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=cap, check=True).stdout
    except subprocess.TimeoutExpired:
        return None
    md, qt = (float(v) for v in out.split()[-2:])
    return md, qt


def child(shape: str, before: bool, cap: float) -> str:
    """One shape in a child process, as a line of the report."""
    measured = seconds(shape, before, cap)
    if measured is None:
        return f"> {cap:.0f} s (stopped)"
    md, qt = measured
    return f"{md + qt:8.3f} s  (Markdown {md:.3f}, Qt {qt:.3f})"


def worst_page(cap: float = 60.0) -> float:
    """The longest render + layout (seconds) over the eight shapes and the worst allowed pages,
    as the kiosk is (for ``benchmarks/run.py render``)."""
    worst = 0.0
    for name in [*SHAPES, *ALLOWED]:
        measured = seconds(name, False, cap)
        worst = max(worst, cap if measured is None else sum(measured))
    return worst


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", action="store_true", help="also time the old path (slow)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a shape is stopped")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:  # the child
        builder = SHAPES.get(args.one) or ALLOWED[args.one]
        md, qt = measure(builder(), args.before)
        print(md, qt)
        return 0
    print("the eight shapes (issue 9):")
    for name, builder in SHAPES.items():
        size = len(builder())
        print(f"  {name:22} {size:8} chars  after: {child(name, False, args.cap)}")
        if args.before:
            print(f"  {'':22} {'':14} before: {child(name, True, args.cap)}")
    print("the worst the limits allow (after):")
    for name, builder in ALLOWED.items():
        print(f"  {name:22} {len(builder()):8} chars  {child(name, False, args.cap)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
