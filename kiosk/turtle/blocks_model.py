"""The blocks editor's program, without Qt: a tree of blocks that becomes a text program.

A ``BlocksProgram`` is a list of ``Block``; a ``repeat`` block holds a body of blocks. Its text
(``to_source``) has ONE line per block, in the order the blocks are shown, so the line an error
names is the block to point at: ``block_for_line(n)``. An empty ``repeat`` gets a ``pass`` line
inside it, which belongs to the repeat (its text stays valid Python; the studio still tells the
child to fill it before running).

``from_source`` reads back the programs blocks can express (one known command per line, ``repetir
N:`` / ``repeat N:`` / ``for _ in range(N):`` with 4-space indents) and returns None for others.

Adding a kind later (``if``/``else``, "my blocks") is one ``KindSpec`` entry plus its lines in
``_lines``/``_parse_line``: the tree keeps a ``body``; a two-branch block would add an ``orelse``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import count

INDENT = "    "
_ids = count(1)


@dataclass(frozen=True)
class KindSpec:
    """One kind of block: its command names per language, its number (or colour), and limits."""

    kind: str
    es: str  # the Spanish command (or keyword) written in the text program
    en: str
    arg: str | None  # "int", "color" or None
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
)}

# The colours a colour block offers: canonical (English, what the interpreter draws) -> Spanish.
COLORS: dict[str, str] = {
    "red": "rojo", "blue": "azul", "green": "verde", "orange": "naranja",
    "purple": "morado", "black": "negro", "yellow": "amarillo",
}
_COLOR_ALIASES = {**{c: c for c in COLORS}, **{es: en for en, es in COLORS.items()}}

# Every name ``from_source`` understands -> kind (es, en, and Python's own ``for`` loop).
_NAMES = {name: spec.kind for spec in KINDS.values() for name in (spec.es, spec.en)}


@dataclass(eq=False)
class Block:
    """One block. ``value``: its number, or its colour's canonical name; ``body``: a repeat's
    blocks. Blocks compare by identity (two "avanzar 50" are two different blocks)."""

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
        return [b for b, _ in self.walk() if b.container and not b.body]

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
                if block.kind == "repeat":
                    lines.append((f"{pad}{name} {block.value}:", block))
                    if block.body:
                        emit(block.body, depth + 1)
                    else:
                        lines.append((f"{pad}{INDENT}pass", block))
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
    def append(self, kind: str, into: Block | None = None, value: int | str | None = None) -> Block:
        """A new block at the end of the program, or of ``into``'s body when ``into`` is a repeat
        (inside a selected block that is not a repeat: right after it)."""
        block = Block(kind, value)
        if into is None:
            self.blocks.append(block)
        elif into.container:
            into.body.append(block)
        else:
            siblings = self.parent_list(into)
            siblings.insert(_index(siblings, into) + 1, block)
        return block

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
        open_repeat: Block | None = None  # a repeat waiting for its first body line
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
            if block is None:
                return None
            stack[-1][1].append(block)
            if block.container:
                open_repeat = block
        if open_repeat is not None:
            return None
        return program


_CALL = re.compile(r"^([a-z_]+)\s*\(\s*(.*?)\s*\)$")
_REPEAT = re.compile(r"^(?:repetir|repeat)\s+(\d+)\s*:$")
_FOR = re.compile(r"^for\s+_\s+in\s+(?:range|rango)\s*\(\s*(\d+)\s*\)\s*:$")


def _parse_line(text: str) -> Block | None:
    match = _REPEAT.match(text) or _FOR.match(text)
    if match:
        number = int(match.group(1))
        spec = KINDS["repeat"]
        return Block("repeat", number) if spec.low <= number <= spec.high else None
    match = _CALL.match(text)
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
    """A palette entry of a lesson (``avanzar``, ``forward``, ``repetir`` or the kind itself)."""
    name = name.strip()
    return name if name in KINDS else _NAMES.get(name)
