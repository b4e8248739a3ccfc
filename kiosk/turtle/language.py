"""The learners' language: a safe subset of Python 3 with Spanish, English and Guaraní names.

``prepare(source, lang)`` turns a learner's program into a validated ``ast.Module`` (the
interpreter walks it; nothing here ever calls ``exec``/``eval``/``compile`` on it):

1. ``preprocess``: a line ``repetir N:`` (``repeat N:``, Guaraní ``jey N:``; optional
   ``veces``/``times`` after N) becomes ``for _ in range(N):``, in place, so every line keeps
   its number.
2. ``ast.parse``; a syntax error is ``TurtleError("syntax", line, ...)``.
3. ``_Validator``: every node must be of a type it handles (a whitelist); names starting with
   ``_`` (except the loop variable ``_``) and Python's dangerous built-ins are refused; calls only
   to the commands of the language (``aliases``) and to the program's own ``def``s.

Aliases: every language accepts the canonical English names (Python's turtle's), plus its own
table (``ES``, ``GN``; Guaraní also accepts the Spanish names, as a child in Paraguay would mix
them). The Guaraní names are machine-made, awaiting a speaker's review (the lessons' glossary
/work/wgn1/lessons/glosario.gn.yaml has no programming terms yet).

The language's callables (canonical, then Spanish): the turtle commands forward/avanzar,
back/retroceder, left/izquierda, right/derecha, penup/subir_lapiz, pendown/bajar_lapiz,
color/color, width/grosor, goto/ir_a, circle/circulo (radius[, extent[, steps]]); the built-ins
print/mostrar, range/rango, len/largo, abs/absoluto, round/redondear, int/entero, float/decimal,
str/texto, min/minimo, max/maximo. Python's short turtle names (fd, bk, lt, rt, pu, pd, ...) work
in every language. Colours: ``kiosk.turtle.geometry.COLORS`` or "#rrggbb".

Error codes: ``kiosk.turtle.language_errors`` (its docstring, the table of the codes and their
params, is appended to this one).
"""

from __future__ import annotations

import ast
import difflib
import re
from dataclasses import dataclass

from kiosk.turtle.language_errors import _REFUSED
from kiosk.turtle.model import ProgramShape, TurtleError


LANGS = ("es", "en", "gn")

# Canonical names: Python's turtle's commands plus the few built-ins the language has.
COMMANDS = ("forward", "back", "left", "right", "penup", "pendown", "color", "width", "goto",
            "circle")
BUILTINS = ("print", "range", "len", "abs", "round", "int", "float", "str", "min", "max")
CANONICAL = COMMANDS + BUILTINS
# Built-ins a program may reuse as its own names (the commands, print and range it may not):
SHADOWABLE = frozenset(BUILTINS) - {"print", "range"}

ES = {
    "avanzar": "forward", "retroceder": "back", "izquierda": "left", "derecha": "right",
    "subir_lapiz": "penup", "bajar_lapiz": "pendown", "color": "color", "grosor": "width",
    "ir_a": "goto", "circulo": "circle", "mostrar": "print", "rango": "range", "largo": "len",
    "absoluto": "abs", "redondear": "round", "entero": "int", "decimal": "float", "texto": "str",
    "minimo": "min", "maximo": "max",
    # Python's own short turtle names are accepted too (see EN)
}
# Machine-made Guaraní names, awaiting review by a speaker (not in the glossary yet):
GN = {
    "tenonde": "forward",  # "ahead"
    "tapykue": "back",  # "backwards"
    "asu": "left",  # "left (side)"
    "akatua": "right",  # "right (side)"
    "hechauka": "print",  # "show"
}
EN = {"fd": "forward", "bk": "back", "backward": "back", "lt": "left", "rt": "right",
      "pu": "penup", "up": "penup", "pd": "pendown", "down": "pendown", "pensize": "width",
      "setpos": "goto", "setposition": "goto"}
_TABLES = {"es": (ES, EN), "en": (EN,), "gn": (GN, ES, EN)}

# `repetir N:` sugar, per language first word (all accepted everywhere; the table says which the
# blocks editor writes). Guaraní: machine-made "jey" ("again"), awaiting review.
REPEAT_WORDS = {"es": "repetir", "en": "repeat", "gn": "jey"}
_REPEAT = re.compile(r"^(?P<indent>\s*)(?:repetir|repeat|jey)\s+(?P<count>[^:#]+?)"
                     r"(?:\s+(?:veces|vez|times|jey))?\s*:(?P<rest>.*)$")

