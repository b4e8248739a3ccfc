"""The error codes of the learners' language (``kiosk.turtle.language``, whose docstring ends
with this one); ``_REFUSED``: the ``not-allowed`` code's "what" for each Python node refused.

Error codes (``TurtleError(code, line, params)``; the learner's sentence is built from them by
``kiosk.turtle.messages``). ``line`` is the 1-based source line when known, else None.
``name`` params are always as the learner wrote them.

Found before the program runs (this module):
- ``syntax`` {"kind": "indentation" | "unclosed" | "too-complex" | "other", "text": the line's
  text (stripped, ≤ 80 chars) or ""}: Python cannot read the program ("too-complex": more than
  100 levels of things inside each other).
- ``not-allowed`` {"what": W, ...}: a Python feature outside the language. W is one of
  ``import``, ``attribute`` (``x.y``; params also "name": the attribute's name), ``slice``,
  ``subscript`` (indexing something other than a plain value), ``lambda``, ``comprehension``,
  ``generator`` (yield/await), ``with``, ``try`` (try/raise/assert), ``class``, ``global``
  (global/nonlocal), ``starred``, ``fstring``, ``dict``, ``set``, ``delete``, ``walrus``,
  ``async``, ``match``, ``conditional-expression`` (``a if c else b``), ``keyword-argument``
  (also "name": the keyword), ``decorator``, ``function-arguments`` (defaults, *args, **kw),
  ``nested-def``, ``call`` (calling something that is not a plain name), ``loop-variable`` (a
  ``for`` target that is not one plain name), ``loop-else``, ``operator`` (also "op": e.g.
  "&", "is", "@"), ``constant`` (bytes, None literal, complex, ...), ``command-as-value`` (also
  "name": a command used without calling it), ``assign-target`` (assigning to something other
  than a name or a list item), ``other`` (also "node": the Python node's name).
- ``private-name`` {"name"}: a name starting with ``_`` (``__class__``, ``__builtins__``...).
- ``forbidden-name`` {"name"}: open, eval, exec, compile, __import__, getattr, globals, ...
- ``reserved-name`` {"name"}: assigning to, or defining a function or parameter named like, a
  command, print or range (``avanzar = 5``, ``def derecha():``). The other built-ins (len/largo,
  str/texto, int/entero, ...) may be reused as variable names, as in Python (``largo = 50``).
- ``unknown-command`` {"name", "suggestion": the closest known command in the program's
  language, or None}: a call to something that is neither a command nor a ``def`` of the program.
- ``outside-loop`` {"word": "break" | "continue"}; ``outside-function`` {} (``return``).

Found while running (``kiosk.turtle.interpreter``):
- ``unknown-name`` {"name", "suggestion" or None}: a variable read before it was given a value.
- ``unbound-local`` {"name"}: inside a ``def``, a variable read before the function set it.
- ``too-many-steps`` {"limit"}: the program took too long (usually an endless loop).
- ``too-many-moves`` {"limit"}: too many turtle commands (a circle counts its sides).
- ``number-too-big`` {"limit"}: a number beyond ±limit (also an infinite result).
- ``not-a-number`` {"op"}: a result that is no ordinary number (``(-8) ** 0.5``, NaN).
- ``string-too-long`` {"limit"}; ``collection-too-big`` {"limit", "what": "list" | "range"}.
- ``too-deep`` {"limit"}: functions calling themselves too many times (or too nested a value).
- ``too-much-output`` {"lines", "chars"}: print() was called for too many lines or characters;
  the output kept is cut at those limits.
- ``division-by-zero`` {"op": "/" | "//" | "%" | "**" (``0 ** -1``)}.
- ``type-mismatch`` {"op": one of + - * / // % ** < <= > >= == in "not in", "[]" (reading an
  item of something that is no list), "[]=" (changing an item of something that is no list),
  "min", "max"; "left": T, "right": T}, T one of
  "number", "text", "bool", "list", "none", "function": an operation on values that do not mix
  (a sign, ``-x``: left and right are both x's kind).
- ``bad-argument`` {"name", "position": 1-based, "expected": "number" | "text" | "color" |
  "whole-number" | "positive-number" | "not-zero" | "list" | "point" | "digits", "got": T}: a
  command or built-in given a wrong value ("point": goto's single argument must be a pair of numbers;
  "digits": round's second argument must be a whole number from -20 to 20).
- ``wrong-arg-count`` {"name", "expected": "N" or "N-M", "got": N}.
- ``unknown-color`` {"color"}: not one of the color names (es/en) nor "#rrggbb".
- ``not-callable`` {"name"}: calling a function's name after a value was put in it.
- ``not-iterable`` {"got": T}: ``for x in`` something that is not a list, tuple, text or range.
- ``index-error`` {"index", "length"}; ``index-type`` {"got": T}: a list index that is not a whole number.
- ``out-of-memory`` {}: the program needed more memory than allowed.

Found by the sandbox (``kiosk.turtle.sandbox``):
- ``timeout`` {"seconds"}: the wall clock ran out (the child process was stopped).
- ``crashed`` {"exitcode"}: the child process ended without an answer (e.g. the memory cap).
"""

from __future__ import annotations

import ast

_REFUSED = {
    ast.Import: "import", ast.ImportFrom: "import", ast.Lambda: "lambda",
    ast.ListComp: "comprehension", ast.SetComp: "comprehension", ast.DictComp: "comprehension",
    ast.GeneratorExp: "comprehension", ast.Yield: "generator", ast.YieldFrom: "generator",
    ast.Await: "generator", ast.With: "with", ast.AsyncWith: "with", ast.Try: "try",
    ast.Raise: "try", ast.Assert: "try", ast.ClassDef: "class", ast.Global: "global",
    ast.Nonlocal: "global", ast.Starred: "starred", ast.JoinedStr: "fstring",
    ast.FormattedValue: "fstring", ast.Dict: "dict", ast.Set: "set", ast.Delete: "delete",
    ast.NamedExpr: "walrus", ast.AsyncFunctionDef: "async", ast.AsyncFor: "async",
    ast.IfExp: "conditional-expression", ast.Slice: "slice", ast.Match: "match",
}
if hasattr(ast, "TryStar"):
    _REFUSED[ast.TryStar] = "try"
