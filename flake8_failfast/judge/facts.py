"""Facts about the blocks of one file, each computed once: where names are spelled, what a block binds.

The guards ask, statement after statement, what a block binds or whether it
breaks; asked afresh each time the answers cost a walk of the whole subtree
at every nesting level. Here each statement's answer is kept, and a
statement whose lines never spell a watched name binds none of them, so its
subtree is never walked at all.
"""

from __future__ import annotations

import ast
import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from flake8_failfast.judge.syntax import EMPTY, Function, Names, alias_binds, first_line

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
"""The characters an ASCII identifier is made of; the empty string is not one of them."""
_WORDS = "[0-9A-Za-z_]+"
_FEW_NAMES = 16
"""Up to this many names, each is looked for in the text; more, and the file's words are indexed."""


class Text:
    """A file's lines as one text, NFKC-normalized as Python reads identifiers, to find where names are spelled."""

    def __init__(self, lines: Sequence[str]) -> None:
        if not all(map(str.isascii, lines)):
            import unicodedata

            lines = [line if line.isascii() else unicodedata.normalize("NFKC", line) for line in lines]
        self._lines = lines
        self._text = "".join(lines)
        self._ends = list(itertools.accumulate(map(len, lines)))
        self._words: dict[str, list[int]] | None = None
        self._found: dict[str, list[int]] = {}

    def lines_spelling(self, names: Iterable[str]) -> list[int]:
        """The sorted numbers of the lines that spell any of `names` as a word.

        A word between characters that are not ASCII letters, digits or
        underscores: it may find more than the tree holds (in a string, a
        comment, after a non-ASCII letter), never less. A few names are
        looked for with `str.find`, at C speed, each once per file however
        often it is asked for; for many, every word of the file is indexed
        once, so that the cost stays the text's length.
        """
        wanted = set(names)
        found: set[int] = set()
        if len(wanted) > _FEW_NAMES:
            words = self._word_lines()
            for name in [name for name in wanted if name.isascii()]:
                found.update(words.get(name, ()))
                wanted.discard(name)
        for name in wanted:
            found.update(self._lines_of(name))
        return sorted(found)

    def _lines_of(self, name: str) -> list[int]:
        """The lines that spell one name as a word (looked for once)."""
        known = self._found.get(name)
        if known is not None:
            return known
        found = self._found[name] = []
        text, ends, size = self._text, self._ends, len(name)
        at = text.find(name)
        while at != -1:
            if (at == 0 or text[at - 1] not in _WORD) and text[at + size : at + size + 1] not in _WORD:
                index = bisect.bisect_right(ends, at)
                found.append(index + 1)
                if index >= len(ends):
                    break
                at = text.find(name, ends[index])
            else:
                at = text.find(name, at + 1)
        return found

    def _word_lines(self) -> dict[str, list[int]]:
        """Every word of ASCII letters, digits and underscores, and the lines that spell it."""
        if self._words is None:
            self._words = {}
            for number, line in enumerate(self._lines, 1):
                for word in set(re.findall(_WORDS, line)):
                    self._words.setdefault(word, []).append(number)
        return self._words


class Mentions:
    """The lines that spell some names, for `within`: can a range of lines read or bind them?

    Without the file's text every range counts as spelling them.
    """

    def __init__(self, text: Text | None, names: Iterable[str] = ()) -> None:
        self._everywhere = text is None
        self.lines: list[int] = text.lines_spelling(names) if text is not None else []

    def add(self, lines: Iterable[int]) -> None:
        self.lines = sorted({*self.lines, *lines})

    def within(self, first: int, last: int) -> bool:
        """Whether any line from `first` to `last` (both included) spells one of the names."""
        if self._everywhere:
            return True
        index = bisect.bisect_left(self.lines, first)
        return index < len(self.lines) and self.lines[index] <= last

    def spelled_in(self, stmt: ast.stmt) -> bool:
        """Whether the statement's lines, decorators included, spell one of the names.

        Asked of every statement of every block walked: `within` and `first_line` are inlined.
        """
        if self._everywhere:
            return True
        decorators: list[ast.expr] = getattr(stmt, "decorator_list", _NO_DECORATORS)
        first = min(stmt.lineno, *(d.lineno for d in decorators)) if decorators else stmt.lineno
        lines = self.lines
        index = bisect.bisect_left(lines, first)
        return index < len(lines) and lines[index] <= (stmt.end_lineno or stmt.lineno)