# Boolean names learners may write in Spanish (Python's True/False work everywhere).
CONSTANT_NAMES = {"Verdadero": True, "verdadero": True, "Falso": False, "falso": False}

# Python's ways into the interpreter's insides: refused by name wherever they appear (none of them
# exists in the language anyway; this gives the learner a clearer message than "unknown").
# Ordinary words a learner may use as variables (sum, next, id, sorted, ...) are not here.
FORBIDDEN = frozenset({
    "open", "eval", "exec", "execfile", "compile", "__import__", "getattr", "setattr", "delattr",
    "hasattr", "globals", "locals", "vars", "type", "object", "dir", "input", "breakpoint", "help",
    "exit", "quit", "memoryview", "bytearray", "bytes", "super", "classmethod", "staticmethod",
    "property", "callable", "isinstance", "issubclass", "builtins", "reload", "iter", "aiter", "anext",
})


def aliases(lang: str) -> dict[str, str]:
    """Every name a program in ``lang`` may call -> its canonical name."""
    names = {name: name for name in CANONICAL}
    for table in reversed(_TABLES.get(lang, _TABLES["es"])):
        names.update(table)
    return names


def canonical(name: str, lang: str) -> str | None:
    return aliases(lang).get(name)


def suggestion(name: str, known: list[str] | set[str] | tuple[str, ...], lang: str = "es") -> str | None:
    """The closest known name (a typo's likely intent), preferring the language's own names."""
    own = [n for n in known if n in dict(_TABLES.get(lang, (ES,))[0]) or n not in CANONICAL]
    for pool in (own, list(known)):
        found = difflib.get_close_matches(name, pool, n=1, cutoff=0.7)
        if found:
            return found[0]
    return None


class TurtleProblem(Exception):
    """Raised inside the engine; carries the learner-facing ``TurtleError``."""

    def __init__(self, code: str, line: int | None = None, **params):
        super().__init__(code)
        self.error = TurtleError(code, line, params)


def preprocess(source: str) -> str:
    """``repetir N:`` / ``repeat N:`` / ``jey N:`` -> ``for _ in range(N):`` on the same line
    (what follows the colon, a comment or a one-line body, is kept)."""
    out = []
    for line in source.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        m = _REPEAT.match(line)
        if m:
            line = f"{m['indent']}for _ in range({m['count'].strip()}):{m['rest']}"
        out.append(line)
    return "\n".join(out)


@dataclass(frozen=True)
class Program:
    """A validated program: its AST, language and the names of its own functions."""

    tree: ast.Module
    lang: str
    functions: frozenset[str]
    names: dict[str, str]  # callable name -> canonical, for this language


def prepare(source: str, lang: str = "es") -> Program:
    """Preprocess, parse and validate; raise ``TurtleProblem`` on the first refusal."""
    tree = parse(source)
    functions = frozenset(n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))
    bound = functions | {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    bound |= {a.arg for a in ast.walk(tree) if isinstance(a, ast.arg)}
    # A program's own variable may take a built-in's name (``largo = 50``, as in Python):
    names = {k: v for k, v in aliases(lang).items() if not (k in bound and v in SHADOWABLE)}
    try:
        _Validator(names, functions, lang).visit_program(tree)
    except RecursionError:
        raise TurtleProblem("syntax", None, kind="too-complex", text="") from None
    return Program(tree, lang, functions, names)


def parse(source: str) -> ast.Module:
    text = preprocess(source)
    try:
        return ast.parse(text, mode="exec")
    except (IndentationError, SyntaxError) as exc:
        lines = text.split("\n")
        lineno = exc.lineno if exc.lineno and exc.lineno <= len(lines) else None
        snippet = lines[lineno - 1].strip()[:80] if lineno else ""
        msg = (exc.msg or "").lower()
        if isinstance(exc, IndentationError):
            kind = "indentation"
        elif "never closed" in msg or "unexpected eof" in msg or "unmatched" in msg:
            kind = "unclosed"
        elif "too many" in msg or "nested" in msg:
            kind = "too-complex"
        else:
            kind = "other"
        raise TurtleProblem("syntax", lineno, kind=kind, text=snippet) from None
    except (RecursionError, MemoryError, ValueError):  # absurdly nested input, NUL bytes
        raise TurtleProblem("syntax", None, kind="too-complex", text="") from None


_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
           ast.Mod: "%", ast.Pow: "**"}
_OTHER_BINOPS = {ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.LShift: "<<",
                 ast.RShift: ">>", ast.MatMult: "@"}
_CMPOPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
           ast.In: "in", ast.NotIn: "not in"}
