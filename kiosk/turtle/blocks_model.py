"""The blocks editor's program, without Qt: a tree of blocks that becomes a text program.

A ``BlocksProgram`` is a list of ``Block``; a ``repeat`` block holds a body of blocks. Its text
(``to_source``) has ONE line per block, in the order the blocks are shown, so the line an error
names is the block to point at: ``block_for_line(n)``. An empty ``repeat`` gets a ``pass`` line
inside it, which belongs to the repeat (its text stays valid Python; the studio still tells the
child to fill it before running).

``from_source`` reads back the programs blocks can express (one known command per line, ``repetir
N:`` / ``repeat N:`` / ``for _ in range(N):`` with 4-space indents) and returns None for others.

"My blocks": a ``define`` block (``def NAME():``, no parameters, at the top level only) holds a
body like a repeat; a ``use`` block (``NAME()``) calls it. NAME is a safe identifier
(``safe_name``): the editor offers a short fixed list a child can tap (``DEF_NAMES``), and text
read back may use any other safe name. A new ``define`` goes to the top, after the other ones, so
it is defined before the blocks that use it run. Lessons name them ``definir``/``usar`` (English
``define``/``use``) in their palette.

Adding a kind later (``if``/``else``, "my blocks") is one ``KindSpec`` entry plus its lines in
``_lines``/``_parse_line``: the tree keeps a ``body``; a two-branch block would add an ``orelse``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import count

INDENT = "    "
_ids = count(1)


@dataclass(frozen=True)
class KindSpec:
    """One kind of block: its command names per language, its number (or colour), and limits."""

    kind: str
    es: str  # the Spanish command (or keyword) written in the text program
    en: str
    arg: str | None  # "int", "color", "name" (my blocks) or None
    default: int | str | None = None
    low: int = 0
    high: int = 0
    step: int = 1
    container: bool = False


KINDS: dict[str, KindSpec] = {spec.kind: spec for spec in (
    KindSpec("forward", "avanzar", "forward", "int", 50, 0, 500, 10),
    KindSpec("back", "retroceder", "back", "int", 50, 0, 500, 10),
    KindSpec("right", "derecha", "right", "int", 90, 0, 360, 15),
    KindSpec("left", "izquierda", "left", "int", 90, 0, 360, 15),
    KindSpec("repeat", "repetir", "repeat", "int", 4, 1, 36, 1, container=True),
    KindSpec("penup", "subir_lapiz", "penup", None),
    KindSpec("pendown", "bajar_lapiz", "pendown", None),
    KindSpec("color", "color", "color", "color", "red"),
    KindSpec("circle", "circulo", "circle", "int", 50, 1, 200, 10),  # a circle of this radius
    # my blocks: es/en are the palette's words (the text is ``def NAME():`` and ``NAME()``)
    KindSpec("define", "definir", "define", "name", "mi_bloque", container=True),
    KindSpec("use", "usar", "use", "name", "mi_bloque"),
)}
NAMED = ("define", "use")

# The names a child taps for a block of their own (es and gn lessons read the Spanish ones).
DEF_NAMES: dict[str, tuple[str, ...]] = {
    "es": ("cuadrado", "triangulo", "escalon", "flor", "casa", "estrella", "mi_bloque"),
    "en": ("square", "triangle", "step", "flower", "house", "star", "my_block"),
}
_SAFE = re.compile(r"^[a-z][a-z0-9_]{0,23}$")


def def_names(lang: str) -> tuple[str, ...]:
    return DEF_NAMES["en" if lang == "en" else "es"]


def safe_name(name: str) -> bool:
    """A name a block of one's own may have: lower-case ASCII letters, digits and ``_`` (a letter
    first, at most 24), neither a Python keyword nor a name the language already has (commands,
    built-ins, ``repetir``, the refused ones) nor a palette word."""
    import keyword

    if not isinstance(name, str) or not _SAFE.match(name) or keyword.iskeyword(name):
        return False
    return name not in _taken()


@cache
def _taken() -> frozenset[str]:
    from kiosk.turtle.language import CONSTANT_NAMES, FORBIDDEN, LANGS, REPEAT_WORDS, aliases

    taken = set(FORBIDDEN) | set(CONSTANT_NAMES) | set(REPEAT_WORDS.values()) | {"pass", "veces", "times"}
    for lang in LANGS:
        taken |= set(aliases(lang))
    taken |= {n for spec in KINDS.values() for n in (spec.kind, spec.es, spec.en)}
    return frozenset(taken)

# The colours a colour block offers: canonical (English, what the interpreter draws) -> Spanish.
COLORS: dict[str, str] = {
    "red": "rojo", "blue": "azul", "green": "verde", "orange": "naranja",
    "purple": "morado", "black": "negro", "yellow": "amarillo",
}
_COLOR_ALIASES = {**{c: c for c in COLORS}, **{es: en for en, es in COLORS.items()}}

# Every name ``from_source`` understands -> kind (es, en, and Python's own ``for`` loop).
_NAMES = {name: spec.kind for spec in KINDS.values() for name in (spec.es, spec.en)
          if spec.kind not in NAMED}
_PALETTE_WORDS = {name: spec.kind for spec in KINDS.values() for name in (spec.es, spec.en)}


@dataclass(eq=False)
class Block:
    """One block. ``value``: its number, its colour's canonical name, or (my blocks) the name
    defined or used; ``body``: a repeat's or a definition's blocks. Blocks compare by identity (two "avanzar 50" are two different blocks)."""

    kind: str
    value: int | str | None = None
    body: list[Block] = field(default_factory=list)
    id: int = field(default_factory=lambda: next(_ids))

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")
        if self.value is None:
            self.value = KINDS[self.kind].default

    @property
    def spec(self) -> KindSpec:
        return KINDS[self.kind]

    @property
    def container(self) -> bool:
        return self.spec.container

    def set_value(self, value: int | str) -> None:
        spec = self.spec
        if spec.arg == "int":
            self.value = max(spec.low, min(spec.high, int(value)))
        elif spec.arg == "color":
            self.value = _COLOR_ALIASES.get(str(value), self.value)
        elif spec.arg == "name" and safe_name(str(value)):
            self.value = str(value)

    def same(self, other: Block) -> bool:
        """Equal kind, value and body (structure, not identity)."""
        return (self.kind == other.kind and self.value == other.value and len(self.body) == len(other.body)
                and all(a.same(b) for a, b in zip(self.body, other.body)))


class BlocksProgram:
    """The program as blocks: ``blocks`` at the top level, repeats holding their own."""

    def __init__(self, blocks: list[Block] | None = None) -> None:
        self.blocks: list[Block] = list(blocks or [])

    # -- reading ------------------------------------------------------------------------------
    def walk(self) -> list[tuple[Block, int]]:
        """Every block with its depth, in the order shown (= its line order)."""
        out: list[tuple[Block, int]] = []

        def visit(blocks: list[Block], depth: int) -> None:
            for block in blocks:
                out.append((block, depth))
                if block.container:
                    visit(block.body, depth + 1)
        visit(self.blocks, 0)
        return out

    def count(self) -> int:
        return len(self.walk())

    def parent_list(self, block: Block) -> list[Block]:
        """The list that holds ``block`` (the top level or a repeat's body)."""
        if any(b is block for b in self.blocks):
            return self.blocks
        for each, _ in self.walk():
            if any(b is block for b in each.body):
                return each.body
        raise ValueError("block not in this program")

    def parent_of(self, block: Block) -> Block | None:
        for each, _ in self.walk():
            if any(b is block for b in each.body):
                return each
        return None

    def empty_repeats(self) -> list[Block]:
        """The repeats with nothing inside (an empty definition runs: it does nothing)."""
        return [b for b, _ in self.walk() if b.kind == "repeat" and not b.body]

    def defined(self) -> list[str]:
        """The names of the program's own blocks, in order."""
        return [b.value for b in self.blocks if b.kind == "define"]

    def same(self, other: BlocksProgram) -> bool:
        return len(self.blocks) == len(other.blocks) and all(a.same(b) for a, b in zip(self.blocks, other.blocks))

    # -- text ---------------------------------------------------------------------------------
    def _lines(self, lang: str) -> list[tuple[str, Block]]:
        es = lang != "en"  # Guaraní lessons read the Spanish names (the language accepts both)
        lines: list[tuple[str, Block]] = []

        def emit(blocks: list[Block], depth: int) -> None:
            pad = INDENT * depth
            for block in blocks:
                spec = block.spec
                name = spec.es if es else spec.en
                if block.container:
                    head = f"def {block.value}():" if block.kind == "define" else f"{name} {block.value}:"
                    lines.append((f"{pad}{head}", block))
                    if block.body:
                        emit(block.body, depth + 1)
                    else:
                        lines.append((f"{pad}{INDENT}pass", block))
                elif block.kind == "use":
                    lines.append((f"{pad}{block.value}()", block))
                elif spec.arg == "color":
                    shown = COLORS.get(str(block.value), block.value) if es else block.value
                    lines.append((f'{pad}{name}("{shown}")', block))
                elif spec.arg == "int":
                    lines.append((f"{pad}{name}({block.value})", block))
                else:
                    lines.append((f"{pad}{name}()", block))
        emit(self.blocks, 0)
        return lines

    def to_source(self, lang: str = "es") -> str:
        lines = self._lines(lang)
        return "".join(text + "\n" for text, _ in lines)

    def block_for_line(self, line: int, lang: str = "es") -> Block | None:
        """The block whose text is on 1-based ``line`` of ``to_source`` (None past the end)."""
        lines = self._lines(lang)
        return lines[line - 1][1] if 1 <= line <= len(lines) else None

    def line_of(self, block: Block, lang: str = "es") -> int | None:
        for number, (_, each) in enumerate(self._lines(lang), start=1):
            if each is block:
                return number
        return None

    # -- editing ------------------------------------------------------------------------------
    def append(self, kind: str, into: Block | None = None, value: int | str | None = None,
               lang: str = "es") -> Block:
        """A new block at the end of the program, or of ``into``'s body when ``into`` is a repeat
        or a definition (inside a selected block that is not: right after it). A new definition
        goes to the top level, after the other definitions; its name is ``value`` or the first
        free one of ``DEF_NAMES`` (``lang``'s)."""
        if kind == "define":
            taken = set(self.defined())
            if value is None or value in taken or not safe_name(str(value)):
                last = def_names(lang)[-1]
                more = [f"{last}{n}" for n in range(2, len(taken) + 3)]  # mi_bloque2, ...
                value = next(n for n in (*def_names(lang), *more) if n not in taken)
            block = Block(kind, value)
            at = max((i + 1 for i, b in enumerate(self.blocks) if b.kind == "define"), default=0)
            self.blocks.insert(at, block)
            return block
        block = Block(kind, value)
        if into is None:
            self.blocks.append(block)
        elif into.container:
            into.body.append(block)
        else:
            siblings = self.parent_list(into)
            siblings.insert(_index(siblings, into) + 1, block)
        return block

    def rename(self, block: Block, name: str) -> bool:
        """A definition's new name, and its ``use`` blocks with it; False (nothing changes) for a
        name that is not safe or that another definition has."""
        old = block.value
        if block.kind != "define" or not safe_name(name) or name in set(self.defined()) - {old}:
            return False
        block.value = name
        for each, _ in self.walk():
            if each.kind == "use" and each.value == old:
                each.value = name
        return True

    def remove(self, block: Block) -> None:
        siblings = self.parent_list(block)
        del siblings[_index(siblings, block)]

    def move(self, block: Block, step: int) -> bool:
        """One place up (-1) or down (+1) in the order shown. At the edge of a repeat's body the
        block steps out of it; onto an open repeat just above or below it steps in. Returns
        whether it moved."""
        siblings = self.parent_list(block)
        index = _index(siblings, block)
        target = index + step
        if 0 <= target < len(siblings):
            neighbour = siblings[target]
            if neighbour.container and not block.container:  # step into the repeat's body
                del siblings[index]
                if step < 0:
                    neighbour.body.append(block)
                else:
                    neighbour.body.insert(0, block)
                return True
            siblings[index], siblings[target] = siblings[target], siblings[index]
            return True
        parent = self.parent_of(block)
        if parent is None:
            return False
        del siblings[index]  # step out of the repeat, before or after it
        outer = self.parent_list(parent)
        at = _index(outer, parent)
        outer.insert(at if step < 0 else at + 1, block)
        return True

    # -- reading text back --------------------------------------------------------------------
    @classmethod
    def from_source(cls, source: str) -> BlocksProgram | None:
        """The blocks for ``source`` when blocks can show it exactly, else None."""
        program = cls()
        stack: list[tuple[int, list[Block]]] = [(0, program.blocks)]
        open_repeat: Block | None = None  # a repeat (or definition) waiting for its first body line
        for raw in source.splitlines():
            text = raw.rstrip()
            if not text.strip() or text.strip().startswith("#"):
                continue
            stripped = text.lstrip(" ")
            if "\t" in text[: len(text) - len(stripped)]:
                return None
            indent = len(text) - len(stripped)
            if indent % len(INDENT):
                return None
            depth = indent // len(INDENT)
            if open_repeat is not None:
                if depth != stack[-1][0] + 1:
                    return None
                stack.append((depth, open_repeat.body))
                open_repeat = None
            while stack and depth < stack[-1][0]:
                stack.pop()
            if not stack or depth != stack[-1][0]:
                return None
            if stripped == "pass":
                parent_body = stack[-1][1]
                if parent_body or len(stack) == 1:
                    return None
                continue
            block = _parse_line(stripped)
            if block is None or (block.kind == "define" and (depth or block.value in program.defined())):
                return None  # a definition only at the top level, each name once
            stack[-1][1].append(block)
            if block.container:
                open_repeat = block
        if open_repeat is not None:
            return None
        return program


_CALL = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(.*?)\s*\)$")
_DEF = re.compile(r"^def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*\)\s*:$")
_REPEAT = re.compile(r"^(?:repetir|repeat)\s+(\d+)\s*:$")
_FOR = re.compile(r"^for\s+_\s+in\s+(?:range|rango)\s*\(\s*(\d+)\s*\)\s*:$")


