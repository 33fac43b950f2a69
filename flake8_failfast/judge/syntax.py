"""Small readings of `ast` nodes that the guards, the read walk and the hazards share."""

from __future__ import annotations

import ast

Names = frozenset[str]
EMPTY: Names = frozenset()
Function = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
"""A scope of its own for the names it binds."""


def dotted_name(node: ast.expr) -> str:
    """`a.b.c` for a name or attribute chain (a call counts as what it calls); empty for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted_name(node.value)
        return f"{base}.{node.attr}" if base else ""
    if isinstance(node, ast.Call):
        return dotted_name(node.func)
    return ""


def is_none(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is None


def alias_binds(alias: ast.alias) -> str:
    """The name an import binds: `import a.b` binds `a`, `import a.b as c` binds `c`."""
    return alias.asname or alias.name.split(".", 1)[0]


def first_line(stmt: ast.stmt) -> int:
    """The first line of a statement, its decorators included (`lineno` is the `def` or `class` line)."""
    decorators: list[ast.expr] = getattr(stmt, "decorator_list", [])
    return min(stmt.lineno, *(d.lineno for d in decorators)) if decorators else stmt.lineno
