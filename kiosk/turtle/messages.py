"""The learner's sentences for the turtle studio: every ``Feedback`` code of ``kiosk.turtle.check``
and every ``TurtleError`` code of the language, interpreter and sandbox (their codes and params:
``kiosk.turtle.language``'s docstring), in the learner's language, for a 10-year-old.

``message(item, lang, where="line" | "block", variant=None)``: a sentence that names the line
(text mode: "Line 3: ...") or the block (blocks mode: "Block 3: ...") when the item knows it, says
what to fix, kindly. Most codes have several wordings; ``variant`` picks one (the studio can pass
the attempt number so a child who tries again reads something new); by default the wording
follows from the item itself (stable: the same item always reads the same).

The English sources are in the one catalog's context "TurtleMessages" (``kiosk.core.i18n``);
params are filled in after translation, and codes that are words (a colour, a value's type, a
Python feature) are translated too. A code this table does not know still gets a kind, general
sentence (never a crash, never a Python traceback in front of a child).
"""

from __future__ import annotations

import zlib
from typing import Any

from kiosk.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from kiosk.turtle.model import Feedback, TurtleError

TurtleMessages = Context("TurtleMessages")
_CTX = "TurtleMessages"


# Keys are codes, or "code:detail" when a param changes the whole sentence.
SENTENCES: dict[str, tuple[str, ...]] = {
    # -- the drawing (kiosk.turtle.check)
    "nothing-drawn": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The turtle has not drawn anything yet. Is the pen down? Make it move forward."),
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Nothing is drawn yet. Start with a forward command so the turtle draws a line."),
    ),
    "sides": (
        QT_TRANSLATE_NOOP("TurtleMessages", "Your drawing has {have} sides; the target has {want}."),
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Count the sides: yours has {have}, the target has {want}. How many times does it repeat?"),
    ),
    "not-closed": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The shape does not close: the turtle has to get back to where it started."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Almost! The shape is still open. Is a side missing?"),
    ),
    "extra-turn": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "There is one turn too many. Find the turn that is left over and take it out."),
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The turtle turned where it should go straight on. Is there an extra turn?"),
    ),
    "missing-turn": (
        QT_TRANSLATE_NOOP("TurtleMessages", "A turn is missing: the turtle went straight on where the target turns."),
        QT_TRANSLATE_NOOP("TurtleMessages", "The turtle forgot to turn here. Add a turn before it keeps walking."),
    ),
    "wrong-direction:left": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The turtle turned the other way: here it has to turn left."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Right turn instead of left! Change that turn to the left."),
    ),
    "wrong-direction:right": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The turtle turned the other way: here it has to turn right."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Left turn instead of right! Change that turn to the right."),
    ),
    "wrong-angle": (
        QT_TRANSLATE_NOOP("TurtleMessages", "That turn is {have} degrees; the target turns {want} degrees."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Check the angle: you turned {have} degrees, and it needs {want}."),
    ),
    "too-long": (
        QT_TRANSLATE_NOOP("TurtleMessages", "That line is {have} steps long; it should be {want}."),
        QT_TRANSLATE_NOOP("TurtleMessages", "That line is too long: {have} steps instead of {want}."),
    ),
    "too-short": (
        QT_TRANSLATE_NOOP("TurtleMessages", "That line is {have} steps long; it should be {want}."),
        QT_TRANSLATE_NOOP("TurtleMessages", "That line is too short: {have} steps instead of {want}."),
    ),
    "extra-lines:one": (
        QT_TRANSLATE_NOOP("TurtleMessages", "There is one line that is not in the target (it is shown in red)."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Almost! One line is left over: the red one."),
    ),
    "extra-lines:many": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "There are {count} lines that are not in the target (the first one is shown in red)."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Almost! {count} lines are left over; the first one is red."),
    ),
    "missing-lines:one": (
        QT_TRANSLATE_NOOP("TurtleMessages", "One line of the target is still missing (it is shown in red)."),
        QT_TRANSLATE_NOOP("TurtleMessages", "You are nearly there: one line is missing, the red one."),
    ),
    "missing-lines:many": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "{count} lines of the target are still missing (the first one is shown in red)."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Keep going: {count} lines are still missing; the first one is red."),
    ),
    "wrong-place": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Your drawing has the right shape, but it is in another place. Check where the turtle starts."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Good shape! It just has to be in the same place as the target."),
    ),
    "pen-up-forgotten": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The turtle drew where the target has a gap. Lift the pen before moving there, and put it down again."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Here the pen had to be up: the target does not join these pieces."),
    ),
    "extra-parts": (
        QT_TRANSLATE_NOOP("TurtleMessages", "Part of your drawing is not in the target (it is shown in red)."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Look at the red part: the target does not have it. Is the size right?"),
    ),
    "missing-parts": (
        QT_TRANSLATE_NOOP("TurtleMessages", "Part of the target is not drawn yet (it is shown in red)."),
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The red part of the target is still missing. Is the circle big enough, or whole?"),
    ),
    "wrong-color": (
        QT_TRANSLATE_NOOP("TurtleMessages", "This line should be in {want}, not in {have}."),
        QT_TRANSLATE_NOOP("TurtleMessages", "Right line, other colour: it has to be {want}."),
    ),
    # -- the printed output
    "nothing-printed": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The program did not show anything. It should show: {want}"),
    ),
    "output-wrong": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Shown line {number} says \u201c{have}\u201d; it should say \u201c{want}\u201d."),
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Check shown line {number}: it should be \u201c{want}\u201d, not \u201c{have}\u201d."),
    ),
    "output-missing": (
        QT_TRANSLATE_NOOP("TurtleMessages", "A shown line is missing: line {number} should say \u201c{want}\u201d."),
    ),
    "output-extra": (
        QT_TRANSLATE_NOOP("TurtleMessages", "Something extra is shown on line {number}: \u201c{have}\u201d."),
    ),
    # -- the structure rules
    "must-use:loop": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The drawing is right! This challenge asks you to use a repeat loop."),
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Now try it with a repeat loop, so you do not write the same thing many times."),
    ),
    "must-use:if": (
        QT_TRANSLATE_NOOP("TurtleMessages", "This challenge asks you to use an if (a decision)."),
    ),
    "must-use:def": (
        QT_TRANSLATE_NOOP("TurtleMessages", "This challenge asks you to make your own block with def."),
    ),
    "must-use:variable": (
        QT_TRANSLATE_NOOP("TurtleMessages", "This challenge asks you to use a variable (a name that keeps a value)."),
    ),
    "too-many-blocks:block": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Your program has {have} blocks; this challenge allows {max} at most. Can a repeat help?"),
    ),
    "too-many-blocks:line": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Your program has {have} instructions; this challenge allows {max} at most. Can a loop help?"),
    ),
    "too-many-lines": (
        QT_TRANSLATE_NOOP("TurtleMessages", "Your program has {have} lines; this challenge allows {max} at most."),
    ),
    "ideal-blocks:block": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Solved! It can also be done with {ideal} blocks (yours has {have}). Want to try?"),
    ),
    "ideal-blocks:line": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Solved! It can also be done with {ideal} instructions (yours has {have}). Want to try?"),
    ),
    # -- errors found before the program runs (kiosk.turtle.language)
    "syntax:indentation": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The spaces at the start of the line do not line up. Lines inside a repeat or an if go a bit to the right, all the same."),
    ),
    "syntax:unclosed": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Something opened is not closed: check that every ( has its ) and every quote its pair."),
    ),
    "syntax:too-complex": (
        QT_TRANSLATE_NOOP("TurtleMessages", "This line is too complicated. Split it into shorter lines."),
    ),
    "syntax": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The turtle cannot read this line. Check the brackets, the colon : and the spelling."),
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Something is written wrongly here. Compare it with an example: brackets, colon, spelling."),
    ),
    "not-allowed": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "{thing} is not part of the turtle's language. Try it with the commands you know."),
    ),
    "private-name": (
        QT_TRANSLATE_NOOP("TurtleMessages", "Names starting with _ are not allowed, like {name}. Pick another name."),
    ),
    "forbidden-name": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "{name} is not part of the turtle's language. Use the commands from the list."),
    ),
    "reserved-name": (
        QT_TRANSLATE_NOOP("TurtleMessages", "{name} is already the name of a command. Choose another name for yours."),
    ),
    "unknown-command:suggest": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The turtle does not know the command {name}. Did you mean {suggestion}?"),
    ),
    "unknown-name:suggest": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The turtle does not know {name}. Did you mean {suggestion}?"),
    ),
    "unknown-command": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The turtle does not know the command {name}."),
        QT_TRANSLATE_NOOP("TurtleMessages", "{name} is not a command the turtle knows. Check how it is spelled."),
    ),
    "outside-loop": (
        QT_TRANSLATE_NOOP("TurtleMessages", "{word} only works inside a loop."),
    ),
    "outside-function": (
        QT_TRANSLATE_NOOP("TurtleMessages", "return only works inside your own block (def)."),
    ),
    # -- errors found while running (kiosk.turtle.interpreter)
    "unknown-name": (
        QT_TRANSLATE_NOOP("TurtleMessages", "{name} has no value yet. Give it one first, for example {name} = 10."),
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The turtle does not know what {name} is. Is it spelled right, and did it get a value before?"),
    ),
    "unbound-local": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Inside your block, {name} is used before it gets a value. Give it a value first."),
    ),
    "too-many-steps": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The program went on and on, so the turtle stopped. Is there a loop that never ends?"),
        QT_TRANSLATE_NOOP("TurtleMessages", "Too many steps! Check that every while loop can finish."),
    ),
    "too-many-moves": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The turtle made too many moves ({limit} at most). Use smaller numbers in repeat."),
    ),
    "number-too-big": (
        QT_TRANSLATE_NOOP("TurtleMessages", "A number got far too big. Use smaller numbers."),
    ),
    "string-too-long": (
        QT_TRANSLATE_NOOP("TurtleMessages", "A text got far too long ({limit} letters at most)."),
    ),
    "collection-too-big": (
        QT_TRANSLATE_NOOP("TurtleMessages", "A list got far too big ({limit} at most). Use smaller numbers."),
    ),
    "too-deep": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Your block called itself too many times, like a mirror in front of a mirror. Give it a way to stop."),
    ),
    "too-much-output": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The program showed too many lines. Show less, or show it fewer times."),
    ),
    "division-by-zero": (
        QT_TRANSLATE_NOOP("TurtleMessages", "You cannot divide by zero. Check the number after {op}."),
    ),
    "type-mismatch": (
        QT_TRANSLATE_NOOP("TurtleMessages", "{op} does not work with {left} and {right}. Check what each value is."),
    ),
    "bad-argument": (
        QT_TRANSLATE_NOOP("TurtleMessages", "{name} needs {expected} here (value number {position}), not {got}."),
    ),
    "wrong-arg-count": (
        QT_TRANSLATE_NOOP("TurtleMessages", "Check the brackets of {name}: it needs {expected} and it got {got}."),
    ),
    "unknown-color": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The turtle does not know the colour {color}. Try red, blue or green."),
    ),
    "not-iterable": (
        QT_TRANSLATE_NOOP("TurtleMessages", "A for loop cannot go through {got}. Use range(...) or a list."),
    ),
    "index-error": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The list has {length} items, so there is no item number {index}. The first one is 0."),
    ),
    "index-type": (
        QT_TRANSLATE_NOOP("TurtleMessages", "To take an item from a list, use a whole number, not {got}."),
    ),
    "out-of-memory": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The program needed too much memory. Use smaller numbers or shorter lists."),
    ),
    # -- errors found by the sandbox
    "timeout": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "The program took too long, so the turtle stopped it. Is there a loop that never ends?"),
    ),
    "crashed": (
        QT_TRANSLATE_NOOP("TurtleMessages", "The program stopped unexpectedly. Try again with smaller numbers."),
    ),
    "unknown": (
        QT_TRANSLATE_NOOP(
            "TurtleMessages", "Something went wrong here. Check this part of the program, or ask for help."),
    ),
}
ALIASES = {"wrong-arguments": "wrong-arg-count"}

