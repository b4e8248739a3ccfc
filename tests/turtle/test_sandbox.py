"""The sandbox: each hostile program ends as an error within the wall clock (the child is
killed when the interpreter's own limits do not stop it first), no child is left behind, and the
kiosk's process is fine afterwards. No timing asserts: ``Limits.seconds`` is what bounds them."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from kiosk.turtle import sandbox
from kiosk.turtle.model import Limits
from kiosk.turtle.sandbox import run_program

SQUARE = "repetir 4:\n    avanzar(100)\n    derecha(90)"

HOSTILE = {
    "endless loop": ("while True:\n    pass", "too-many-steps"),
    "huge for": ("for i in range(10**8):\n    pass", "collection-too-big"),
    "huger for": ("for i in range(10**12):\n    pass", "number-too-big"),
    "nested loops": ("for i in range(10000):\n    for j in range(10000):\n        x = i * j", "too-many-steps"),
    "deep recursion": ("def f(n):\n    return f(n + 1)\nf(0)", "too-deep"),
    "9**9**9": ("x = 9**9**9", "number-too-big"),
    "10**1000": ("mostrar(10**1000)", "number-too-big"),
    "string bomb": ("x = 'a' * 10**9", "string-too-long"),
    "list bomb": ("x = [0] * 10**9", "collection-too-big"),
    "doubling list": ("x = [0] * 1000\nwhile True:\n    x = x + x", "collection-too-big"),
    "list of lists": ("x = [[0] * 10000] * 10000\ny = []\nwhile True:\n    y = y + [x]", "too-many-steps"),
    "import": ("import os\nos.system('echo hi')", "not-allowed"),
    "__import__": ("m = __import__('os')", "private-name"),
    "__class__": ("().__class__.__bases__[0].__subclasses__()", "not-allowed"),
    "__builtins__": ("__builtins__", "private-name"),
    "open": ("open('/etc/passwd')", "forbidden-name"),
    "eval": ("eval('1 + 1')", "forbidden-name"),
    "exec": ("exec('import os')", "forbidden-name"),
    "generator frame": ("g = (x for x in [1])\nmostrar(g.gi_frame.f_globals)", "not-allowed"),
    "getattr": ("getattr(avanzar, '__globals__')", "forbidden-name"),
    "underscore name": ("_ = 1\n__x = 2", "private-name"),
    "print flood": ("while True:\n    mostrar('hola' * 100)", "too-much-output"),
    "endless drawing": ("while True:\n    avanzar(1)\n    izquierda(1)", "too-many-moves"),
}


def assert_no_children():
    assert multiprocessing.active_children() == []
    if not hasattr(os, "WNOHANG"):  # Windows: no zombies there
        return
    try:  # a zombie is a child that has ended and was not reaped: waitpid would reap it now
        assert os.waitpid(-1, os.WNOHANG) == (0, 0)  # children alive (spawn's resource tracker)
    except ChildProcessError:
        pass  # no child at all


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_program_is_refused_and_the_kiosk_goes_on(name):
    source, code = HOSTILE[name]
    result = run_program(source, "es")
    assert result.error is not None and result.error.code == code, result.error
    assert_no_children()
    after = run_program(SQUARE, "es")
    assert after.ok and len(after.segments) == 4


def test_the_wall_clock_kills_a_program_the_budget_does_not_stop():
    result = run_program("while True:\n    pass", "es", Limits(steps=10**12, seconds=1.0))
    assert result.error is not None
    assert (result.error.code, result.error.params) == ("timeout", {"seconds": 1.0})
    assert result.steps == ()
    assert_no_children()


def test_the_memory_cap_stops_a_bomb_the_size_limits_allow():
    if not hasattr(os, "fork"):
        pytest.skip("RLIMIT_AS is POSIX only")
    limits = Limits(steps=10**12, string=10**10, collection=10**10, number=1e12, memory_mb=64)
    result = run_program("x = 'a' * 2000000000", "es", limits)
    assert result.error is not None and result.error.code in ("out-of-memory", "crashed")
    assert_no_children()


def test_result_is_the_same_as_in_process():
    from kiosk.turtle.interpreter import run_in_process

    source = "def estrella(n):\n    repetir n:\n        avanzar(100)\n        derecha(180 - 180 / n)\nestrella(7)\nmostrar('listo')"
    assert run_program(source, "es") == run_in_process(source, "es")


def test_the_start_method_is_documented_choice(monkeypatch):
    monkeypatch.delenv("KIOSK_TURTLE_START", raising=False)
    if hasattr(os, "fork") and os.uname().sysname == "Linux":
        assert sandbox.start_method() == "fork"
    monkeypatch.setenv("KIOSK_TURTLE_START", "spawn")
    assert sandbox.start_method() == "spawn"


def test_spawn_works_too(monkeypatch):
    """Windows' start method (a fresh interpreter that imports kiosk.turtle)."""
    monkeypatch.setenv("KIOSK_TURTLE_START", "spawn")
    result = run_program(SQUARE, "es", Limits(seconds=30))
    assert result.ok and len(result.segments) == 4
    assert_no_children()
