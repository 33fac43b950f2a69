"""Each libcst statement of a candidate paired with its `ast` twin, so the fixer asks the plugin's own questions.

The fixer edits libcst's tree, which keeps every comment; what a statement
binds, and whether a block imports, is read by `handlers.values` and
`handlers.body` on the `ast` twin: one model, so the fixer removes exactly
what the plugin reports. Both trees are walked in the same order (a block's
statements, then the blocks inside each compound statement); any difference
in their shapes means no pairing, and no fix.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence

import libcst as cst

from flake8_failfast.candidates import SCOPES

_SAME_KIND: dict[type[cst.CSTNode], tuple[type[ast.stmt], ...]] = {
    cst.Assign: (ast.Assign,),
    cst.AnnAssign: (ast.AnnAssign,),
    cst.AugAssign: (ast.AugAssign,),
    cst.Expr: (ast.Expr,),
    cst.Pass: (ast.Pass,),
    cst.Return: (ast.Return,),
    cst.Raise: (ast.Raise,),
    cst.Import: (ast.Import,),
    cst.ImportFrom: (ast.ImportFrom,),
    cst.Break: (ast.Break,),
    cst.Continue: (ast.Continue,),
    cst.Global: (ast.Global,),
    cst.Nonlocal: (ast.Nonlocal,),
    cst.Del: (ast.Delete,),
    cst.Assert: (ast.Assert,),
    cst.FunctionDef: (ast.FunctionDef, ast.AsyncFunctionDef),
    cst.ClassDef: (ast.ClassDef,),
    cst.If: (ast.If,),
    cst.For: (ast.For, ast.AsyncFor),
    cst.While: (ast.While,),
    cst.Try: (ast.Try,),
    cst.With: (ast.With, ast.AsyncWith),
    cst.Match: (ast.Match,),
}
if hasattr(ast, "TryStar"):
    _SAME_KIND[cst.TryStar] = (ast.TryStar,)


class ShapesDiffer(Exception):
    """libcst and `ast` read the statement into different shapes."""


def pair(libcst_node: cst.BaseCompoundStatement, ast_node: ast.stmt) -> dict[int, ast.stmt]:
    """The `ast` twin of every statement in the candidate, by the `id` of its libcst node."""
    libcst_order = list(_libcst_statements([libcst_node]))
    ast_order = list(_ast_statements([ast_node]))
    if len(libcst_order) != len(ast_order):
        raise ShapesDiffer(f"{len(libcst_order)} statements for libcst, {len(ast_order)} for ast")
    twins: dict[int, ast.stmt] = {}
    for libcst_stmt, ast_stmt in zip(libcst_order, ast_order):
        if not isinstance(ast_stmt, _SAME_KIND.get(type(libcst_stmt), ())):
            raise ShapesDiffer(f"{type(libcst_stmt).__name__} against {type(ast_stmt).__name__}")
        twins[id(libcst_stmt)] = ast_stmt
    return twins


def _libcst_statements(statements: Sequence[cst.CSTNode]) -> Iterator[cst.CSTNode]:
    for statement in statements:
        if isinstance(statement, cst.SimpleStatementLine):
            yield from statement.body
            continue
        yield statement
        if not isinstance(statement, (cst.FunctionDef, cst.ClassDef)):
            for block in _libcst_blocks(statement):
                yield from _libcst_statements(block)


def _libcst_blocks(statement: cst.CSTNode) -> Iterator[Sequence[cst.CSTNode]]:
    """The blocks directly inside a compound statement, in `ast`'s field order; an `elif` is a statement of its own."""
    body = getattr(statement, "body", None)
    if isinstance(body, cst.BaseSuite):
        yield body.body
    for part in (*getattr(statement, "handlers", ()), *getattr(statement, "cases", ())):
        yield part.body.body
    orelse = getattr(statement, "orelse", None)
    if isinstance(orelse, cst.If):
        yield [orelse]
    elif isinstance(orelse, cst.Else):
        yield orelse.body.body
    final = getattr(statement, "finalbody", None)
    if isinstance(final, cst.Finally):
        yield final.body.body


def _ast_statements(statements: Sequence[ast.stmt]) -> Iterator[ast.stmt]:
    for statement in statements:
        yield statement
        if isinstance(statement, SCOPES):
            continue
        blocks: list[Sequence[ast.stmt]] = [getattr(statement, "body", [])]
        blocks += [part.body for part in (*getattr(statement, "handlers", ()), *getattr(statement, "cases", ()))]
        blocks += [getattr(statement, "orelse", []), getattr(statement, "finalbody", [])]
        for block in blocks:
            yield from _ast_statements(block)
