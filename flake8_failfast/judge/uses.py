"""Where a masked name is used later, and whether a check guards each use: the questions `hazards` asks.

Runs on flake8's own `ast` tree, once per file and only for files with a
finding. The work is split by what each part knows:

- `flags.py`: module-level names that stand for a test (flags, skip markers);
- `guards.py`: what counts as a guard, the one place for those rules;
- `reads.py`: the walk that finds each read and the guards around it;
- `facts.py`: what blocks bind, and which lines spell which names, worked out once.

A use is what fails on None or a stub: an attribute, a call, a subscript,
iteration, an operator, `with`, `await`, a base class. For a name left
unbound any read fails.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Mapping, Sequence

from flake8_failfast.judge.facts import Facts, Mentions, Text
from flake8_failfast.judge.flags import Flag, derive_flags, skip_markers
from flake8_failfast.judge.guards import Conditions, Guards, called_guarded, covers
from flake8_failfast.judge.reads import Load, ReadWalk, followed
from flake8_failfast.judge.syntax import EMPTY, Names

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_NO_LOADS: list[Load] = []


class UseSites:
    """Every read of the watched names in one module, with the guards around it.

    `lines` (the file's, as flake8 gives them) let the walk skip what never
    spells a watched name; without them every statement is walked. `scopes`
    names the functions and classes in which alone a name's reads are asked
    about (a name masked in a function is local to it): elsewhere its reads
    need not be found.
    """

    def __init__(
        self,
        tree: ast.Module,
        watched: Collection[str],
        flags: Mapping[str, Flag],
        lines: Sequence[str] | None = None,
        modules: Mapping[str, Names] | None = None,
        unbound: Names = EMPTY,
        scopes: Mapping[str, Collection[ast.AST]] | None = None,
    ) -> None:
        text = Text(lines) if lines is not None else None
        self.flags = derive_flags(tree, frozenset(watched) | frozenset(flags), flags)
        self.watched: Names = frozenset(watched) | frozenset(self.flags)
        conditions = Conditions(self.watched, self.flags, modules, unbound)
        self.facts = Facts(self.watched, Mentions(text, self.watched))
        self.guards = Guards(conditions, skip_markers(tree, conditions, text), self.facts, tree)
        walk = ReadWalk(self.guards, followed(tree, text, self.watched, scopes))
        self.module_end: Names = walk.module(tree)
        self.loads = walk.loads

    def _loads_of(self, name: str) -> list[Load]:
        return self.loads.get(name, _NO_LOADS)

    def is_read(self, name: str, outside: tuple[int, int]) -> bool:
        """Whether anything reads `name` outside the given lines (a flag somebody tests)."""
        first, last = outside
        return any(not first <= load.line <= last for load in self._loads_of(name))

    def replaced_later(self, name: str, after_line: int) -> bool:
        """A module-level statement after the try binds the name anew (`if x is None: x = fallback`)."""
        return covers(self.module_end, name, after_line)

    def is_read_after(self, name: str, scope: ast.AST, lines: tuple[int, int]) -> bool:
        """Whether anything reads `name` after its try (a local nobody reads is not at stake)."""
        return bool(self._reads(name, scope, lines))

    def first_unguarded(
        self,
        name: str,
        scope: ast.AST,
        lines: tuple[int, int],
        any_read: bool,
        calls_count: bool = True,
        extra_guards: Names = EMPTY,
    ) -> int | None:
        """Line of the first read of `name` after its try that fails without a guard, None when all are guarded.

        `any_read` for a name left unbound (every read fails); `calls_count`
        False for a do-nothing stub, which is made to be called.
        """
        unguarded = [
            load.line
            for load in self._reads(name, scope, lines)
            if (any_read or (load.is_use and (calls_count or not load.is_call)))
            and not covers(load.guarded | extra_guards, name, lines[1])
            and not called_guarded(load, name, self._loads_of, extra_guards, lines[1])
        ]
        return min(unguarded, default=None)

    def _reads(self, name: str, scope: ast.AST, lines: tuple[int, int]) -> list[Load]:
        """The reads of `name` the try at `lines` in `scope` masks: after it, in its scope, not shadowed."""
        first, last = lines
        scope_function = scope if isinstance(scope, _FUNCTIONS) else None
        found = []
        for load in self._loads_of(name):
            if first <= load.line <= last:
                continue
            if scope_function is not None:
                if scope_function not in load.functions or (load.owner is scope_function and load.line < first):
                    continue
            elif isinstance(scope, ast.ClassDef):
                if load.owner is not scope or load.line < first:
                    continue
            elif not load.functions and load.line < first:
                continue
            if self._shadows(load, name, scope_function):
                continue
            found.append(load)
        return found

    def _shadows(self, load: Load, name: str, scope_function: ast.AST | None) -> bool:
        """Whether a function between the read and the try's scope binds `name` itself."""
        inner = load.functions
        if scope_function is not None and scope_function in inner:
            inner = inner[inner.index(scope_function) + 1 :]
        return any(name in self.facts.local_names(function) for function in inner)