_BLOCK_FIELDS: dict[type[ast.AST], tuple[str, ...]] = {
    **dict.fromkeys((ast.If, ast.For, ast.AsyncFor, ast.While), ("body", "orelse")),
    **dict.fromkeys((ast.With, ast.AsyncWith, *_FUNCTIONS, ast.ClassDef), ("body",)),
    **dict.fromkeys((ast.Try, *((ast.TryStar,) if hasattr(ast, "TryStar") else ())), ("body", "orelse", "finalbody")),
}
_NO_BLOCKS: list[list[ast.stmt]] = []
_NO_DECORATORS: list[ast.expr] = []


def child_blocks(node: ast.AST) -> list[list[ast.stmt]]:
    """The statement lists directly inside a statement, handlers' and cases' bodies included."""
    fields = _BLOCK_FIELDS.get(type(node))
    if fields is None:
        return [case.body for case in node.cases] if isinstance(node, ast.Match) else _NO_BLOCKS
    blocks: list[list[ast.stmt]] = [getattr(node, field) for field in fields]
    blocks.extend(handler.body for handler in getattr(node, "handlers", ()))
    return blocks


class Facts:
    """What the statements of one file bind and whether they break, asked about watched names only."""

    def __init__(self, watched: Names, spelled: Mentions) -> None:
        self.watched = watched
        self.spelled = spelled
        """Where the watched names are spelled."""
        self._binds: dict[ast.stmt, Names] = {}
        self._breaks: dict[ast.stmt, bool] = {}
        self._locals: dict[Function, Names] = {}

    def binds(self, body: Sequence[ast.stmt]) -> Names:
        """Watched names a block binds by assignment, loop target, `with ... as` or import, at any depth.

        A block whose lines spell none of them binds none: its statements are not looked at one by one.
        """
        if not body or not self.spelled.within(first_line(body[0]), body[-1].end_lineno or body[-1].lineno):
            return EMPTY
        found = EMPTY
        for stmt in body:
            names = self._binds.get(stmt)
            if names is None:
                names = self._binds[stmt] = self._statement_binds(stmt) if self.spelled.spelled_in(stmt) else EMPTY
            if names:
                found = found | names
        return found

    def _statement_binds(self, stmt: ast.stmt) -> Names:
        names: set[str] = set()
        pending: list[ast.AST] = [stmt]
        while pending:
            node = pending.pop()
            if isinstance(node, ast.stmt) and node is not stmt:
                names.update(self.binds((node,)))
                continue
            if isinstance(node, ast.Name):
                if isinstance(node.ctx, ast.Store) and node.id in self.watched:
                    names.add(node.id)
                continue
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names.update(name for name in map(alias_binds, node.names) if name in self.watched)
                continue
            pending.extend(ast.iter_child_nodes(node))
        return frozenset(names)

    def breaks(self, body: Iterable[ast.stmt]) -> bool:
        """Whether a `break` stands anywhere in the block, nested loops and functions included."""
        for stmt in body:
            found = self._breaks.get(stmt)
            if found is None:
                found = isinstance(stmt, ast.Break) or any(self.breaks(block) for block in child_blocks(stmt))
                self._breaks[stmt] = found
            if found:
                return True
        return False

    def local_names(self, function: Function) -> Names:
        """Watched names a function binds itself (parameters, assignments), less its `global`/`nonlocal` ones."""
        names = self._locals.get(function)
        if names is None:
            spelled = self.spelled.within(function.lineno, function.end_lineno or function.lineno)
            names = self._locals[function] = (
                frozenset(_local_names(function, self.spelled) & self.watched) if spelled else EMPTY
            )
        return names


def _local_names(function: Function, spelled: Mentions) -> set[str]:
    """The names a function binds itself; its statements whose lines spell none of `spelled`'s names are skipped."""
    if isinstance(function, ast.Lambda):
        args = function.args
        body: list[ast.stmt] = []
    else:
        args = function.args
        body = function.body
    params = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
    params.update(a.arg for a in (args.vararg, args.kwarg) if a is not None)
    declared: set[str] = set()
    bound: set[str] = set()
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.stmt) and not spelled.spelled_in(node):
            continue
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            declared.update(node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update(map(alias_binds, node.names))
        elif isinstance(node, (*_FUNCTIONS, ast.ClassDef)):
            bound.add(node.name)
            stack.extend(node.decorator_list)
            continue
        elif isinstance(node, ast.Lambda):
            continue
        stack.extend(ast.iter_child_nodes(node))
    return (params | bound) - declared
