"""Cheap search of flake8's `ast` tree for the statements worth a libcst look.

Lines that can start a candidate are found in the text; only the statement
lists that lead to them are visited, which keeps the plugin's cost a small
fraction of flake8's own.
"""

from __future__ import annotations

import ast
import bisect
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from flake8_failfast.handlers.sites import DYNAMIC, ImportSite

IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})
IMPORT_CALLS = frozenset({"import_module", "__import__"})
"""The last name of a call that imports a module by name: `importlib.import_module(...)`, `__import__(...)`."""
CATCHING = IMPORT_ERRORS | {"Exception", "BaseException"}
"""Exception classes whose handler can catch a failed import."""
_CATCHING_ALL = CATCHING - {"ModuleNotFoundError"}
PLACEHOLDER_CALLS = frozenset(
    {"object", "Mock", "MagicMock", "NonCallableMock", "AsyncMock", "SimpleNamespace", "ModuleType", "type"}
)
"""Calls (by last name) that can build a do-nothing placeholder object."""

SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
"""Statements with names of their own: what happens inside them is not the block's."""
COMPOUND = frozenset(
    {ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.Match, *SCOPES}
    | ({ast.TryStar} if hasattr(ast, "TryStar") else set())
)
"""Statements with a block of their own."""
_TRY_TYPES: tuple[type[ast.stmt], ...] = (
    (ast.Try, ast.TryStar) if hasattr(ast, "TryStar") else (ast.Try,)
)


class Candidate(NamedTuple):
    """A `try` (or `with suppress`) whose body mentions an import.

    `handlers` holds, for each handler that can catch an import failure, its
    index in the `try` and the line and column of its `except` keyword; a
    `suppress` block has the single index -1 at its `with` keyword.
    """

    first_line: int
    last_line: int
    handlers: tuple[tuple[int, int, int], ...]
    scope: Sequence[ast.stmt] = ()
    node: ast.stmt | None = None
    owner: ast.AST | None = None
    """The function, class or module whose names the statement binds."""

    @property
    def is_suppress(self) -> bool:
        return self.handlers[0][0] == -1


def catches_import_error(expr: ast.expr | None, classes: frozenset[str] = CATCHING) -> bool:
    """Whether an `except` clause's type (None for bare `except:`) names one of `classes`."""
    if expr is None:
        return True
    if isinstance(expr, ast.Tuple):
        return any(catches_import_error(element, classes) for element in expr.elts)
    if isinstance(expr, ast.Name):
        return expr.id in classes
    if isinstance(expr, ast.Attribute):
        return expr.attr in classes
    return False


def _reachable_handlers(
    try_body: list[ast.stmt], handlers: list[ast.ExceptHandler]
) -> tuple[tuple[int, int, int], ...]:
    """Handlers that can catch an import failure and are not shadowed by an earlier one.

    After `except ImportError` (or Exception, BaseException, bare) no later handler
    ever sees the failure; after `except ModuleNotFoundError` others still can.
    """
    found = []
    imported = _imported_names(try_body)
    for index, handler in enumerate(handlers):
        if catches_import_error(handler.type):
            if not _leaves_nothing_behind(handler, imported):
                found.append((index, handler.lineno, handler.col_offset))
            if catches_import_error(handler.type, _CATCHING_ALL):
                break
    return tuple(found)