WHERE = {
    "line": QT_TRANSLATE_NOOP("TurtleMessages", "Line {n}"),
    "block": QT_TRANSLATE_NOOP("TurtleMessages", "Block {n}"),
}
AT = QT_TRANSLATE_NOOP("TurtleMessages", "{where}: {message}")

WORDS: dict[str, str] = {  # code words inside params, shown as words
    # colours
    "red": QT_TRANSLATE_NOOP("TurtleMessages", "red"),
    "blue": QT_TRANSLATE_NOOP("TurtleMessages", "blue"),
    "green": QT_TRANSLATE_NOOP("TurtleMessages", "green"),
    "yellow": QT_TRANSLATE_NOOP("TurtleMessages", "yellow"),
    "black": QT_TRANSLATE_NOOP("TurtleMessages", "black"),
    "white": QT_TRANSLATE_NOOP("TurtleMessages", "white"),
    "orange": QT_TRANSLATE_NOOP("TurtleMessages", "orange"),
    "purple": QT_TRANSLATE_NOOP("TurtleMessages", "purple"),
    "pink": QT_TRANSLATE_NOOP("TurtleMessages", "pink"),
    "brown": QT_TRANSLATE_NOOP("TurtleMessages", "brown"),
    "gray": QT_TRANSLATE_NOOP("TurtleMessages", "gray"),
    "grey": QT_TRANSLATE_NOOP("TurtleMessages", "gray"),
    # value types and what a command expects
    "number": QT_TRANSLATE_NOOP("TurtleMessages", "a number"),
    "text": QT_TRANSLATE_NOOP("TurtleMessages", "a text"),
    "bool": QT_TRANSLATE_NOOP("TurtleMessages", "true or false"),
    "list": QT_TRANSLATE_NOOP("TurtleMessages", "a list"),
    "none": QT_TRANSLATE_NOOP("TurtleMessages", "nothing"),
    "function": QT_TRANSLATE_NOOP("TurtleMessages", "a block"),
    "color": QT_TRANSLATE_NOOP("TurtleMessages", "a colour"),
    "whole-number": QT_TRANSLATE_NOOP("TurtleMessages", "a whole number"),
    "positive-number": QT_TRANSLATE_NOOP("TurtleMessages", "a positive number"),
    "point": QT_TRANSLATE_NOOP("TurtleMessages", "a point (x, y)"),
    "range": QT_TRANSLATE_NOOP("TurtleMessages", "a range"),
}
FEATURES: dict[str, str] = {  # not-allowed {"what"}
    "import": QT_TRANSLATE_NOOP("TurtleMessages", "import"),
    "attribute": QT_TRANSLATE_NOOP("TurtleMessages", "The dot (like x.y)"),
    "slice": QT_TRANSLATE_NOOP("TurtleMessages", "Cutting a list with :"),
    "subscript": QT_TRANSLATE_NOOP("TurtleMessages", "Taking an item with [ ]"),
    "lambda": QT_TRANSLATE_NOOP("TurtleMessages", "lambda"),
    "comprehension": QT_TRANSLATE_NOOP("TurtleMessages", "A loop inside brackets"),
    "generator": QT_TRANSLATE_NOOP("TurtleMessages", "yield"),
    "with": QT_TRANSLATE_NOOP("TurtleMessages", "with"),
    "try": QT_TRANSLATE_NOOP("TurtleMessages", "try, raise and assert"),
    "class": QT_TRANSLATE_NOOP("TurtleMessages", "class"),
    "global": QT_TRANSLATE_NOOP("TurtleMessages", "global"),
    "starred": QT_TRANSLATE_NOOP("TurtleMessages", "The star *"),
    "fstring": QT_TRANSLATE_NOOP("TurtleMessages", "An f-string"),
    "dict": QT_TRANSLATE_NOOP("TurtleMessages", "A dictionary { }"),
    "set": QT_TRANSLATE_NOOP("TurtleMessages", "A set { }"),
    "delete": QT_TRANSLATE_NOOP("TurtleMessages", "del"),
    "walrus": QT_TRANSLATE_NOOP("TurtleMessages", ":="),
    "async": QT_TRANSLATE_NOOP("TurtleMessages", "async"),
    "match": QT_TRANSLATE_NOOP("TurtleMessages", "match"),
    "conditional-expression": QT_TRANSLATE_NOOP("TurtleMessages", "An if inside a value"),
    "keyword-argument": QT_TRANSLATE_NOOP("TurtleMessages", "A name= inside the brackets"),
    "decorator": QT_TRANSLATE_NOOP("TurtleMessages", "The @ sign"),
    "function-arguments": QT_TRANSLATE_NOOP("TurtleMessages", "Default or starred values in def"),
    "nested-def": QT_TRANSLATE_NOOP("TurtleMessages", "A def inside a def"),
    "call": QT_TRANSLATE_NOOP("TurtleMessages", "Calling that"),
    "loop-variable": QT_TRANSLATE_NOOP("TurtleMessages", "More than one name after for"),
    "loop-else": QT_TRANSLATE_NOOP("TurtleMessages", "else after a loop"),
    "operator": QT_TRANSLATE_NOOP("TurtleMessages", "The sign {op}"),
    "constant": QT_TRANSLATE_NOOP("TurtleMessages", "That kind of value"),
    "command-as-value": QT_TRANSLATE_NOOP("TurtleMessages", "A command without brackets"),
    "assign-target": QT_TRANSLATE_NOOP("TurtleMessages", "Giving a value to that"),
}
OTHER_FEATURE = QT_TRANSLATE_NOOP("TurtleMessages", "That")


