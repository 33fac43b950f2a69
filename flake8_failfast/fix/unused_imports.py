"""Imports the fix left unused: removed when the fix removed their last use.

`import contextlib` above a `with contextlib.suppress(ImportError):` that the
fix unwrapped is dead, and flake8 would say so (F401) on the next run.
pyflakes decides, as flake8 does: a name is removed only when pyflakes finds
it used before the fix and unused after, and only from a plain statement at
the top of the module (`import x`, `import x as y`, `from x import y`) that
was there before the fix. Names in `__all__` count as used; in an
`__init__.py` a `from` import may be a re-export, so only `import x` goes.
A `# noqa` on the statement keeps it. Everything else stays byte for byte.
"""

from __future__ import annotations

import ast
import os
from collections import Counter
from collections.abc import Iterator, Sequence

import libcst as cst
from pyflakes import checker, messages

from flake8_failfast.fix import noqa
from flake8_failfast.fix.pragmas import moved_line
from flake8_failfast.pipeline import split_lines

Statement = ast.Import | ast.ImportFrom


def _full_name(module: str, alias: str, asname: str | None) -> str:
    """The name pyflakes shows in `'...' imported but unused`."""
    return f"{module}{alias}" + (f" as {asname}" if asname is not None and asname != alias.rsplit(".", 1)[-1] else "")


def _names(node: Statement) -> list[str]:
    if isinstance(node, ast.Import):
        return [_full_name("", alias.name, alias.asname) for alias in node.names]
    module = "." * node.level + (f"{node.module}." if node.module else "")
    return [_full_name(module, alias.name, alias.asname) for alias in node.names]


def _removable(node: ast.stmt, in_init: bool) -> Iterator[tuple[str, Statement]]:
    """The plain aliases of a top-level import that may go, by pyflakes' name.

    Not: a dotted `import a.b` (it binds `a`, which other code may reach
    `b` through), `x as x` (an explicit re-export), `__future__`, stars, and
    in an `__init__.py` any `from` import.
    """
    if isinstance(node, ast.Import):
        for alias, name in zip(node.names, _names(node)):
            if ("." not in alias.name or alias.asname) and alias.asname != alias.name:
                yield name, node
    elif isinstance(node, ast.ImportFrom) and not in_init and node.module != "__future__":
        for alias, name in zip(node.names, _names(node)):
            if alias.name != "*" and alias.asname != alias.name:
                yield name, node


def _unused(tree: ast.Module, filename: str) -> Counter[str]:
    found = checker.Checker(tree, filename=filename, withDoctest=False).messages
    return Counter(str(m.message_args[0]) for m in found if isinstance(m, messages.UnusedImport))


def _unused_at(tree: ast.Module, filename: str) -> dict[int, set[str]]:
    """The unused names pyflakes finds, by the line of their statement."""
    found = checker.Checker(tree, filename=filename, withDoctest=False).messages
    at: dict[int, set[str]] = {}
    for message in found:
        if isinstance(message, messages.UnusedImport):
            at.setdefault(message.lineno, set()).add(str(message.message_args[0]))
    return at


def _top_level(tree: ast.Module, in_init: bool) -> Counter[str]:
    return Counter(name for node in tree.body for name, _ in _removable(node, in_init))


def drop_unused_imports(source: str, fixed: str, filename: str) -> str:
    """`fixed` without the top-level import aliases the fix left unused (pyflakes: used before, unused after)."""
    before, after = ast.parse(source), ast.parse(fixed)
    in_init = os.path.basename(filename) == "__init__.py"
    try:
        newly = _unused_at(after, filename)
        made_unused = Counter(name for names in newly.values() for name in names) - _unused(before, filename)
    except RecursionError:
        return fixed
    if not made_unused:
        return fixed
    kept_before = _top_level(before, in_init)
    lines = split_lines(fixed)
    edits: list[tuple[Statement, set[str]]] = []
    for node in after.body:
        gone = {
            name
            for name, statement in _removable(node, in_init)
            if name in newly.get(statement.lineno, set()) and made_unused[name] and kept_before[name]
        }
        if gone and not noqa.silenced({"F401"}, "".join(lines[node.lineno - 1 : node.end_lineno])):
            assert isinstance(node, (ast.Import, ast.ImportFrom))
            edits.append((node, gone))
    for node, gone in reversed(edits):
        first, last = node.lineno, node.end_lineno or node.lineno
        rewritten = _without_aliases("".join(lines[first - 1 : last]), gone)
        if rewritten is not None:
            lines[first - 1 : last] = [rewritten]
    return "".join(lines)


def _without_aliases(text: str, gone: set[str]) -> str | None:
    """The lines of top-level statements without the named import aliases; a line left empty goes.

    Its comments stay on lines of their own, but for pragmas. None when
    libcst cannot say it safely (a comment among the removed names).
    """
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    try:
        module = cst.parse_module(text[len(bom) :])
    except (cst.ParserSyntaxError, RecursionError):
        return None
    body: list[cst.BaseStatement] = []
    carried: list[cst.EmptyLine] = []
    for statement in module.body:
        small = _kept_small(statement.body, gone) if isinstance(statement, cst.SimpleStatementLine) else None
        if isinstance(statement, cst.SimpleStatementLine) and not small:
            if small is None:
                return None
            carried += statement.leading_lines
            trailing = statement.trailing_whitespace.comment
            moved = moved_line(trailing) if trailing is not None else None
            carried += [moved] if moved is not None else []
            continue
        kept = statement.with_changes(body=small) if small else statement
        body.append(kept.with_changes(leading_lines=[*carried, *kept.leading_lines]) if carried else kept)
        carried = []
    code = module.with_changes(body=body, footer=[*carried, *module.footer]).code
    return bom + code if code.strip() else bom  # libcst writes a lone newline for an empty module


def _kept_small(body: Sequence[cst.BaseSmallStatement], gone: set[str]) -> list[cst.BaseSmallStatement] | None:
    """The small statements of a line without the named aliases; None if a comment would be lost."""
    kept: list[cst.BaseSmallStatement] = []
    for small in body:
        if not isinstance(small, (cst.Import, cst.ImportFrom)) or isinstance(small.names, cst.ImportStar):
            kept.append(small)
            continue
        node = ast.parse(_code(small).strip()).body[0]
        assert isinstance(node, (ast.Import, ast.ImportFrom))
        names = _names(node)
        aliases = [alias for alias, name in zip(small.names, names) if name not in gone]
        if len(aliases) == len(small.names):
            kept.append(small)
            continue
        if any("#" in _code(alias) for alias, name in zip(small.names, names) if name in gone):
            return None
        if aliases:
            aliases[-1] = aliases[-1].with_changes(comma=small.names[-1].comma)
            kept.append(small.with_changes(names=aliases))
    if kept and len(kept) != len(body):
        kept[-1] = kept[-1].with_changes(semicolon=cst.MaybeSentinel.DEFAULT)
    return kept


def _code(node: cst.CSTNode) -> str:
    return cst.Module(body=[]).code_for_node(node)
