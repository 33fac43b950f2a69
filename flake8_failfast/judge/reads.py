"""The walk that finds the reads of the watched names, each with the guards in force around it.

One pass over flake8's tree, in source order. Which names a construct
guards is asked of `guards.py`; this module knows only what is a read and
what is a use: an attribute, a call, a subscript, iteration, an operator,
`with`, `await`, a base class (what fails on None or a stub).

A statement whose lines spell none of the followed names (the watched ones,
and the functions that read them, for their callers) can hold no read that
matters, so it is not walked; the guards still ask what it leaves behind
(`Guards.after` is asked of every statement, walked or not: a guard that a
statement gives to the ones after it belongs there).
"""

from __future__ import annotations

import ast
import bisect
import operator
from collections.abc import Collection, Iterator, Mapping
from typing import NamedTuple

from flake8_failfast.judge.facts import Mentions, Text, child_blocks
from flake8_failfast.judge.guards import MAX_CALLER_DEPTH, Guards
from flake8_failfast.judge.syntax import Function, Names

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_SCOPES = (*_FUNCTIONS, ast.ClassDef)
Functions = tuple[Function, ...]
"""The functions (and lambdas) around a read, outermost first."""
Classes = tuple[ast.ClassDef, ...]


class Load(NamedTuple):
    """One read of a watched name (or of a function's name, for its callers)."""

    name: str
    line: int
    guarded: Names
    is_use: bool
    is_call: bool
    functions: Functions
    classes: Classes
    owner: ast.AST
    """The innermost function, class or module the read runs in."""


class Followed(NamedTuple):
    """What the walk records and where it must look."""

    functions: frozenset[str]
    """Names of functions that read a watched name, or call one that does, up to MAX_CALLER_DEPTH."""
    spelled: Mentions
    """The lines that spell a watched name or one of those functions."""


def followed(
    module: ast.Module, text: Text | None, watched: Names, scopes: Mapping[str, Collection[ast.AST]] | None = None
) -> Followed:
    """The watched names' readers, their callers and theirs: only their calls can guard a read.

    A function reads a name only if its lines spell it; without the text,
    every function is followed and every line counts. A name in `scopes` is
    asked about only inside those functions and classes: its lines elsewhere
    are not followed, unless a followed function bears the name (its calls
    everywhere count then).
    """
    if text is None:
        return Followed(frozenset(f.name for f in _function_defs(module.body)), Mentions(text, watched))
    local = {name: spans for name, spans in _spans(scopes or {}).items() if name in watched}
    found = _follow(module.body, text, watched, local)
    if local and not found.functions.isdisjoint(local):
        return _follow(module.body, text, watched, {})
    return found


def _spans(scopes: Mapping[str, Collection[ast.AST]]) -> dict[str, list[tuple[int, int]]]:
    """The lines of the functions and classes each scoped name is asked about in."""
    return {
        name: [(scope.lineno, scope.end_lineno or scope.lineno) for scope in owners if isinstance(scope, _SCOPES)]
        for name, owners in scopes.items()
        if all(isinstance(scope, _SCOPES) for scope in owners)
    }


def _follow(body: list[ast.stmt], text: Text, watched: Names, local: Mapping[str, list[tuple[int, int]]]) -> Followed:
    spelled = Mentions(text, watched - local.keys())
    for name, spans in local.items():
        spelled.add(line for line in text.lines_spelling([name]) if any(a <= line <= b for a, b in spans))
    names = set(watched)
    found: set[str] = set()
    latest = spelled.lines
    for _ in range(MAX_CALLER_DEPTH):
        spanning = {f.name for f in _functions_spanning(body, latest)}
        found |= spanning
        callers = spanning - names
        if not callers:
            break
        names |= callers
        latest = text.lines_spelling(callers)
        spelled.add(latest)
    return Followed(frozenset(found), spelled)


def _functions_spanning(body: list[ast.stmt], lines: list[int]) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The functions, nested ones included, whose lines (from `def` to the end) hold one of `lines` (sorted).

    Found by bisection from the module down: blocks that hold none of the
    lines are never entered.
    """
    index = 0
    while index < len(lines):
        line = lines[index]
        at = bisect.bisect_right(body, line, key=_start) - 1
        stmt = body[at] if at >= 0 else None
        if stmt is None or (stmt.end_lineno or stmt.lineno) < line:
            index += 1
            continue
        inside = bisect.bisect_right(lines, stmt.end_lineno or stmt.lineno, lo=index)
        if isinstance(stmt, _FUNCTIONS):
            yield stmt
        for block in child_blocks(stmt):
            yield from _functions_spanning(block, lines[index:inside])
        index = inside


def _function_defs(body: list[ast.stmt]) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every function of a block, nested ones included; expressions are never entered (they hold no `def`)."""
    pending = [body]
    while pending:
        for stmt in pending.pop():
            if isinstance(stmt, _FUNCTIONS):
                yield stmt
            pending.extend(child_blocks(stmt))


