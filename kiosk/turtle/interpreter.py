"""A tree-walking evaluator for the validated learners' language (``kiosk.turtle.language``).

Nothing here calls Python's ``exec``/``eval``/``compile`` on a learner's program: each node of
the whitelisted AST is evaluated by a method of ``Interpreter``, with the program's values kept in
plain dicts. Every limit of ``model.Limits`` is checked as the program goes:

- ``steps``: one per statement and per expression evaluated, one per turtle command, and one per
  64 elements a list/text operation copies or compares (so "work", not just nodes, is counted);
- ``number``: after every arithmetic result; ``**`` is estimated with logarithms BEFORE computing;
- ``string`` / ``collection``: before a text or list is built (``"a" * 10**9`` is never built);
- ``depth``: calls of the program's own functions; ``moves``: turtle commands (a circle counts
  its sides; a ``print`` is a step the studio shows, so it counts too);
- ``output_lines`` / ``output_chars``: printing beyond them stops the run, keeping the output cut
  at the limits.

``run_in_process(source, lang, limits) -> RunResult`` never raises for a learner's program; the
wall clock (``Limits.seconds``) and the memory cap are the sandbox's (``kiosk.turtle.sandbox``).
"""

from __future__ import annotations

import ast
import math
import operator

from kiosk.turtle.commands import COPY_COST as _COPY_COST
from kiosk.turtle.commands import UserFunction, call_builtin, is_number, kind
from kiosk.turtle.geometry import Turtle
from kiosk.turtle.language import CONSTANT_NAMES, Program, TurtleProblem, prepare, suggestion
from kiosk.turtle.model import Limits, RunResult, Step, TurtleError, TurtleState

_ARITHMETIC = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
               "//": operator.floordiv, "%": operator.mod, "**": operator.pow}


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class _Return(Exception):
    def __init__(self, value):
        super().__init__()
        self.value = value


