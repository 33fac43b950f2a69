"""The imports and plain names of a try body: what the failed import would have bound."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Sequence

from flake8_failfast.candidates import IMPORT_CALLS, SCOPES, last_name
from flake8_failfast.handlers.sites import DYNAMIC, ImportSite
from flake8_failfast.handlers.values import bound_name, call_arguments, target_names


def import_call_module(call: ast.Call) -> str | None:
    """The module an `importlib.import_module(...)` or `__import__(...)` call loads; None for other calls."""
    if last_name(call.func) not in IMPORT_CALLS:
        return None
    arguments = call_arguments(call)
    if not arguments:
        return DYNAMIC
    first = arguments[0]
    literal = first.value if isinstance(first, ast.Constant) else None
    return literal if isinstance(literal, str) and literal else DYNAMIC


class TryBody:
    """Imports and plain names of a try body, in the order they run, not entering nested scopes.

    A name bound twice counts where it was bound last.
    """

    def __init__(self, body: Sequence[ast.stmt]) -> None:
        self.imports: list[ImportSite] = []
        self.names: dict[str, ImportSite | None] = {}
        for stmt in body:
            self._visit(stmt)

    def _bind(self, names: Iterable[str], site: ImportSite | None = None) -> None:
        for name in names:
            self.names.pop(name, None)
            self.names[name] = site

    def _visit(self, node: ast.AST) -> None:
        if isinstance(node, SCOPES):
            self._bind([node.name])
            return
        if isinstance(node, ast.Lambda):
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                site = ImportSite(alias.name, (bound_name(alias, from_import=False),))
                self.imports.append(site)
                self._bind(site.names, site)
            return
        if isinstance(node, ast.ImportFrom):
            self._import_from(node)
            return
        self._bind_targets(node)
        for child in ast.iter_child_nodes(node):
            self._visit(child)

    def _import_from(self, node: ast.ImportFrom) -> None:
        module = "." * node.level + (node.module or "")
        for alias in node.names:
            if alias.name == "*":
                self.imports.append(ImportSite(module))
                continue
            bound = bound_name(alias, from_import=True)
            if module.strip("."):
                site = ImportSite(module, (bound,), alias.name)
            else:
                site = ImportSite(module + alias.name, (bound,))
            self.imports.append(site)
            self._bind([bound], site)

    def _bind_targets(self, node: ast.AST) -> None:
        """What a node binds before its parts run: assignment, loop, `with ... as` and walrus targets."""
        if isinstance(node, ast.Call):
            module = import_call_module(node)
            if module is not None:
                self.imports.append(ImportSite(module))
        elif isinstance(node, ast.Assign):
            module = import_call_module(node.value) if isinstance(node.value, ast.Call) else None
            site = ImportSite(module) if module is not None else None
            for target in node.targets:
                self._bind(target_names(target), site)
        elif isinstance(node, ast.AnnAssign):
            if node.value is not None:
                self._bind(target_names(node.target))
        elif isinstance(node, (ast.AugAssign, ast.For, ast.AsyncFor, ast.NamedExpr)):
            self._bind(target_names(node.target))
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            self._bind(target_names(node.optional_vars))


def imports_in(body: Sequence[ast.stmt]) -> bool:
    """Whether a block imports anything, an import call included (a nested candidate)."""
    return bool(TryBody(body).imports)