_start = operator.attrgetter("lineno")
"""A statement's first line, as the key to bisect a block by (attrgetter runs at C speed)."""


class ReadWalk:
    """Every read of the watched names (and of the followed functions) in one module, with its guards."""

    def __init__(self, guards: Guards, follow: Followed) -> None:
        self.guards = guards
        self.watched = guards.watched
        self.functions = follow.functions
        self.spelled = follow.spelled
        self.loads: dict[str, list[Load]] = {}
        self.lazy_annotations = False
        """`from __future__ import annotations`: no annotation is evaluated."""

    def module(self, tree: ast.Module) -> Names:
        """Walk the module; the guards in force at its end come back."""
        self.lazy_annotations = any(
            isinstance(stmt, ast.ImportFrom)
            and stmt.module == "__future__"
            and any(alias.name == "annotations" for alias in stmt.names)
            for stmt in tree.body
        )
        guarded: Names = frozenset()
        for stmt in tree.body:
            if self.spelled.spelled_in(stmt):
                self._statement(stmt, guarded, (), (), tree)
            guarded = self._guarded_after(stmt, guarded)
        return guarded

    def _record(self, name: str, expr: ast.expr, guarded: Names, use: bool, call: bool,
                functions: Functions, classes: Classes, owner: ast.AST) -> None:
        load = Load(name, expr.lineno, guarded, use, call, functions, classes, owner)
        self.loads.setdefault(name, []).append(load)

    # --- statements -------------------------------------------------------------

    def _block(self, body: list[ast.stmt], guarded: Names, functions: Functions, classes: Classes,
               owner: ast.AST) -> None:
        """Walk the spelled statements of a block, each with the guards the statements above it leave.

        What the statements after the last spelled one guard, no read needs: they are not asked.
        """
        end = self._spelled_end(body)
        for index in range(end):
            stmt = body[index]
            if self.spelled.spelled_in(stmt):
                self._statement(stmt, guarded, functions, classes, owner)
            if index + 1 < end:
                guarded = self._guarded_after(stmt, guarded)

    def _spelled_end(self, body: list[ast.stmt]) -> int:
        """How many statements of a block go up to its last spelled one: no read needs the guards of the rest."""
        end = len(body)
        while end and not self.spelled.spelled_in(body[end - 1]):
            end -= 1
        return end

    def _guarded_after(self, stmt: ast.stmt, guarded: Names) -> Names:
        after = self.guards.after(stmt)
        return guarded | after if after else guarded

    def _statement(self, stmt: ast.stmt, guarded: Names, functions: Functions, classes: Classes,
                   owner: ast.AST) -> None:
        here = (functions, classes, owner)
        if isinstance(stmt, _FUNCTIONS):
            for decorator in stmt.decorator_list:
                self._expr(decorator, guarded, *here, use=True)
            for default in (*stmt.args.defaults, *stmt.args.kw_defaults):
                if default is not None:
                    self._expr(default, guarded, *here)
            if not self.lazy_annotations:  # evaluated when the `def` runs
                arguments = stmt.args
                every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
                every += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
                for annotation in (*(a.annotation for a in every), stmt.returns):
                    if annotation is not None:
                        self._expr(annotation, guarded, *here)
            # The body runs once the `def` has bound the name: a read of it there is of this function.
            inside_function = guarded | self.guards.function_body(stmt) | self.guards.after(stmt)
            self._block(stmt.body, inside_function, (*functions, stmt), classes, stmt)
            return
        if isinstance(stmt, ast.ClassDef):
            for decorator in stmt.decorator_list:
                self._expr(decorator, guarded, *here, use=True)
            for base in stmt.bases:  # subclassing a do-nothing stub class works, as calling a stub does
                self._expr(base, guarded, *here, use=True, call=True)
            body, methods = self.guards.class_body(stmt)
            # Methods run once the class is bound: a read of its name there is of the class.
            inner, methods = guarded | body, guarded | methods | self.guards.after(stmt)
            inside = (functions, (*classes, stmt), stmt)
            for child in stmt.body[: self._spelled_end(stmt.body)]:
                if self.spelled.spelled_in(child):
                    self._statement(child, methods if isinstance(child, ast.FunctionDef) else inner, *inside)
                inner = self._guarded_after(child, inner)
            return
        if isinstance(stmt, (ast.If, ast.While)):
            when_true, when_false = self.guards.test(stmt.test)
            self._expr(stmt.test, guarded, *here)
            self._block(stmt.body, guarded | when_true, *here)
            self._block(stmt.orelse, guarded | when_false, *here)
            return
        if isinstance(stmt, (ast.For, ast.AsyncFor)):
            self._expr(stmt.iter, guarded, *here, use=True)
            self._block(stmt.body, guarded, *here)
            self._block(stmt.orelse, guarded, *here)
            return
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            for item in stmt.items:
                self._expr(item.context_expr, guarded, *here, use=True)
            self._block(stmt.body, guarded, *here)
            return
        if isinstance(stmt, ast.Try) or type(stmt).__name__ == "TryStar":
            inside_try = guarded | self.guards.try_body(stmt)
            self._block(stmt.body, inside_try, *here)  # type: ignore[attr-defined]
            for handler in stmt.handlers:  # type: ignore[attr-defined]
                self._block(handler.body, guarded, *here)
            self._block(stmt.orelse, inside_try, *here)  # type: ignore[attr-defined]
            self._block(stmt.finalbody, guarded, *here)  # type: ignore[attr-defined]
            return
        if isinstance(stmt, ast.AnnAssign):
            # The annotation is evaluated only for a module or class attribute, and not under a future import.
            evaluated = not self.lazy_annotations and not isinstance(owner, _FUNCTIONS)
            parts: list[ast.expr | None] = [stmt.target, stmt.value, stmt.annotation if evaluated else None]
            for part in parts:
                if part is not None:
                    self._expr(part, guarded, *here)
            return
        if isinstance(stmt, ast.Match):
            self._expr(stmt.subject, guarded, *here)
            for case in stmt.cases:
                self._block(case.body, guarded, *here)
            return
        for node in ast.iter_child_nodes(stmt):
            if isinstance(node, ast.expr):
                self._expr(node, guarded, *here)

    # --- expressions ------------------------------------------------------------

    def _expr(self, expr: ast.expr, guarded: Names, functions: Functions, classes: Classes, owner: ast.AST,
              use: bool = False, call: bool = False) -> None:
        here = (functions, classes, owner)
        if isinstance(expr, ast.Name):
            if isinstance(expr.ctx, ast.Load) and (expr.id in self.watched or expr.id in self.functions):
                self._record(expr.id, expr, guarded, use, call, *here)
            return
        if isinstance(expr, ast.Constant):  # the commonest leaf: nothing below it to read
            return
        if isinstance(expr, ast.BoolOp):
            extra: Names = frozenset()
            for value in expr.values:
                self._expr(value, guarded | extra, *here)
                when_true, when_false = self.guards.test(value)
                extra = extra | (when_true if isinstance(expr.op, ast.And) else when_false)
            return
        if isinstance(expr, ast.IfExp):
            when_true, when_false = self.guards.test(expr.test)
            self._expr(expr.test, guarded, *here)
            self._expr(expr.body, guarded | when_true, *here, use=use)
            self._expr(expr.orelse, guarded | when_false, *here, use=use)
            return
        if isinstance(expr, ast.Lambda):
            self._expr(expr.body, guarded, (*functions, expr), classes, expr)
            return
        if isinstance(expr, ast.Attribute):
            if expr.attr in self.functions and isinstance(expr.ctx, ast.Load):
                self._record(expr.attr, expr, guarded, False, False, *here)
            self._expr(expr.value, guarded, *here, use=True)
            return
        if isinstance(expr, ast.Call):
            self._expr(expr.func, guarded, *here, use=True, call=True)
            for arg in expr.args:
                self._expr(arg, guarded, *here, use=isinstance(arg, ast.Starred))
            for keyword in expr.keywords:
                self._expr(keyword.value, guarded, *here, use=keyword.arg is None)
            return
        if isinstance(expr, ast.Subscript):
            self._expr(expr.value, guarded, *here, use=True)
            self._expr(expr.slice, guarded, *here)
            return
        if isinstance(expr, (ast.BinOp, ast.Await, ast.Starred)) or (
            isinstance(expr, ast.UnaryOp) and not isinstance(expr.op, ast.Not)
        ):
            for child in ast.iter_child_nodes(expr):
                if isinstance(child, ast.expr):
                    self._expr(child, guarded, *here, use=True)
            return
        if isinstance(expr, ast.Compare):
            self._expr(expr.left, guarded, *here)
            for op, right in zip(expr.ops, expr.comparators):
                self._expr(right, guarded, *here, use=isinstance(op, (ast.In, ast.NotIn)))
            return
        if isinstance(expr, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            for generator in expr.generators:
                self._expr(generator.iter, guarded, *here, use=True)
                inner = guarded
                for condition in generator.ifs:
                    self._expr(condition, inner, *here)
                    inner = inner | self.guards.test(condition).when_true
                guarded = inner
            for child in (expr.key, expr.value) if isinstance(expr, ast.DictComp) else (expr.elt,):
                self._expr(child, guarded, *here)
            return
        for child in ast.iter_child_nodes(expr):
            if isinstance(child, ast.expr):
                self._expr(child, guarded, *here)
