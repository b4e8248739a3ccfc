"""A lesson's turtle challenge as the engine sees it: its ``Challenge`` (the target drawn by the
reference program), and what ``kiosk lessons check`` says about it.

``spec`` is the activity's ``TurtleSpec`` (``kiosk/content/activities/turtle.py``), read here
by its attributes only: this package stays pure (it imports neither ``kiosk.content`` nor Qt).
Every run is in process (``interpreter.run_in_process``) with the normal limits: a reference
program is short, and the checker runs it once per activity.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from kiosk.turtle.model import Challenge, Feedback, Limits, ProgramShape, RunResult, Rules, Verdict

__all__ = ["Reference", "rules_of", "reference", "challenge_for", "grade", "say", "spec_problems",
           "palette_problems"]

_CACHE_SIZE = 64


@dataclass(frozen=True)
class Reference:
    """The reference program's run, its shape and the challenge built from it."""

    result: RunResult
    shape: ProgramShape
    challenge: Challenge


def rules_of(spec: Any) -> Rules:
    r = spec.rules
    return Rules(must_use=tuple(r.must_use), max_blocks=r.max_blocks, max_lines=r.max_lines,
                 ideal_blocks=r.ideal_blocks)


def _run(source: str, lang: str, limits: Limits) -> tuple[RunResult, ProgramShape]:
    from kiosk.turtle.interpreter import run_in_process
    from kiosk.turtle.language import shape

    return run_in_process(source, lang, limits), shape(source, lang)


_references: OrderedDict[tuple, Reference] = OrderedDict()
_lock = threading.Lock()


def reference(spec: Any, lang: str, limits: Limits = Limits()) -> Reference:
    """Run ``spec.solution`` (in the language ``lang``) once and build its challenge; the last
    few are kept, so opening a challenge again costs nothing."""
    key = (spec.solution, lang, float(spec.tolerance), rules_of(spec), spec.output, limits,
           getattr(spec, "free", False))
    with _lock:  # the studio asks from the UI thread and from its compute lane
        found = _references.get(key)
        if found is not None:
            _references.move_to_end(key)
            return found
    result, shape = _run(spec.solution, lang, limits)
    challenge = _challenge(spec, lang, result, shape)
    made = Reference(result, shape, challenge)
    with _lock:
        _references[key] = made
        while len(_references) > _CACHE_SIZE:
            _references.popitem(last=False)
    return made


def _challenge(spec: Any, lang: str, result: RunResult, shape: ProgramShape) -> Challenge:
    from kiosk.turtle.check import challenge_from_reference

    output = tuple(spec.output) if spec.output is not None else None
    if getattr(spec, "free", False) or result.error is not None:
        # a free drawing compares no drawing (the rules and "something drawn" are checked);
        # a broken solution is a content bug ``kiosk lessons check`` reports: an empty target
        return Challenge(target=(), tolerance=float(spec.tolerance), rules=rules_of(spec), output=output)
    return challenge_from_reference(result, tolerance=float(spec.tolerance), rules=rules_of(spec),
                                    output=output)


def challenge_for(spec: Any, lang: str) -> Challenge:
    """The challenge the learner's program is checked against (the widget's target)."""
    return reference(spec, lang).challenge


def grade(program: str, spec: Any, lang: str, result: RunResult | None = None, *,
          reference_lang: str | None = None) -> Verdict:
    """Check ``program`` in the language ``lang`` (already run as ``result``, else run here in
    process) against the challenge of ``spec``, whose solution is in ``reference_lang``
    (default ``lang``: the lesson's)."""
    from kiosk.turtle.check import check
    from kiosk.turtle.language import shape

    if result is None:
        result = _run(program, lang, Limits())[0]
    return _check(result, shape(program, lang), challenge_for(spec, reference_lang or lang), spec)


def _check(result: RunResult, shape: ProgramShape, challenge: Challenge, spec: Any) -> Verdict:
    """The checker's verdict; a free drawing must also draw something."""
    from kiosk.turtle.check import check

    verdict = check(result, shape, challenge)
    if verdict.passed and getattr(spec, "free", False) and not result.segments:
        return Verdict(False, (Feedback("nothing-drawn"),), failed_rule="drawing")
    return verdict


# -- kiosk lessons check ---------------------------------------------------------------------


def say(what: Any, lang: str = "es", mode: str = "text") -> str:
    """The learner's sentence for a feedback or an error (``kiosk.turtle.messages``), naming
    the block (``mode`` "blocks") or the line."""
    from kiosk.turtle.messages import message

    return message(what, lang, where="block" if mode == "blocks" else "line")


