"""Cheap search of flake8's `ast` tree for the statements worth a libcst look.

Only statement lists are walked (never expressions of the whole file), which
keeps the plugin's cost a fraction of flake8's own.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

CATCHING = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})
"""Exception classes whose handler can catch a failed import."""

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_TRY_TYPES: tuple[type[ast.stmt], ...] = (
    (ast.Try, ast.TryStar) if hasattr(ast, "TryStar") else (ast.Try,)
)


@dataclass(frozen=True)
class Candidate:
    """A `try` (or `with suppress`) whose body mentions an import.

    `handlers` holds, for each handler that can catch an import failure, its
    index in the `try` and the line and column of its `except` keyword; a
    `suppress` block has the single index -1 at its `with` keyword.
    """

    first_line: int
    last_line: int
    handlers: tuple[tuple[int, int, int], ...]
    scope: Sequence[ast.stmt] = field(repr=False, compare=False)

    @property
    def is_suppress(self) -> bool:
        return self.handlers[0][0] == -1


def catches_import_error(expr: ast.expr | None) -> bool:
    """Whether an `except` clause's type (None for bare `except:`) catches ImportError."""
    if expr is None:
        return True
    if isinstance(expr, ast.Tuple):
        return any(catches_import_error(element) for element in expr.elts)
    if isinstance(expr, ast.Name):
        return expr.id in CATCHING
    if isinstance(expr, ast.Attribute):
        return expr.attr in CATCHING
    return False


def _is_suppress(stmt: ast.With) -> bool:
    for item in stmt.items:
        call = item.context_expr
        if not isinstance(call, ast.Call) or call.keywords:
            continue
        func = call.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name == "suppress" and any(catches_import_error(arg) for arg in call.args):
            return True
    return False


def _mentions_import(body: list[ast.stmt], lines: Sequence[str]) -> bool:
    first = body[0].lineno - 1
    last = body[-1].end_lineno or body[-1].lineno
    return any("import" in lines[i] for i in range(first, min(last, len(lines))))


def _child_bodies(stmt: ast.stmt) -> Iterator[list[ast.stmt]]:
    for name in ("body", "orelse", "finalbody"):
        block = getattr(stmt, name, None)
        if isinstance(block, list):
            yield block
    for handler in getattr(stmt, "handlers", ()):
        yield handler.body
    for case in getattr(stmt, "cases", ()):
        yield case.body


def find_candidates(tree: ast.Module, lines: Sequence[str]) -> list[Candidate]:
    """Every candidate statement of the file, in source order, nested ones included."""
    found: list[Candidate] = []
    _walk(tree.body, tree.body, lines, found)
    return found


def _walk(
    body: list[ast.stmt], scope: list[ast.stmt], lines: Sequence[str], found: list[Candidate]
) -> None:
    for stmt in body:
        if isinstance(stmt, _SCOPES):
            _walk(stmt.body, stmt.body, lines, found)
            continue
        candidate = _candidate(stmt, scope, lines)
        if candidate is not None:
            found.append(candidate)
        for block in _child_bodies(stmt):
            _walk(block, scope, lines, found)


def _candidate(stmt: ast.stmt, scope: list[ast.stmt], lines: Sequence[str]) -> Candidate | None:
    handlers: tuple[tuple[int, int, int], ...]
    if isinstance(stmt, _TRY_TYPES):
        handlers = tuple(
            (index, handler.lineno, handler.col_offset)
            for index, handler in enumerate(stmt.handlers)  # type: ignore[attr-defined]
            if catches_import_error(handler.type)
        )
    elif isinstance(stmt, ast.With) and _is_suppress(stmt):
        handlers = ((-1, stmt.lineno, stmt.col_offset),)
    else:
        return None
    if not handlers or not _mentions_import(stmt.body, lines):  # type: ignore[attr-defined]
        return None
    return Candidate(stmt.lineno, stmt.end_lineno or stmt.lineno, handlers, scope)


def prebound_names(scope: Sequence[ast.stmt], before_line: int) -> dict[str, bool]:
    """Names bound in `scope` before `before_line`, mapped to whether the binding is `None`.

    Nested functions and classes are separate scopes and are skipped; a later
    binding overrides an earlier one, as it would at run time.
    """
    bound: dict[str, bool] = {}
    _collect_bindings(scope, before_line, bound)
    return bound


def _collect_bindings(body: Sequence[ast.stmt], before_line: int, bound: dict[str, bool]) -> None:
    for stmt in body:
        if stmt.lineno >= before_line:
            return
        if isinstance(stmt, _SCOPES):
            bound[stmt.name] = False
            continue
        if isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                _bind_target(target, stmt.value, bound)
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            _bind_target(stmt.target, stmt.value, bound)
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            for alias in stmt.names:
                if alias.name != "*":
                    bound[alias.asname or alias.name.split(".", 1)[0]] = False
        elif isinstance(stmt, (ast.AugAssign, ast.For, ast.AsyncFor)):
            _bind_target(stmt.target, None, bound)
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            for item in stmt.items:
                if item.optional_vars is not None:
                    _bind_target(item.optional_vars, None, bound)
        for block in _child_bodies(stmt):
            _collect_bindings(block, before_line, bound)


def _bind_target(target: ast.expr, value: ast.expr | None, bound: dict[str, bool]) -> None:
    if isinstance(target, ast.Name):
        bound[target.id] = isinstance(value, ast.Constant) and value.value is None
    elif isinstance(target, (ast.Tuple, ast.List)):
        values: list[ast.expr | None] = [None] * len(target.elts)
        if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts):
            values = list(value.elts)
        for element, element_value in zip(target.elts, values):
            _bind_target(element, element_value, bound)
    elif isinstance(target, ast.Starred):
        _bind_target(target.value, None, bound)
