"""The plugin reads handlers on `ast`, the fixer prunes them on libcst: both must see the same bindings.

If they disagreed, the fixer would remove what the plugin never reported, or
leave what it did. Every handler statement of every candidate in the
fixtures and the standard library is read both ways and compared.
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

import libcst as cst
import pytest

from flake8_failfast.candidates import Candidate, find_candidates
from flake8_failfast.fix import cst_binds, cst_body, cst_values
from flake8_failfast.fix.cst_statement import parse_statement, statement_source
from flake8_failfast.handlers import body, values
from flake8_failfast.pipeline import split_lines
from helpers import TESTDATA

STDLIB = Path(ast.__file__).parent


def ast_statements(block: Sequence[ast.stmt]) -> Iterator[ast.stmt]:
    """Simple statements, defs and classes, depth first, in the order `cst_body._suites_of` visits blocks."""
    for stmt in block:
        if not isinstance(stmt, values.COMPOUND) or isinstance(
            stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        ):
            yield stmt
            continue
        parts = [getattr(stmt, "body", []), getattr(stmt, "orelse", [])]
        parts += [handler.body for handler in getattr(stmt, "handlers", [])]
        parts += [case.body for case in getattr(stmt, "cases", [])]
        parts.append(getattr(stmt, "finalbody", []))
        for part in parts:
            yield from ast_statements(part)


def cst_statements(suite: cst.BaseSuite) -> Iterator[cst.CSTNode]:
    if isinstance(suite, cst.SimpleStatementSuite):
        yield from suite.body
        return
    assert isinstance(suite, cst.IndentedBlock)
    for statement in suite.body:
        if isinstance(statement, cst.SimpleStatementLine):
            yield from statement.body
        elif isinstance(statement, (cst.FunctionDef, cst.ClassDef)):
            yield statement
        else:
            for part in cst_body._suites_of(statement):
                yield from cst_statements(part)


def candidates_in(path: Path) -> Iterator[tuple[Candidate, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            source = path.read_text(encoding="utf-8")
            tree = ast.parse(source)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            return
    lines = split_lines(source)
    for candidate in find_candidates(tree, lines):
        yield candidate, statement_source(candidate, lines)


def disagreements(candidate: Candidate, text: str) -> list[str]:
    """Where the two readings of one candidate differ; empty when they agree."""
    node = candidate.node
    assert isinstance(node, (ast.Try, ast.With)) or type(node).__name__ == "TryStar"
    parsed = parse_statement(text).node
    tree_body = body.TryBody(getattr(node, "body"))
    libcst_body = cst_body.body_bindings(getattr(parsed, "body"), None)
    found = []
    if (tree_body.imports, tree_body.names) != (libcst_body.imports, libcst_body.names):
        found.append(f"try body: {tree_body.names} != {libcst_body.names}")
    imports = tree_body.imports
    ast_handlers = [handler.body for handler in getattr(node, "handlers", [])]
    cst_handlers = [handler.body for handler in getattr(parsed, "handlers", [])]
    for tree_block, libcst_block in zip(ast_handlers, cst_handlers, strict=True):
        pairs = list(zip(ast_statements(tree_block), cst_statements(libcst_block), strict=True))
        for tree_stmt, libcst_stmt in pairs:
            tree_bound = values.binds(tree_stmt, {}, imports)
            libcst_bound = cst_binds.binds(libcst_stmt, {}, imports)
            if (tree_bound.names, tree_bound.helpers) != (libcst_bound.names, libcst_bound.helpers):
                found.append(f"line {tree_stmt.lineno}: {tree_bound} != {libcst_bound}")
            if isinstance(libcst_stmt, cst.BaseSmallStatement):
                if values.is_terminator(tree_stmt) != cst_values.is_terminator(libcst_stmt):
                    found.append(f"line {tree_stmt.lineno}: terminator")
        if values.is_silent(tree_block) != cst_values.is_silent(libcst_block):
            found.append("silent")
    return found


@pytest.mark.parametrize("root", [TESTDATA, STDLIB], ids=["fixtures", "standard library"])
def test_the_plugin_and_the_fixer_read_every_handler_alike(root: Path) -> None:
    compared = 0
    differing: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        if "site-packages" in path.relative_to(root).parts:
            continue
        for candidate, text in candidates_in(path):
            compared += 1
            found = disagreements(candidate, text)
            if found:
                differing[f"{path.relative_to(root)}:{candidate.first_line}"] = found
    assert compared > 100
    assert differing == {}
