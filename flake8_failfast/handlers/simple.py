"""The verdicts on the simplest candidates from flake8's `ast` tree, so that libcst is imported for the rest only.

A `try` of plain imports (or a `suppress` block of them) whose handlers only
pass, assign constants or names, import, return or raise is most of what
real code holds. Importing and running libcst for it costs more than the rest
of the plugin's first pass, and the answer is the one `analysis.analyze`
gives: the paths are a single straight line. Anything else gives None and
goes to libcst; a test holds the two to the same verdicts.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping, Sequence

from flake8_failfast.codes import Outcome
from flake8_failfast.handlers.sites import HandlerVerdict, ImportSite, handler_verdict

_PASS: list[ast.stmt] = [ast.Pass()]
"""What a `suppress` block does when the import fails."""


class _Unsupported(Exception):
    """A statement the fast path does not model: libcst decides."""


def simple_verdicts(
    node: ast.stmt | None, handler_indices: Sequence[int], prebound: Mapping[str, bool]
) -> tuple[HandlerVerdict, ...] | None:
    """The verdicts libcst's analysis gives on the candidate `node`, or None when it is not simple enough."""
    if isinstance(node, ast.Try):
        handlers = {index: handler.body for index, handler in enumerate(node.handlers)}
    elif isinstance(node, ast.With):
        handlers = {-1: _PASS}
    else:
        return None
    try:
        imports, names = _body_bindings(node.body)
        if not imports:
            return ()
        every_site = tuple(imports)
        verdicts = []
        for index in sorted(set(handler_indices)):
            body = handlers[index]
            envs, bound = _paths(body)
            silent = all(_is_do_nothing(stmt) for stmt in body)
            verdicts.append(handler_verdict(index, silent, envs, names, bound, every_site, prebound))
    except _Unsupported:
        return None
    return tuple(verdicts)


def _body_bindings(body: list[ast.stmt]) -> tuple[list[ImportSite], dict[str, ImportSite | None]]:
    """The try body's imports and the names they bind (the last binding of a name counts), as `try_body` reads them."""
    imports: list[ImportSite] = []
    names: dict[str, ImportSite | None] = {}
    for stmt in body:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                bound = alias.asname or alias.name.split(".", 1)[0]
                site = ImportSite(alias.name, (bound,))
                imports.append(site)
                names.pop(bound, None)
                names[bound] = site
        elif isinstance(stmt, ast.ImportFrom):
            module = "." * stmt.level + (stmt.module or "")
            for alias in stmt.names:
                if alias.name == "*":
                    imports.append(ImportSite(module))
                    continue
                bound = alias.asname or alias.name
                if module.strip("."):
                    site = ImportSite(module, (bound,), alias.name)
                else:
                    site = ImportSite(module + alias.name, (bound,))
                imports.append(site)
                names.pop(bound, None)
                names[bound] = site
        elif not (isinstance(stmt, (ast.Pass, ast.Expr)) and _is_statement_of_nothing(stmt)):
            raise _Unsupported
    return imports, names


def _paths(body: list[ast.stmt]) -> tuple[list[dict[str, Outcome | None]], list[str]]:
    """The one path through a straight-line handler (none when it returns or raises), and the names it binds."""
    env: dict[str, Outcome | None] = {}
    bound: dict[str, None] = {}
    helpers: set[str] = set()
    for stmt in body:
        if isinstance(stmt, (ast.Return, ast.Raise)):
            return [], [name for name in bound if name not in helpers]
        if isinstance(stmt, (ast.Pass, ast.Expr)) and _is_statement_of_nothing(stmt):
            continue
        if isinstance(stmt, ast.Assign) and all(isinstance(target, ast.Name) for target in stmt.targets):
            value = stmt.value
            if isinstance(value, ast.Constant):
                outcome = Outcome.NONE if value.value is None else None
            elif isinstance(value, ast.Name):
                outcome = env.get(value.id)
                if value.id in env:
                    helpers.add(value.id)
            else:
                raise _Unsupported
            for target in stmt.targets:
                assert isinstance(target, ast.Name)
                bound.setdefault(target.id, None)
                env[target.id] = outcome
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            from_import = isinstance(stmt, ast.ImportFrom)
            for alias in stmt.names:
                if alias.name != "*":
                    name = alias.asname or (alias.name if from_import else alias.name.split(".", 1)[0])
                    bound.setdefault(name, None)
                    env[name] = None
        else:
            raise _Unsupported
    return [env], [name for name in bound if name not in helpers]


def _is_statement_of_nothing(stmt: ast.Pass | ast.Expr) -> bool:
    """`pass` or a constant as a statement: it binds nothing and calls nothing (an f-string can call)."""
    return isinstance(stmt, ast.Pass) or isinstance(stmt.value, ast.Constant)


def _is_do_nothing(stmt: ast.stmt) -> bool:
    """`pass`, `...` or a string: what `placeholders.is_silent` accepts in a silent handler."""
    if isinstance(stmt, ast.Pass):
        return True
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
        value = stmt.value.value
        return isinstance(value, (str, bytes)) or value is Ellipsis
    return False