def _imported_names(body: list[ast.stmt]) -> set[str]:
    """Names the try body's own import statements bind (top level of the body).

    "*" stands for names that cannot be told: a nested block, or an import
    call whose module binds no name (`import_module(f"{app}.hooks")` run for
    its registrations), where only what the handler does with the failure counts.
    """
    names: set[str] = set()
    for stmt in body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names.update(a.asname or a.name.split(".", 1)[0] for a in stmt.names)
        elif type(stmt) in COMPOUND or (isinstance(stmt, ast.Expr) and _calls_import(stmt.value)):
            names.add("*")
        elif isinstance(stmt, ast.Assign) and _calls_import(stmt.value):
            names.update(n.id for t in stmt.targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return names


def _calls_import(expr: ast.expr) -> bool:
    return any(
        isinstance(node, ast.Call) and _call_name(node) in IMPORT_CALLS for node in ast.walk(expr)
    )


def last_name(expr: ast.expr) -> str:
    """The last part of a (dotted) name: `OSError` for `builtins.OSError`; empty for anything else."""
    return expr.id if isinstance(expr, ast.Name) else expr.attr if isinstance(expr, ast.Attribute) else ""


def _call_name(call: ast.Call) -> str:
    """The called name, last part only: `suppress` for `contextlib.suppress(...)`."""
    return last_name(call.func)


def _is_suppress(stmt: ast.With) -> bool:
    for item in stmt.items:
        call = item.context_expr
        if not isinstance(call, ast.Call) or call.keywords:
            continue
        if _call_name(call) == "suppress" and any(catches_import_error(arg) for arg in call.args):
            return True
    return False


def _mentions_import(body: list[ast.stmt], lines: Sequence[str]) -> bool:
    first = body[0].lineno - 1
    last = body[-1].end_lineno or body[-1].lineno
    return "import" in "".join(lines[first:last])


_BLOCK_FIELDS: dict[type[ast.stmt], tuple[str, ...]] = {
    ast.If: ("body", "orelse"),
    ast.For: ("body", "orelse"),
    ast.AsyncFor: ("body", "orelse"),
    ast.While: ("body", "orelse"),
    ast.With: ("body",),
    ast.AsyncWith: ("body",),
    **{kind: ("body", "orelse", "finalbody") for kind in _TRY_TYPES},
}


def _child_bodies(stmt: ast.stmt) -> list[list[ast.stmt]]:
    """The statement lists directly inside a compound statement (none for a simple one)."""
    fields = _BLOCK_FIELDS.get(type(stmt))
    if fields is not None:
        blocks: list[list[ast.stmt]] = [getattr(stmt, name) for name in fields]
        blocks.extend(handler.body for handler in getattr(stmt, "handlers", ()))
        return blocks
    if isinstance(stmt, ast.Match):
        return [case.body for case in stmt.cases]
    return []


_TRY_COLON = re.compile(r"try[ \t]*:")


def _try_lines(text: str) -> list[int]:
    """Offsets of `try:` keywords that start a line (the regular expression skips `entry`, `retry` at C speed)."""
    offsets = []
    for match in _TRY_COLON.finditer(text):
        found = match.start()
        line_start = max(text.rfind("\n", 0, found), text.rfind("\r", 0, found)) + 1
        if not text[line_start:found].strip(" \t\f"):
            offsets.append(found)
    return offsets


def _word_offsets(text: str, word: str) -> list[int]:
    offsets = []
    found = text.find(word)
    while found != -1:
        offsets.append(found)
        found = text.find(word, found + len(word))
    return offsets


def marked_lines(lines: Sequence[str]) -> list[int]:
    """1-based numbers of the lines that can start a candidate: `try:` or a `suppress`.

    A candidate's body spells `import`, on its first line or below: a mark
    below the file's last `import` starts none. Offsets are mapped to the
    given lines, whatever ends them (`\\n`, `\\r\\n`, or an old Mac's `\\r` alone).
    """
    text = "".join(lines)
    last_import = text.rfind("import")
    if last_import == -1:
        return []
    offsets = sorted(_try_lines(text) + _word_offsets(text, "suppress"))
    if not offsets:
        return []
    wanted = sorted({*offsets, last_import})
    number = dict(zip(wanted, _line_numbers(text, lines, wanted)))
    marks: list[int] = []
    for offset in offsets:
        line = number[offset]
        if line > number[last_import]:
            break
        if not marks or marks[-1] != line:
            marks.append(line)
    return marks


def _line_numbers(text: str, lines: Sequence[str], offsets: list[int]) -> list[int]:
    """The 1-based line of each of the sorted `offsets` into `text`, the lines joined.

    Without a `\\r` in the text every line ends in `\\n`: the newlines between
    offsets are counted at C speed instead of summing every line's length.
    """
    if "\r" in text:
        ends = list(itertools.accumulate(map(len, lines)))
        return [bisect.bisect_right(ends, offset) + 1 for offset in offsets]
    numbers: list[int] = []
    line = 1
    start = 0
    for offset in offsets:
        line += text.count("\n", start, offset)
        start = offset
        numbers.append(line)
    return numbers


def find_candidates(tree: ast.Module, lines: Sequence[str]) -> list[Candidate]:
    """Every candidate statement of the file, in source order, nested ones included.

    Each marked line is looked up from the module down by bisection, so code
    without a `try` is never visited at all.
    """
    found: list[Candidate] = []
    for mark in marked_lines(lines):
        candidate = _candidate_at(tree, mark, lines)
        if candidate is not None and (not found or found[-1].first_line != candidate.first_line):
            found.append(candidate)
    return found


_start = operator.attrgetter("lineno")
"""A statement's first line, as the key to bisect a block by (attrgetter runs at C speed)."""


def _candidate_at(tree: ast.Module, mark: int, lines: Sequence[str]) -> Candidate | None:
    """The candidate whose header holds line `mark`, found by descending the blocks."""
    scope = body = tree.body
    owner: ast.AST = tree
    while True:
        index = bisect.bisect_right(body, mark, key=_start) - 1
        if index < 0:
            return None
        stmt = body[index]
        if (stmt.end_lineno or stmt.lineno) < mark:
            return None
        if type(stmt) in SCOPES:
            scope = body = stmt.body  # type: ignore[attr-defined]
            owner = stmt
            continue
        inner: list[ast.stmt] = getattr(stmt, "body", [])
        if isinstance(stmt, (*_TRY_TYPES, ast.With)) and (stmt.lineno == mark or mark < inner[0].lineno):
            return _candidate(stmt, scope, owner, lines)
        for block in _child_bodies(stmt):
            if block and block[0].lineno <= mark <= (block[-1].end_lineno or block[-1].lineno):
                body = block
                break
        else:
            return None
        if isinstance(stmt, ast.If) and body is stmt.body and is_type_checking(stmt.test):
            return None  # never runs


def is_type_checking(test: ast.expr) -> bool:
    """`if TYPE_CHECKING:` or `if typing.TYPE_CHECKING:`: a block only type checkers read."""
    return last_name(test) == "TYPE_CHECKING"


def _leaves_nothing_behind(handler: ast.ExceptHandler, imported: set[str]) -> bool:
    """Whether a handler certainly gives no finding, so libcst need not parse it.

    A straight-line body (no compound statement, def or class) that ends in
    `raise`, or that binds again every name the try's imports bind and holds
    no `None`, no lambda and no placeholder call, can leave no name unbound,
    None, a stub or a raising placeholder. Re-raising and alternative imports
    are the common handlers in real code; skipping them saves most of the
    parsing.
    """
    body = handler.body
    if any(type(s) in COMPOUND for s in body):
        return False
    if isinstance(body[-1], ast.Raise):
        return True
    if all(_is_do_nothing(s) for s in body) or "*" in imported or not imported <= names_bound_in(body):
        return False
    return not any(_may_mask(node) for stmt in body for node in ast.walk(stmt))


def names_bound_in(body: Iterable[ast.stmt]) -> set[str]:
    """Every name a block binds, by assignment, loop target, `with ... as` or import, nested blocks included."""
    names: set[str] = set()
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names.update(a.asname or a.name.split(".", 1)[0] for a in node.names)
    return names


def _is_do_nothing(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Pass) or (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))