def _parse_line(text: str) -> Block | None:
    match = _REPEAT.match(text) or _FOR.match(text)
    if match:
        number = int(match.group(1))
        spec = KINDS["repeat"]
        return Block("repeat", number) if spec.low <= number <= spec.high else None
    match = _DEF.match(text)
    if match:
        return Block("define", match.group(1)) if safe_name(match.group(1)) else None
    match = _CALL.match(text)
    if match and match.group(1) not in _NAMES and match.group(2) == "" and safe_name(match.group(1)):
        return Block("use", match.group(1))
    if not match or match.group(1) not in _NAMES:
        return None
    kind = _NAMES[match.group(1)]
    spec = KINDS[kind]
    arg = match.group(2)
    if kind == "repeat":
        return None
    if spec.arg is None:
        return Block(kind) if arg == "" else None
    if spec.arg == "int":
        if not re.fullmatch(r"\d+", arg) or not spec.low <= int(arg) <= spec.high:
            return None
        return Block(kind, int(arg))
    name = arg[1:-1] if len(arg) >= 2 and arg[0] == arg[-1] and arg[0] in "\"'" else None
    if name not in _COLOR_ALIASES:
        return None
    return Block(kind, _COLOR_ALIASES[name])


def _index(blocks: list[Block], block: Block) -> int:
    return next(i for i, b in enumerate(blocks) if b is block)


def kind_for_name(name: str) -> str | None:
    """A palette entry of a lesson (``avanzar``, ``forward``, ``repetir``, ``definir``, ``usar``
    or the kind itself)."""
    name = name.strip()
    return name if name in KINDS else _PALETTE_WORDS.get(name)