def _tr(source: str, lang: str | None) -> str:
    return translate(_CTX, source, lang=lang)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def _key(code: str, params: dict[str, Any], where: str) -> str:
    if code == "wrong-direction":
        return f"{code}:{params.get('want')}"
    if code in ("extra-lines", "missing-lines"):
        return f"{code}:{'one' if params.get('count') == 1 else 'many'}"
    if code == "must-use":
        return f"{code}:{params.get('what')}"
    if code in ("too-many-blocks", "ideal-blocks"):
        return f"{code}:{'block' if where == 'block' else 'line'}"
    if code in ("unknown-name", "unknown-command") and params.get("suggestion"):
        return f"{code}:suggest"
    if code == "syntax":
        return f"{code}:{params.get('kind')}"
    return code


def _word(value: Any, lang: str | None) -> str:
    text = str(value)
    return _tr(WORDS[text], lang) if text in WORDS else text


def message(item: Feedback | TurtleError, lang: str = "es", *, where: str = "line",
            variant: int | None = None) -> str:
    """The learner's sentence for a checker's feedback or a program's error (see the module's
    docstring). ``where``: "line" (text mode) or "block" (blocks mode)."""
    code = ALIASES.get(item.code, item.code)
    params = dict(item.params or {})
    line = item.line if isinstance(item, TurtleError) else params.get("line")
    key = _key(code, params, where)
    choices = SENTENCES.get(key) or SENTENCES.get(code) or SENTENCES["unknown"]
    if variant is None:
        variant = zlib.crc32(repr((code, sorted(params.items(), key=str))).encode())
    source = choices[variant % len(choices)]
    values = _Params({k: _word(v, lang) if k in ("have", "want", "got", "expected", "left", "right", "color")
                      and code not in ("output-wrong", "output-missing", "output-extra", "nothing-printed",
                                       "wrong-arg-count")
                      else v for k, v in params.items()})
    if code == "not-allowed":
        what = str(params.get("what", ""))
        values["thing"] = _tr(FEATURES.get(what, OTHER_FEATURE), lang).format_map(values)
    if code == "collection-too-big" and "what" in values:
        values["what"] = _word(values["what"], lang)
    text = _tr(source, lang).format_map(values)
    if isinstance(line, int) and not isinstance(line, bool) and line > 0:
        place = _tr(WHERE.get(where, WHERE["line"]), lang).format(n=line)
        text = _tr(AT, lang).format_map(_Params(where=place, message=text))
    return text


def all_sources() -> list[str]:
    """Every English source this module can show (the catalog's list and the tests')."""
    found = [s for choices in SENTENCES.values() for s in choices]
    found += [*WHERE.values(), AT, *WORDS.values(), *FEATURES.values(), OTHER_FEATURE]
    return list(dict.fromkeys(found))


__all__ = ["SENTENCES", "TurtleMessages", "all_sources", "message"]
