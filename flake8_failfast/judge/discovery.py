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

from flake8_failfast.candidates import IMPORT_CALLS, Candidate, last_name

_QUIET_LOG_LEVELS = frozenset({"debug", "info"})


class DynamicImport(NamedTuple):
    call: ast.Call
    literal_names: tuple[str, ...] | None
    """The module names of an enclosing `for` over a literal list; None when the name is found at run time."""


def dynamic_import(candidate: Candidate) -> DynamicImport | None:
    """The computed `import_module(...)` / `__import__(...)` of a discovery, if the try body holds one.

    Discovery is a loop over what was found (files, entry points, configured
    plugins) or a name built inside a namespace the code names
    (`f"app.commands.{name}"`). A loop over a literal list names its modules
    itself: they come back as `literal_names`, to be judged like static
    imports. A loop that stops at the first import that works
    (`break`/`return` on success, or a test of what the try binds) searches
    among alternatives; a helper that
    imports whatever name it is given leaves the decision to its callers:
    neither is discovery.
    """
    call = _computed_import(candidate)
    if call is None:
        return None
    loops = _enclosing_loops(candidate)
    if _stops_at_first_success(candidate, loops) or _tried_until_bound(candidate, loops):
        return None
    literal = _literal_names(call.args[0], loops)
    if literal is not None:
        return DynamicImport(call, literal)
    if loops or _namespaced(call.args[0]):
        return DynamicImport(call, None)
    return None


def _computed_import(candidate: Candidate) -> ast.Call | None:
    pending: list[ast.AST] = list(getattr(candidate.node, "body", []))
    while pending:
        node = pending.pop(0)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Call) and last_name(node.func) in IMPORT_CALLS and node.args:
            if not isinstance(node.args[0], ast.Constant):
                return node
        pending.extend(ast.iter_child_nodes(node))
    return None


def _enclosing_loops(candidate: Candidate) -> list[ast.For | ast.AsyncFor | ast.While]:
    """The loops of the candidate's own function (or module) whose body holds the candidate."""
    found: list[ast.For | ast.AsyncFor | ast.While] = []
    pending: list[ast.AST] = list(getattr(candidate.owner, "body", []))
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)) and node.body:
            if node.body[0].lineno <= candidate.first_line <= (node.body[-1].end_lineno or node.lineno):
                found.append(node)
        if isinstance(node, ast.stmt) and node.lineno <= candidate.first_line <= (node.end_lineno or node.lineno):
            pending.extend(ast.iter_child_nodes(node))
    return found


def _literal_names(argument: ast.expr, loops: list[ast.For | ast.AsyncFor | ast.While]) -> tuple[str, ...] | None:
    """The module names an enclosing `for` over a literal tuple or list gives the argument.

    The argument is the loop's target, or a string made of it and constants
    (`name.replace("-", "_")`, `f"pkg.{name}"`, `"pkg." + name`): the list
    still names every module.
    """
    for loop in loops:
        if (
            isinstance(loop, (ast.For, ast.AsyncFor))
            and isinstance(loop.target, ast.Name)
            and isinstance(loop.iter, (ast.Tuple, ast.List))
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in loop.iter.elts)
        ):
            values = [str(e.value) for e in loop.iter.elts if isinstance(e, ast.Constant)]
            names = [_string_of(argument, loop.target.id, value) for value in values]
            if names and all(names):
                return tuple(name for name in names if name)
    return None


_STRING_METHODS = frozenset({"replace", "lower", "strip", "lstrip", "rstrip"})


def _string_of(expr: ast.expr, name: str, value: str) -> str | None:
    """The string `expr` gives when `name` holds `value`; None unless it is built of them and constants alone."""
    if isinstance(expr, ast.Name):
        return value if expr.id == name else None
    if isinstance(expr, ast.Constant):
        return expr.value if isinstance(expr.value, str) else None
    if isinstance(expr, ast.FormattedValue):
        plain = expr.conversion == -1 and expr.format_spec is None
        return _string_of(expr.value, name, value) if plain else None
    if isinstance(expr, ast.JoinedStr):
        parts = [_string_of(part, name, value) for part in expr.values]
        return "".join(part for part in parts if part is not None) if None not in parts else None
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Add, ast.Mod)):
        left, right = _string_of(expr.left, name, value), _string_of(expr.right, name, value)
        if left is None or right is None:
            return None
        try:
            return left + right if isinstance(expr.op, ast.Add) else left % right
        except (TypeError, ValueError):
            return None
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr in _STRING_METHODS:
        subject = _string_of(expr.func.value, name, value)
        arguments = [arg.value for arg in expr.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        if subject is None or expr.keywords or len(arguments) != len(expr.args):
            return None
        try:
            return str(getattr(subject, expr.func.attr)(*arguments))
        except TypeError:
            return None
    return None


def _stops_at_first_success(candidate: Candidate, loops: list[ast.For | ast.AsyncFor | ast.While]) -> bool:
    """The import's success leaves the loop: a search for the first alternative that imports.

    The try body or its `else` breaks or returns, or the loop's code that
    runs right after the try (at the try's own level) does.
    """
    pending: list[ast.AST] = [*getattr(candidate.node, "body", []), *getattr(candidate.node, "orelse", [])]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Break, ast.Return)):
            return True
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.For, ast.While)):
            pending.extend(ast.iter_child_nodes(node))
    return any(isinstance(stmt, (ast.Break, ast.Return)) for stmt in _after_in_loop(candidate, loops))


def _after_in_loop(candidate: Candidate, loops: list[ast.For | ast.AsyncFor | ast.While]) -> list[ast.stmt]:
    """The statements after the candidate in a loop's body, when the candidate stands right in it."""
    for loop in loops:
        for position, stmt in enumerate(loop.body):
            if stmt is candidate.node:
                return loop.body[position + 1 :]
    return []


def _tried_until_bound(candidate: Candidate, loops: list[ast.For | ast.AsyncFor | ast.While]) -> bool:
    """`for lib in (...): if chardet is None: try: chardet = import_module(lib)`: the loop stops trying
    once a name the try binds is set; a search among alternatives, not discovery."""
    bound = {
        target.id
        for stmt in getattr(candidate.node, "body", [])
        if isinstance(stmt, ast.Assign)
        for target in stmt.targets
        if isinstance(target, ast.Name)
    }
    for loop in loops:
        for node in ast.walk(loop):
            if (
                isinstance(node, ast.If)
                and node.body
                and node.body[0].lineno <= candidate.first_line <= (node.body[-1].end_lineno or node.lineno)
                and any(isinstance(n, ast.Name) and n.id in bound for n in ast.walk(node.test))
            ):
                return True
    return False


def _namespaced(argument: ast.expr) -> bool:
    """`f"pkg.commands.{name}"`, `"pkg.plugins." + name`, `"pkg.{}".format(name)`: a name inside a named namespace."""
    if isinstance(argument, ast.JoinedStr):
        first = argument.values[0] if argument.values else None
        return isinstance(first, ast.Constant) and "." in str(first.value)
    if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Add):
        return isinstance(argument.left, ast.Constant) and "." in str(argument.left.value)
    if isinstance(argument, ast.Call) and isinstance(argument.func, ast.Attribute) and argument.func.attr == "format":
        template = argument.func.value
        return isinstance(template, ast.Constant) and "." in str(template.value).split("{", 1)[0]
    return False


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