def _verdict_text(verdict: Verdict) -> str:
    if verdict.feedback:
        return say(verdict.feedback[0])
    return verdict.failed_rule or "?"


def _error_text(error: Any, first_line: int) -> str:
    where = f" (línea {first_line + error.line - 1} del archivo)" if error.line and first_line else ""
    return f"{say(error)}{where}"


def spec_problems(spec: Any, lang: str, original: Any = None, original_lang: str = "es") -> list[str]:
    """What is wrong with a challenge, as messages (the caller puts them at the activity's line):
    the solution must run without error and pass its own challenge, the near miss must fail it,
    and a translation's solution (``original``: the Spanish spec) must draw what the Spanish one
    draws. One reference run per activity (two for a translation), plus the near miss."""
    from kiosk.turtle.check import check
    from kiosk.turtle.language import shape

    problems = palette_problems(spec, lang)
    ref = reference(spec, lang)
    if ref.result.error is not None:
        problems.append("la solución («solution») no funciona: "
                        + _error_text(ref.result.error, spec.solution_line))
        return problems
    if not ref.result.segments and not ref.result.output:
        problems.append("la solución («solution») no dibuja nada ni muestra nada: no hay nada que comparar")
        return problems
    own = _check(ref.result, ref.shape, ref.challenge, spec)
    if not own.passed:
        problems.append("la solución («solution») no pasa su propio desafío: " + _verdict_text(own))
    near, near_shape = _run(spec.near_miss, lang, Limits())
    if near.error is None and _check(near, near_shape, ref.challenge, spec).passed:
        problems.append("el casi-acierto («near_miss») pasa el desafío: tiene que fallar, "
                        "con un error parecido a los de quien aprende")
    if original is not None and not getattr(spec, "free", False):
        spanish = reference(original, original_lang).challenge
        same = check(ref.result, ref.shape, spanish)
        if not same.passed:
            problems.append("la solución de la traducción no dibuja lo mismo que la solución en "
                            "español: " + _verdict_text(same))
    return problems


def palette_problems(spec: Any, lang: str) -> list[str]:
    """A ``blocks`` challenge must be buildable in the blocks editor (``kiosk.turtle.blocks_model``):
    every palette name is one of its blocks, the solution and the starter are programs blocks
    can show, and the solution uses only blocks of the palette (when there is one). My blocks:
    ``definir`` (``define``) offers the definition and its "use" tiles, ``usar`` (``use``) the
    "use" tiles alone; every ``NAME()`` of the solution calls a ``def NAME():`` of its own. A
    definition the starter already holds (the same blocks) needs no palette tiles."""
    if spec.mode != "blocks":
        return []
    from kiosk.turtle.blocks_model import KINDS, BlocksProgram, kind_for_name

    names = ", ".join(KINDS[kind].es for kind in KINDS)
    problems = [f"«palette» nombra «{name}», que no es un bloque del editor de bloques (hay: {names})"
                for name in spec.palette if kind_for_name(name) is None]
    solution = BlocksProgram.from_source(spec.solution)
    if solution is None:
        problems.append("la solución no se puede armar con bloques (mode: blocks): usá solo los bloques "
                        f"({names}) con números que los bloques ofrecen, o poné «mode: text»")
    else:
        defined = set(solution.defined())
        unknown = [b.value for b, _ in solution.walk() if b.kind == "use" and b.value not in defined]
        if unknown:
            problems.append(f"la solución usa «{unknown[0]}()», pero no lo define con «def {unknown[0]}():» "
                            "(mode: blocks)")
    if solution is not None and spec.palette:
        offered = {kind_for_name(name) for name in spec.palette}
        if "define" in offered:
            offered.add("use")
        starter = BlocksProgram.from_source(spec.starter) if spec.starter.strip() else None
        given = [b for b in (starter.blocks if starter else []) if b.kind == "define"]
        built = BlocksProgram([b for b in solution.blocks  # a definition the starter gives is not built
                               if not any(b.same(g) for g in given)])
        missing = [block.kind for block, _ in built.walk() if block.kind not in offered]
        if missing:
            problems.append(f"la solución usa el bloque «{KINDS[missing[0]].es}», que no está en «palette»")
    if spec.starter.strip() and BlocksProgram.from_source(spec.starter) is None:
        problems.append("«starter» no se puede mostrar con bloques (mode: blocks): el editor lo mostraría como texto")
    return problems
