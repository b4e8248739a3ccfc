"""Run a learner's program in a child process, with the wall clock enforced by killing it.

``run_program(source, lang, limits) -> RunResult`` never raises for a learner's program. The
child runs ``interpreter.run_in_process`` (every other limit is the interpreter's) and sends the
pickled ``RunResult`` back through a pipe; when ``Limits.seconds`` pass first, the child is killed
and the result is ``TurtleError("timeout", None, {"seconds": ...})`` with no steps. A child that
dies without an answer gives ``TurtleError("crashed", None, {"exitcode": ...})``. The child is
always joined (no zombie), on every path.

Start method: "fork" where the OS has it (Linux, the kiosks' OS; macOS only by request since
Python 3.8 there defaults to "spawn" for a reason: its system frameworks are not fork-safe), else
"spawn" (Windows). fork starts in a few milliseconds and needs no re-import; the child only runs
pure-Python code (no Qt call, no database), which is what makes fork safe in the Qt app's process.
``KIOSK_TURTLE_START`` (fork/spawn/forkserver) overrides it for tests and odd platforms.

Memory: on POSIX the child caps its own address space with ``resource.setrlimit(RLIMIT_AS)`` to
what it already maps (a forked Qt process maps a lot it never touches) plus ``Limits.memory_mb``;
Windows has no such call here (the interpreter's size limits still hold).
"""

from __future__ import annotations

import multiprocessing
import os
import sys

from kiosk.turtle.model import Limits, RunResult, TurtleError, TurtleState


def start_method() -> str:
    chosen = os.environ.get("KIOSK_TURTLE_START")
    available = multiprocessing.get_all_start_methods()
    if chosen in available:
        return chosen
    if "fork" in available and sys.platform.startswith("linux"):
        return "fork"
    return "spawn"


def _mapped_bytes() -> int:
    """The address space this process already maps (Linux: /proc; else 0)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _cap_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = _mapped_bytes() + megabytes * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):  # e.g. macOS refuses RLIMIT_AS: the interpreter's limits hold
        pass


def _child(conn, source: str, lang: str, limits: Limits) -> None:
    """The child process: cap memory, run, send the result (or an out-of-memory error)."""
    try:
        _cap_memory(limits.memory_mb)
        from kiosk.turtle.interpreter import run_in_process

        try:
            result = run_in_process(source, lang, limits)
        except MemoryError:
            result = RunResult((), (), TurtleState(), TurtleError("out-of-memory", None, {}))
        try:
            conn.send(result)
        except MemoryError:
            conn.send(RunResult((), (), TurtleState(), TurtleError("out-of-memory", None, {})))
    finally:
        conn.close()


def run_program(source: str, lang: str = "es", limits: Limits = Limits()) -> RunResult:
    """Run ``source`` in a child process; the result, or a timeout/crash error. Never raises for
    the program (an OS that cannot start a process raises ``OSError``, the environment's fault)."""
    context = multiprocessing.get_context(start_method())
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, source, lang, limits), daemon=True,
                              name="kiosk-turtle-run")
    process.start()
    sender.close()  # the parent keeps only the reading end: EOF when the child is gone
    result: RunResult | None = None
    try:
        if receiver.poll(limits.seconds):
            try:
                result = receiver.recv()
            except (EOFError, OSError):  # the child died without sending (e.g. killed by the OS)
                result = None
            if result is None:
                process.join(1.0)
                code = process.exitcode
                result = RunResult((), (), TurtleState(), TurtleError("crashed", None, {"exitcode": code}))
        else:
            result = RunResult((), (), TurtleState(),
                               TurtleError("timeout", None, {"seconds": limits.seconds}))
    finally:
        receiver.close()
        timed_out = result is not None and result.error is not None and result.error.code == "timeout"
        if not timed_out:
            process.join(1.0)  # it has answered: it is ending on its own
        if process.is_alive():
            process.kill()
        process.join()
        process.close()
    return result