def _may_mask(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return node.value is None
    if isinstance(node, ast.Lambda):
        return True
    if isinstance(node, ast.Call):
        return _call_name(node) in PLACEHOLDER_CALLS
    return False


def _candidate(stmt: ast.stmt, scope: list[ast.stmt], owner: ast.AST, lines: Sequence[str]) -> Candidate | None:
    """A candidate when its body mentions an import and a handler can catch the failure.

    The lines are looked at first: most `try` statements have nothing to do with imports.
    """
    handlers: tuple[tuple[int, int, int], ...]
    if not isinstance(stmt, (*_TRY_TYPES, ast.With)):
        return None
    if not _mentions_import(stmt.body, lines):  # type: ignore[attr-defined]
        return None
    if isinstance(stmt, _TRY_TYPES):
        handlers = _reachable_handlers(stmt.body, stmt.handlers)  # type: ignore[attr-defined]
    elif isinstance(stmt, ast.With) and _is_suppress(stmt):
        handlers = ((-1, stmt.lineno, stmt.col_offset),)
    else:
        return None
    if not handlers:
        return None
    return Candidate(stmt.lineno, stmt.end_lineno or stmt.lineno, handlers, scope, stmt, owner)


class Prebound:
    """Names bound before each candidate of one file, mapped to whether the binding is `None`.

    Nested functions and classes are separate scopes and are skipped; a later
    binding overrides an earlier one, as it would at run time. A function's
    parameters (`owner`) are bound; a name the function declares `global`
    takes its module-level binding, which is in place by the time the
    function runs. Asked for the candidates in source order, the statements
    of a scope that end above one candidate are read once for all the later
    ones: a file of many candidates costs its length, not length times count.
    """

    def __init__(self, module: ast.Module) -> None:
        self.module = module
        self._read: dict[int, tuple[Sequence[ast.stmt], int, int, dict[str, bool]]] = {}
        """Per scope (by identity): the scope, the line asked last, how many statements were read, what they bind."""
        self._declared: dict[int, set[str]] = {}
        self._module_bindings: dict[str, bool] | None = None

    def before(self, scope: Sequence[ast.stmt], before_line: int, owner: ast.AST | None = None) -> dict[str, bool]:
        """Names bound in `scope` before `before_line` (and the owner's parameters and globals)."""
        bound: dict[str, bool] = {}
        if isinstance(owner, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = owner.args
            every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
            bound.update((argument.arg, False) for argument in every if argument is not None)
        declared = self._declared.get(id(scope))
        if declared is None:
            declared = self._declared[id(scope)] = {
                name for stmt in scope if isinstance(stmt, ast.Global) for name in stmt.names
            }
        if declared and self.module.body is not scope:
            if self._module_bindings is None:
                self._module_bindings = {}
                _collect_bindings(self.module.body, 1 << 30, self._module_bindings)
            everything = self._module_bindings
            bound.update((name, everything[name]) for name in declared if name in everything)
        _, last_line, read, done = self._read.get(id(scope), (scope, 0, 0, {}))
        if before_line < last_line:
            read, done = 0, {}
        while read < len(scope) and (scope[read].end_lineno or scope[read].lineno) < before_line:
            _collect_statement(scope[read], before_line, done)
            read += 1
        self._read[id(scope)] = (scope, before_line, read, done)
        bound.update(done)
        _collect_bindings(scope, before_line, bound, read)
        return bound


def _collect_bindings(body: Sequence[ast.stmt], before_line: int, bound: dict[str, bool], start: int = 0) -> None:
    for index in range(start, len(body)):
        if body[index].lineno >= before_line:
            return
        _collect_statement(body[index], before_line, bound)


def _collect_statement(stmt: ast.stmt, before_line: int, bound: dict[str, bool]) -> None:
    if isinstance(stmt, SCOPES):
        bound[stmt.name] = False
        return
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
    maybe_none = _none_before_import(stmt, bound) if isinstance(stmt, _TRY_TYPES) else set()
    for block in _child_bodies(stmt):
        _collect_bindings(block, before_line, bound)
    if maybe_none:
        _keep_none_through_silent_handlers(stmt, maybe_none, bound)


def _none_before_import(stmt: ast.stmt, bound: dict[str, bool]) -> set[str]:
    """The names the try body imports that are bound to None before it (only those, so a file stays linear)."""
    imported = {
        alias.asname or alias.name.split(".", 1)[0]
        for inner in getattr(stmt, "body", [])
        if isinstance(inner, (ast.Import, ast.ImportFrom))
        for alias in inner.names
    }
    return {name for name in imported if bound.get(name) is True}


def _keep_none_through_silent_handlers(stmt: ast.stmt, maybe_none: set[str], bound: dict[str, bool]) -> None:
    """`x = None; try: import a as x / except ImportError: pass`: x can still be None after the try.

    An alternative chain (`if x is None: try: import b as x ...`) then masks a name that may be None.
    """
    for handler in getattr(stmt, "handlers", []):
        if handler.body and isinstance(handler.body[-1], ast.Raise):
            continue
        rebound: dict[str, bool] = {}
        _collect_bindings(handler.body, 1 << 30, rebound)
        for name in maybe_none:
            if name not in rebound and bound.get(name) is False:
                bound[name] = True


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


def import_sites(body: Iterable[ast.stmt]) -> tuple[ImportSite, ...]:
    """The imports a `try` body runs, at any depth but not in nested functions or classes.

    Each import once, breadth first: what the judge's handler-level rules and
    the probe ask of a body. The handlers' analysis reads the body in run
    order, with the names it binds (`handlers.body.TryBody`).
    """
    sites: list[ImportSite] = []
    pending: list[ast.AST] = list(body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Import):
            sites.extend(ImportSite(a.name, (a.asname or a.name.split(".", 1)[0],)) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            for alias in node.names:
                bound = (alias.asname or alias.name,)
                if node.module is None:
                    sites.append(ImportSite(module + alias.name, bound))
                else:
                    sites.append(ImportSite(module, bound, alias.name))
        elif isinstance(node, ast.Call) and last_name(node.func) in IMPORT_CALLS:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                sites.append(ImportSite(first.value))
            else:
                sites.append(ImportSite(DYNAMIC))
        pending.extend(ast.iter_child_nodes(node))
    return tuple(dict.fromkeys(sites))
