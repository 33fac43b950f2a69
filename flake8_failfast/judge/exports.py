"""The names a module hands to other modules: a masked one among them is broken for every importer."""

from __future__ import annotations

import ast
from typing import NamedTuple

from flake8_failfast.judge.syntax import dotted_name


class Exports(NamedTuple):
    """The names a module hands to other modules: `__all__`, or a package's public names."""

    listed: frozenset[str] = frozenset()
    has_all: bool = False
    is_package: bool = False

    def why(self, name: str, own_submodule: bool) -> str | None:
        """`__all__` decides; without it a package re-exports the public names of its own submodules.

        Other imported names (a module object, a third-party class) are
        implementation details (PEP 8), not the package's interface.
        """
        if self.has_all:
            return "exported in __all__" if name in self.listed else None
        if self.is_package and own_submodule and not name.startswith("_"):
            return "exported by the package"
        return None


def exports_of(tree: ast.Module, filename: str) -> Exports:
    listed: set[str] = set()
    has_all = False
    for stmt in tree.body:
        value: ast.expr | None = None
        if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                value = stmt.value
        elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            func = stmt.value.func
            if isinstance(func, ast.Attribute) and dotted_name(func.value) == "__all__" and stmt.value.args:
                value = stmt.value.args[0]
        if value is None:
            continue
        has_all = True
        for node in ast.walk(value):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                listed.add(node.value)
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return Exports(frozenset(listed), has_all, base == "__init__.py")