_UNARY = {ast.USub: "-", ast.UAdd: "+", ast.Not: "not"}


MAX_NESTING = 100  # statements and expressions inside each other (keeps the evaluator's recursion small)


class _Validator:
    """Walks the tree once; any node type not handled here is refused (a whitelist)."""

    def __init__(self, names: dict[str, str], functions: frozenset[str], lang: str):
        self.names = names
        self.functions = functions
        self.lang = lang
        self.loops = 0
        self.in_function = False
        self.nesting = 0

    def refuse(self, node: ast.AST, what: str, **params):
        raise TurtleProblem("not-allowed", getattr(node, "lineno", None), what=what, **params)

    def visit_program(self, tree: ast.Module) -> None:
        self.body(tree.body)

    def body(self, stmts: list[ast.stmt]) -> None:
        for stmt in stmts:
            self.stmt(stmt)

    # --- statements -----------------------------------------------------------------------
    def stmt(self, node: ast.stmt) -> None:
        line = node.lineno
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise TurtleProblem("syntax", line, kind="too-complex", text="")
        try:
            self.statement(node, line)
        finally:
            self.nesting -= 1

    def statement(self, node: ast.stmt, line: int) -> None:
        if isinstance(node, ast.Expr):
            self.expr(node.value)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                self.target(target)
            self.expr(node.value)
        elif isinstance(node, ast.AugAssign):
            self.target(node.target)
            self.binop_kind(node, node.op)
            self.expr(node.value)
        elif isinstance(node, ast.For):
            if not isinstance(node.target, ast.Name):
                self.refuse(node, "loop-variable")
            if node.orelse:
                self.refuse(node, "loop-else")
            self.target(node.target)
            self.expr(node.iter)
            self.loop_body(node.body)
        elif isinstance(node, ast.While):
            if node.orelse:
                self.refuse(node, "loop-else")
            self.expr(node.test)
            self.loop_body(node.body)
        elif isinstance(node, ast.If):
            self.expr(node.test)
            self.body(node.body)
            self.body(node.orelse)
        elif isinstance(node, ast.FunctionDef):
            self.function(node)
        elif isinstance(node, ast.Return):
            if not self.in_function:
                raise TurtleProblem("outside-function", line)
            if node.value is not None:
                self.expr(node.value)
        elif isinstance(node, (ast.Break, ast.Continue)):
            if not self.loops:
                raise TurtleProblem("outside-loop", line, word="break" if isinstance(node, ast.Break) else "continue")
        elif isinstance(node, ast.Pass):
            pass
        else:
            self.refuse_node(node)

    def loop_body(self, stmts: list[ast.stmt]) -> None:
        self.loops += 1
        self.body(stmts)
        self.loops -= 1

    def function(self, node: ast.FunctionDef) -> None:
        if self.in_function:
            self.refuse(node, "nested-def")
        if node.decorator_list:
            self.refuse(node, "decorator")
        args = node.args
        if (args.vararg or args.kwarg or args.kwonlyargs or args.defaults or args.kw_defaults
                or args.posonlyargs or node.returns or any(a.annotation for a in args.args)):
            self.refuse(node, "function-arguments")
        self.binding_name(node.name, node.lineno)
        for arg in args.args:
            self.binding_name(arg.arg, node.lineno)
        self.in_function, loops = True, self.loops
        self.loops = 0
        self.body(node.body)
        self.in_function, self.loops = False, loops

    def target(self, node: ast.expr) -> None:
        if isinstance(node, ast.Name):
            self.binding_name(node.id, node.lineno)
        elif isinstance(node, ast.Subscript):
            self.subscript(node)
        else:
            self.refuse_node(node, default="assign-target")

    def binding_name(self, name: str, line: int) -> None:
        self.name_ok(name, line)
        if name in self.names or name in CONSTANT_NAMES:
            raise TurtleProblem("reserved-name", line, name=name)

    def name_ok(self, name: str, line: int | None) -> None:
        if name.startswith("_") and name != "_":
            raise TurtleProblem("private-name", line, name=name)
        if name in FORBIDDEN and name not in self.names:
            raise TurtleProblem("forbidden-name", line, name=name)

    # --- expressions ----------------------------------------------------------------------
    def expr(self, node: ast.expr) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise TurtleProblem("syntax", getattr(node, "lineno", None), kind="too-complex", text="")
        try:
            self.expression(node)
        finally:
            self.nesting -= 1

    def expression(self, node: ast.expr) -> None:
        if isinstance(node, ast.Constant):
            if not isinstance(node.value, (bool, int, float, str)) or isinstance(node.value, complex):
                self.refuse(node, "constant")
        elif isinstance(node, ast.Name):
            self.name_ok(node.id, node.lineno)
            if node.id in self.names:
                self.refuse(node, "command-as-value", name=node.id)
        elif isinstance(node, ast.BinOp):
            self.binop_kind(node, node.op)
            self.expr(node.left)
            self.expr(node.right)
        elif isinstance(node, ast.UnaryOp):
            if type(node.op) not in _UNARY:
                self.refuse(node, "operator", op="~")
            self.expr(node.operand)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                self.expr(value)
        elif isinstance(node, ast.Compare):
            for op in node.ops:
                if type(op) not in _CMPOPS:
                    self.refuse(node, "operator", op="is")
            self.expr(node.left)
            for value in node.comparators:
                self.expr(value)
        elif isinstance(node, ast.Call):
            self.call(node)
        elif isinstance(node, (ast.List, ast.Tuple)):
            for elt in node.elts:
                self.expr(elt)
        elif isinstance(node, ast.Subscript):
            self.subscript(node)
        else:
            self.refuse_node(node)

    def binop_kind(self, node: ast.AST, op: ast.operator) -> None:
        if type(op) not in _BINOPS:
            self.refuse(node, "operator", op=_OTHER_BINOPS.get(type(op), "?"))

    def subscript(self, node: ast.Subscript) -> None:
        if isinstance(node.slice, ast.Slice):
            self.refuse(node, "slice")
        if not isinstance(node.value, (ast.Name, ast.List, ast.Tuple, ast.Subscript, ast.Constant)):
            self.refuse(node, "subscript")
        if isinstance(node.value, ast.Constant) and not isinstance(node.value.value, str):
            self.refuse(node, "subscript")
        if isinstance(node.value, ast.Subscript):
            self.subscript(node.value)
        else:
            self.expr(node.value)
        self.expr(node.slice)

    def call(self, node: ast.Call) -> None:
        if not isinstance(node.func, ast.Name):
            if isinstance(node.func, ast.Attribute):
                self.refuse(node, "attribute", name=node.func.attr)
            self.refuse(node, "call")
        name = node.func.id
        self.name_ok(name, node.lineno)
        if name not in self.names and name not in self.functions:
            known = sorted(set(self.names) | set(self.functions))
            raise TurtleProblem("unknown-command", node.lineno, name=name,
                                suggestion=suggestion(name, known, self.lang))
        if node.keywords:
            self.refuse(node, "keyword-argument", name=node.keywords[0].arg)
        for arg in node.args:
            self.expr(arg)

    def refuse_node(self, node: ast.AST, default: str = "other") -> None:
        if isinstance(node, ast.Attribute):
            self.refuse(node, "attribute", name=node.attr)
        what = _REFUSED.get(type(node))
        if what is None and default != "other":
            what = default
        if what is None:
            self.refuse(node, "other", node=type(node).__name__)
        self.refuse(node, what)


