"""Plugin discovery that drops a broken plugin without a word.

A module found on disk (`os.listdir`, `pkgutil.iter_modules`) or named by
configuration exists; `import_module(<name>)` of it fails only when it is
broken or one of its own imports is missing. A handler that swallows that
failure (pass, continue, a debug log, `return None`, a None) leaves the
plugin out and nobody learns why. A handler that checks `exc.name` (the
recommended form) or says something at warning level or louder is a decision.
"""

from __future__ import annotations

import ast
from typing import NamedTuple

from flake8_failfast.candidates import Candidate, last_name

_QUIET_LOG_LEVELS = frozenset({"debug", "info"})
_IMPORT_CALLS = frozenset({"import_module", "__import__"})


class DynamicImport(NamedTuple):
    call: ast.Call
    literal_names: tuple[str, ...] | None
    """The module names of an enclosing `for` over a literal list; None when the name is found at run time."""


def dynamic_import(candidate: Candidate) -> DynamicImport | None:
    """The first `import_module(...)` / `__import__(...)` of a computed name in the try body, if any.

    A name taken from a literal list (`for lib in ("chardet", "charset_normalizer")`) is named by
    the code itself: those modules are judged like static imports.
    """
    pending: list[ast.AST] = list(getattr(candidate.node, "body", []))
    while pending:
        node = pending.pop(0)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Call) and last_name(node.func) in _IMPORT_CALLS and node.args:
            argument = node.args[0]
            if not isinstance(argument, ast.Constant):
                return DynamicImport(node, _literal_loop_names(argument, candidate))
        pending.extend(ast.iter_child_nodes(node))
    return None


def _literal_loop_names(argument: ast.expr, candidate: Candidate) -> tuple[str, ...] | None:
    """The strings of an enclosing `for` over a literal tuple or list whose target is the argument."""
    if not isinstance(argument, ast.Name):
        return None
    for node in ast.walk(candidate.owner) if candidate.owner is not None else ():
        if (
            isinstance(node, ast.For)
            and isinstance(node.target, ast.Name)
            and node.target.id == argument.id
            and isinstance(node.iter, (ast.Tuple, ast.List))
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.iter.elts)
            and node.lineno <= candidate.first_line <= (node.end_lineno or node.lineno)
        ):
            return tuple(str(e.value) for e in node.iter.elts if isinstance(e, ast.Constant))
    return None


def drops_silently(candidate: Candidate, index: int) -> tuple[bool, bool]:
    """Whether the handler only swallows the failure, and whether it binds None while doing so.

    `suppress(ImportError)` (index -1) swallows by construction.
    """
    if index == -1:
        return True, False
    handlers: list[ast.ExceptHandler] = getattr(candidate.node, "handlers", [])
    if not 0 <= index < len(handlers):
        return False, False
    binds_none = False
    for stmt in handlers[index].body:
        if isinstance(stmt, (ast.Pass, ast.Continue)) or _is_docstring(stmt) or _returns_nothing(stmt):
            continue
        if isinstance(stmt, ast.Assign) and _is_none(stmt.value):
            binds_none = True
            continue
        if isinstance(stmt, ast.Expr) and _is_quiet_log(stmt.value):
            continue
        return False, False
    return True, binds_none


def _is_none(expr: ast.expr | None) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is None


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)


def _returns_nothing(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Return) and (stmt.value is None or _is_none(stmt.value))


def _is_quiet_log(expr: ast.expr) -> bool:
    """`logger.debug(...)`, `log.info(...)`: below the level anyone sees by default."""
    return isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr in _QUIET_LOG_LEVELS


def describe(call: ast.Call) -> str:
    """The dynamic import as written, short enough for a message."""
    text = ast.unparse(call)
    return text if len(text) <= 60 else text[:57] + "..."