def _assigned_names(body: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
    return names


class Interpreter:
    def __init__(self, program: Program, limits: Limits):
        self.program = program
        self.limits = limits
        self.turtle = Turtle()
        self.steps: list[Step] = []
        self.output: list[str] = []
        self.out_chars = 0
        self.counter = 0
        self.moves = 0
        self.depth = 0
        self.line: int | None = None
        self.globals: dict[str, object] = {}
        self.frame: tuple[dict[str, object], frozenset[str]] | None = None  # locals, local names
        self._log_limit = math.log10(limits.number) if limits.number > 1 else 0.0

    # --- budget -------------------------------------------------------------------------------
    def tick(self, cost: int = 1) -> None:
        self.counter += cost
        if self.counter > self.limits.steps:
            raise TurtleProblem("too-many-steps", self.line, limit=self.limits.steps)

    def fail(self, code: str, **params):
        raise TurtleProblem(code, self.line, **params)

    def number(self, value, op: str = ""):
        if isinstance(value, complex) or (isinstance(value, float) and math.isnan(value)):
            self.fail("not-a-number", op=op)
        if isinstance(value, float) and math.isinf(value) or abs(value) > self.limits.number:
            self.fail("number-too-big", limit=self.limits.number)
        return value

    def text(self, value: str) -> str:
        if len(value) > self.limits.string:
            self.fail("string-too-long", limit=self.limits.string)
        return value

    def sized(self, length: int, what: str = "list") -> None:
        if length > self.limits.collection:
            self.fail("collection-too-big", limit=self.limits.collection, what=what)
        self.tick(length // _COPY_COST)

    # --- statements ---------------------------------------------------------------------------
    def run(self) -> None:
        self.block(self.program.tree.body)

    def block(self, stmts) -> None:
        for stmt in stmts:
            self.stmt(stmt)

    def stmt(self, node: ast.stmt) -> None:
        self.line = node.lineno
        self.tick()
        if isinstance(node, ast.Expr):
            self.eval(node.value)
        elif isinstance(node, ast.Assign):
            value = self.eval(node.value)
            for target in node.targets:
                self.store(target, value)
        elif isinstance(node, ast.AugAssign):
            current = self.eval(_as_load(node.target))
            value = self.eval(node.value)
            self.line = node.lineno
            self.store(node.target, self.binop(node.op, current, value))
        elif isinstance(node, ast.For):
            self.loop_for(node)
        elif isinstance(node, ast.While):
            while self.truth(self.eval(node.test)):
                try:
                    self.block(node.body)
                except _Break:
                    break
                except _Continue:
                    pass
                self.line = node.lineno
        elif isinstance(node, ast.If):
            self.block(node.body if self.truth(self.eval(node.test)) else node.orelse)
        elif isinstance(node, ast.FunctionDef):
            params = tuple(a.arg for a in node.args.args)
            local = frozenset(_assigned_names(node.body) | set(params))
            self.set_name(node.name, UserFunction(node.name, params, tuple(node.body), local))
        elif isinstance(node, ast.Return):
            raise _Return(None if node.value is None else self.eval(node.value))
        elif isinstance(node, ast.Break):
            raise _Break
        elif isinstance(node, ast.Continue):
            raise _Continue
        elif isinstance(node, ast.Pass):
            pass
        else:  # the validator let through something this evaluator does not know
            raise AssertionError(f"unvalidated statement {type(node).__name__}")

    def loop_for(self, node: ast.For) -> None:
        iterable = self.eval(node.iter)
        if not isinstance(iterable, (list, tuple, str, range)):
            self.fail("not-iterable", got=kind(iterable))
        if isinstance(iterable, list):
            iterable = tuple(iterable)  # changing the list inside the loop does not change the loop
        for item in iterable:
            self.store(node.target, item)
            try:
                self.block(node.body)
            except _Break:
                break
            except _Continue:
                pass
            self.line = node.lineno
            self.tick()

    def truth(self, value) -> bool:
        if isinstance(value, UserFunction):
            return True
        if isinstance(value, (list, tuple, str, range)):
            return len(value) > 0
        return bool(value)

    # --- names --------------------------------------------------------------------------------
    def set_name(self, name: str, value) -> None:
        if self.frame is not None:
            self.frame[0][name] = value
        else:
            self.globals[name] = value

    def get_name(self, name: str):
        if name in CONSTANT_NAMES:
            return CONSTANT_NAMES[name]
        if self.frame is not None and name in self.frame[1]:
            if name not in self.frame[0]:
                self.fail("unbound-local", name=name)
            return self.frame[0][name]
        if name in self.globals:
            return self.globals[name]
        known = list(self.globals) + (list(self.frame[0]) if self.frame else [])
        self.fail("unknown-name", name=name, suggestion=suggestion(name, known, self.program.lang))

    def store(self, target: ast.expr, value) -> None:
        if isinstance(target, ast.Name):
            self.set_name(target.id, value)
            return
        assert isinstance(target, ast.Subscript)
        container = self.eval(target.value)
        index = self.eval(target.slice)
        if not isinstance(container, list):
            self.fail("type-mismatch", op="[]=", left=kind(container), right=kind(value))
        container[self.index(container, index)] = value

    def index(self, container, index) -> int:
        if not isinstance(index, int):
            self.fail("index-type", got=kind(index))
        if not -len(container) <= index < len(container):
            self.fail("index-error", index=index, length=len(container))
        return index

    # --- expressions --------------------------------------------------------------------------
    def eval(self, node: ast.expr):
        self.tick()
        if isinstance(node, ast.Constant):
            value = node.value
            return self.text(value) if isinstance(value, str) else self.number(value) if is_number(value) else value
        if isinstance(node, ast.Name):
            return self.get_name(node.id)
        if isinstance(node, ast.BinOp):
            left = self.eval(node.left)
            right = self.eval(node.right)
            self.line = getattr(node, "lineno", self.line)
            return self.binop(node.op, left, right)
        if isinstance(node, ast.UnaryOp):
            value = self.eval(node.operand)
            if isinstance(node.op, ast.Not):
                return not self.truth(value)
            if not is_number(value):
                self.fail("type-mismatch", op="-" if isinstance(node.op, ast.USub) else "+", left="none", right=kind(value))
            return -value if isinstance(node.op, ast.USub) else +value
        if isinstance(node, ast.BoolOp):
            is_and = isinstance(node.op, ast.And)
            value = None
            for sub in node.values:
                value = self.eval(sub)
                if self.truth(value) != is_and:
                    return value
            return value
        if isinstance(node, ast.Compare):
            left = self.eval(node.left)
            for op, right_node in zip(node.ops, node.comparators):
                right = self.eval(right_node)
                if not self.compare(op, left, right):
                    return False
                left = right
            return True
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, (ast.List, ast.Tuple)):
            self.sized(len(node.elts))
            values = [self.eval(elt) for elt in node.elts]
            return values if isinstance(node, ast.List) else tuple(values)
        if isinstance(node, ast.Subscript):
            container = self.eval(node.value)
            index = self.eval(node.slice)
            if not isinstance(container, (list, tuple, str, range)):
                self.fail("type-mismatch", op="[]", left=kind(container), right=kind(index))
            return container[self.index(container, index)]
        raise AssertionError(f"unvalidated expression {type(node).__name__}")

    def binop(self, op: ast.operator, a, b):
        symbol = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
                  ast.Mod: "%", ast.Pow: "**"}[type(op)]
        if is_number(a) and is_number(b):
            if symbol in ("/", "//", "%") and b == 0:
                self.fail("division-by-zero", op=symbol)
            if symbol == "**":
                self.check_power(a, b)
            try:
                result = _ARITHMETIC[symbol](a, b)
            except OverflowError:
                self.fail("number-too-big", limit=self.limits.number)
            except ZeroDivisionError:
                self.fail("division-by-zero", op=symbol)
            return self.number(result, symbol)
        if symbol == "+" and isinstance(a, str) and isinstance(b, str):
            self.text_size(len(a) + len(b))
            return a + b
        if symbol == "+" and isinstance(a, list) and isinstance(b, list) or (
                symbol == "+" and isinstance(a, tuple) and isinstance(b, tuple)):
            self.sized(len(a) + len(b))
            return a + b
        if symbol == "*" and isinstance(b, (str, list, tuple)) and isinstance(a, int):
            a, b = b, a
        if symbol == "*" and isinstance(a, (str, list, tuple)) and isinstance(b, int):
            length = len(a) * max(int(b), 0)
            if isinstance(a, str):
                self.text_size(length)
            else:
                self.sized(length)
            return a * b
        self.fail("type-mismatch", op=symbol, left=kind(a), right=kind(b))

    def text_size(self, length: int) -> None:
        if length > self.limits.string:
            self.fail("string-too-long", limit=self.limits.string)
        self.tick(length // _COPY_COST)

    def check_power(self, a, b) -> None:
        if a == 0 and b < 0:
            self.fail("division-by-zero", op="**")
        if a < 0 and isinstance(b, float) and not b.is_integer():
            self.fail("not-a-number", op="**")
        base = abs(a)
        if base not in (0, 1) and b * math.log10(base) > self._log_limit:
            self.fail("number-too-big", limit=self.limits.number)

    def compare(self, op: ast.cmpop, a, b) -> bool:
        for value in (a, b):
            if isinstance(value, (list, tuple, str, range)):
                self.tick(len(value) // _COPY_COST)
        try:
            if isinstance(op, ast.Eq):
                return a == b
            if isinstance(op, ast.NotEq):
                return a != b
            if isinstance(op, (ast.In, ast.NotIn)):
                if not isinstance(b, (list, tuple, str, range)) or (isinstance(b, str) and not isinstance(a, str)):
                    raise TypeError
                return (a in b) == isinstance(op, ast.In)
            if isinstance(a, UserFunction) or isinstance(b, UserFunction):
                raise TypeError
            if isinstance(op, ast.Lt):
                return a < b
            if isinstance(op, ast.LtE):
                return a <= b
            if isinstance(op, ast.Gt):
                return a > b
            return a >= b
        except TypeError:
            symbol = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.In: "in",
                      ast.NotIn: "not in"}.get(type(op), "==")
            self.fail("type-mismatch", op=symbol, left=kind(a), right=kind(b))

    # --- calls --------------------------------------------------------------------------------
    def call(self, node: ast.Call):
        name = node.func.id
        args = [self.eval(arg) for arg in node.args]
        self.line = node.lineno
        if name in self.program.functions and name not in self.program.names:
            function = self.get_name(name)
            if not isinstance(function, UserFunction):
                self.fail("not-callable", name=name)
            return self.call_user(function, args, name)
        return call_builtin(self, name, self.program.names[name], args)

    def call_user(self, function: UserFunction, args: list, name: str):
        if len(args) != len(function.params):
            self.fail("wrong-arg-count", name=name, expected=str(len(function.params)), got=len(args))
        if self.depth >= self.limits.depth:
            self.fail("too-deep", limit=self.limits.depth)
        saved, line = self.frame, self.line
        self.frame = (dict(zip(function.params, args)), function.local_names)
        self.depth += 1
        try:
            self.block(function.body)
            result = None
        except _Return as ret:
            result = ret.value
        finally:
            self.frame = saved
            self.depth -= 1
            self.line = line
        return result

    # --- what the turtle and print leave -----------------------------------------------------------
    def record(self, command: str, segments, cost: int = 1) -> None:
        self.moves += cost
        self.tick()
        self.steps.append(Step(self.line or 0, command, self.turtle.state(), tuple(segments)))

    def use_moves(self, count: int) -> None:
        if self.moves + count > self.limits.moves:
            self.fail("too-many-moves", limit=self.limits.moves)

    def print_lines(self, text: str) -> None:
        lines = text.split("\n")
        limits = self.limits
        for line in lines:
            room_lines = limits.output_lines - len(self.output)
            room_chars = limits.output_chars - self.out_chars
            if room_lines <= 0 or len(line) > room_chars:
                if room_lines > 0 and room_chars > 0:
                    self.output.append(line[:room_chars])
                    self.out_chars += room_chars
                self.fail("too-much-output", lines=limits.output_lines, chars=limits.output_chars)
            self.output.append(line)
            self.out_chars += len(line)


def _as_load(target: ast.expr) -> ast.expr:
    if isinstance(target, ast.Name):
        return ast.copy_location(ast.Name(target.id, ast.Load()), target)
    return ast.copy_location(ast.Subscript(target.value, target.slice, ast.Load()), target)


def run_in_process(source: str, lang: str = "es", limits: Limits = Limits()) -> RunResult:
    """Run a learner's program here (no wall clock: that is the sandbox's). Never raises for
    the program's faults; they are the result's ``error``."""
    try:
        program = prepare(source, lang)
    except TurtleProblem as problem:
        return RunResult((), (), TurtleState(), problem.error)
    interpreter = Interpreter(program, limits)
    error: TurtleError | None = None
    try:
        interpreter.run()
    except TurtleProblem as problem:
        error = problem.error
        if error.line is None and interpreter.line is not None:
            error = TurtleError(error.code, interpreter.line, error.params)
    except RecursionError:
        error = TurtleError("too-deep", interpreter.line, {"limit": limits.depth})
    except MemoryError:
        error = TurtleError("out-of-memory", interpreter.line, {})
    except (_Break, _Continue, _Return):  # the validator refuses these outside loops/functions
        raise AssertionError("control flow escaped")
    return RunResult(tuple(interpreter.steps), tuple(interpreter.output), interpreter.turtle.state(), error)