# --- the program's shape (structure rules) -------------------------------------------------
def shape(source: str, lang: str = "es") -> ProgramShape:
    """Lines, blocks (statements), loops, ifs, defs and the turtle commands used. Never raises: a
    program that does not parse has only its line count."""
    lines = sum(1 for ln in source.splitlines() if ln.strip() and not ln.strip().startswith("#"))
    try:
        tree = parse(source)
    except TurtleProblem:
        return ProgramShape(lines=lines, blocks=0, loops=0, conditionals=0, functions=0)
    names = aliases(lang)
    blocks = loops = conditionals = functions = 0
    calls: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            blocks += 1
        if isinstance(node, (ast.For, ast.While)):
            loops += 1
        elif isinstance(node, ast.If):
            conditionals += 1
        elif isinstance(node, ast.FunctionDef):
            functions += 1
    found = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)),
                   key=lambda n: (n.lineno, n.col_offset))
    for node in found:
        name = names.get(node.func.id)
        if name in COMMANDS and name not in calls:
            calls.append(name)
    variables = sum(1 for n in ast.walk(tree) if isinstance(n, (ast.Assign, ast.AugAssign)))
    return ProgramShape(lines=lines, blocks=blocks, loops=loops, conditionals=conditionals,
                        functions=functions, calls=tuple(calls), variables=variables)


def uses_variable(tree: ast.Module) -> bool:
    """Whether the program assigns a variable of its own (the loop variable ``_`` does not count)."""
    return any(isinstance(n, (ast.Assign, ast.AugAssign)) for n in ast.walk(tree))
