"""Where a masked name is used later, and whether a check guards each use.

Runs on flake8's own `ast` tree, once per file and only for files with a
finding. A use is what fails on None or a stub: an attribute, a call, a
subscript, iteration, an operator, `with`, `await`, a base class. For a
name left unbound any read fails. A guard is a test that only lets the use
run when the import worked: `if x`, `if x is not None`, a flag the same
try binds, `x and ...`, a conditional expression, an earlier early exit,
`assert`, a skip decorator, `hasattr`, or a `try` that catches the error.
A use inside a function counts as guarded when every call of that function
in the file is guarded.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

from flake8_failfast.candidates import names_bound_in

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_PLATFORM_TESTS = ("sys.platform", "os.name", "platform.system", "sys.implementation", "sys.version_info", "PY3", "PY2")
"""Tests of the platform or the Python version: either branch is code for some installs only."""
_SKIP_IF = ("skipif", "skipIf")
_SKIP_UNLESS = ("skipUnless",)
_SKIP_WORDS = ("skip", "requires", "needs")
_NONE_ERRORS = frozenset({"AttributeError", "TypeError", "Exception", "BaseException"})
_UNBOUND_ERRORS = frozenset({"NameError", "UnboundLocalError", "Exception", "BaseException"})
_EXITS = frozenset(
    {"sys.exit", "exit", "quit", "os._exit", "pytest.skip", "pytest.fail", "pytest.exit", "unittest.SkipTest"}
)
MAX_CALLER_DEPTH = 3
"""How many levels of callers are followed to find a guard around a function's uses."""

Names = frozenset[str]
_EMPTY: Names = frozenset()
_REBOUND = "\0"


class Flag(NamedTuple):
    """A name whose truth tells whether imports worked (`HAS_X`, `HAVE_X = x is not None`)."""

    when_true: Names
    when_false: Names


class Load(NamedTuple):
    """One read of a watched name (or of a function's name, for its callers)."""

    name: str
    line: int
    guarded: Names
    is_use: bool
    is_call: bool
    functions: tuple[ast.AST, ...]
    classes: tuple[ast.ClassDef, ...]
    owner: ast.AST
    """The innermost function, class or module the read runs in."""


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


def _exits(body: list[ast.stmt]) -> bool:
    """Whether a block always leaves: raise, return, continue, break, or a call that ends the program."""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, (ast.Raise, ast.Return, ast.Continue, ast.Break)):
        return True
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
        name = dotted_name(last.value.func)
        return name in _EXITS or name.endswith((".skipTest", ".skip"))
    if isinstance(last, ast.If):
        return _exits(last.body) and _exits(last.orelse)
    return False


def _imported(body: Iterable[ast.stmt]) -> set[str]:
    """Names the import statements of a block bind (the code after them runs only if they worked)."""
    names: set[str] = set()
    for stmt in body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names.update(a.asname or a.name.split(".", 1)[0] for a in stmt.names if a.name != "*")
    return names


def _local_names(function: ast.AST) -> set[str]:
    """Names a function binds itself (parameters, assignments), less its `global`/`nonlocal` ones."""
    if isinstance(function, ast.Lambda):
        args = function.args
        body: list[ast.stmt] = []
    else:
        assert isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        args = function.args
        body = function.body
    params = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
    params.update(a.arg for a in (args.vararg, args.kwarg) if a is not None)
    declared: set[str] = set()
    bound: set[str] = set()
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Global, ast.Nonlocal)):
            declared.update(node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update(a.asname or a.name.split(".", 1)[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
            stack.extend(node.decorator_list)
            continue
        elif isinstance(node, ast.Lambda):
            continue
        stack.extend(ast.iter_child_nodes(node))
    return (params | bound) - declared


class UseSites:
    """Every read of the watched names in one module, with the guards around it."""

    def __init__(self, tree: ast.Module, watched: Collection[str], flags: Mapping[str, Flag]) -> None:
        self.tree = tree
        self.flags = dict(flags)
        self.watched = frozenset(watched) | frozenset(self.flags)
        self.functions: dict[str, list[ast.AST]] = {}
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.functions.setdefault(node.name, []).append(node)
        self._derive_flags()
        self.markers = self._skip_markers()
        self.loads: list[Load] = []
        self._locals: dict[ast.AST, set[str]] = {}
        self.module_end: Names = self._block(tree.body, _EMPTY, (), (), tree)

    # --- tests and guards -----------------------------------------------------

    def _derive_flags(self) -> None:
        """Module-level `HAVE_X = x is not None` and the like become flags too."""
        for stmt in self.tree.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                when_true, when_false = self.test(stmt.value)
                if (when_true or when_false) and not isinstance(stmt.value, ast.Name):
                    self.flags.setdefault(stmt.targets[0].id, Flag(when_true, when_false))
        self.watched = self.watched | frozenset(self.flags)

    def _skip_markers(self) -> dict[str, Names]:
        """Module-level `needs_x = pytest.mark.skipif(x is None, ...)`: names each marker guards."""
        markers: dict[str, Names] = {}
        for stmt in self.tree.body:
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
                guarded = self._skip_guard(stmt.value)
                for target in stmt.targets:
                    if guarded and isinstance(target, ast.Name):
                        markers[target.id] = guarded
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                returned = [n.value for n in ast.walk(stmt) if isinstance(n, ast.Return) and n.value is not None]
                guards = [self._skip_guard(value) for value in returned]
                if guards and all(guards):
                    markers[stmt.name] = frozenset.intersection(*guards)
        return markers

    def _skip_guard(self, call: ast.expr) -> Names:
        if not isinstance(call, ast.Call) or not call.args:
            return _EMPTY
        name = dotted_name(call.func).rsplit(".", 1)[-1]
        when_true, when_false = self.test(call.args[0])
        if name in _SKIP_IF:
            return when_false
        if name in _SKIP_UNLESS:
            return when_true
        return _EMPTY

    def _decorator_guard(self, decorator: ast.expr) -> Names:
        """Names a decorator guards: a skip marker here, or one named for the name (`skipif_not_numpy`)."""
        guarded = self._skip_guard(decorator) | self.markers.get(dotted_name(decorator), _EMPTY)
        last = dotted_name(decorator).rsplit(".", 1)[-1].lower()
        if any(word in last for word in _SKIP_WORDS):
            named = {name for name in self.watched if len(name) > 2 and name.lower() in last}
            together = [self.flags[name].when_true for name in named if name in self.flags]
            guarded = guarded | frozenset(named) | frozenset().union(*together)
        return guarded

    def test(self, expr: ast.expr) -> tuple[Names, Names]:
        """Names known to be usable when `expr` is true, and when it is false."""
        if isinstance(expr, ast.Name):
            if expr.id in self.flags:
                flag = self.flags[expr.id]
                return flag.when_true, flag.when_false
            if expr.id == "TYPE_CHECKING":
                return self.watched, _EMPTY
            return (frozenset({expr.id}), _EMPTY) if expr.id in self.watched else (_EMPTY, _EMPTY)
        if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.Not):
            when_true, when_false = self.test(expr.operand)
            return when_false, when_true
        if isinstance(expr, ast.BoolOp):
            parts = [self.test(value) for value in expr.values]
            trues = [p[0] for p in parts]
            falses = [p[1] for p in parts]
            if isinstance(expr.op, ast.And):
                return frozenset().union(*trues), frozenset.intersection(*falses)
            return frozenset.intersection(*trues), frozenset().union(*falses)
        if isinstance(expr, ast.Compare) and len(expr.ops) == 1:
            left, op, right = expr.left, expr.ops[0], expr.comparators[0]
            if dotted_name(left).startswith(_PLATFORM_TESTS) or dotted_name(right).startswith(_PLATFORM_TESTS):
                return self.watched, self.watched
            subject = left if _is_none(right) else right if _is_none(left) else None
            if subject is not None:
                when_true, when_false = self.test(subject)
                if isinstance(op, (ast.IsNot, ast.NotEq)):
                    return when_true, when_false
                if isinstance(op, (ast.Is, ast.Eq)):
                    return when_false, when_true
            return _EMPTY, _EMPTY
        if isinstance(expr, ast.Call):
            name = dotted_name(expr.func)
            if name in ("hasattr", "getattr", "callable", "isinstance", "bool") and expr.args:
                return self.test(expr.args[0])[0], _EMPTY
            if name.startswith(_PLATFORM_TESTS):
                return self.watched, self.watched
            return _EMPTY, _EMPTY
        if isinstance(expr, ast.NamedExpr):
            return self.test(expr.value)
        if isinstance(expr, ast.Attribute) and dotted_name(expr).startswith(_PLATFORM_TESTS):
            return self.watched, self.watched
        return _EMPTY, _EMPTY

    # --- statements -------------------------------------------------------------

    def _block(
        self,
        body: Iterable[ast.stmt],
        guarded: Names,
        functions: tuple[ast.AST, ...],
        classes: tuple[ast.ClassDef, ...],
        owner: ast.AST,
    ) -> Names:
        """Walk a block; the guards in force at its end come back."""
        for stmt in body:
            self._statement(stmt, guarded, functions, classes, owner)
            guarded = guarded | self._guard_after(stmt)
        return guarded

    def _guard_after(self, stmt: ast.stmt) -> Names:
        """Names safe to use after `stmt`: an early exit or assertion tested them, or it bound them anew."""
        if isinstance(stmt, ast.Assert):
            return self.test(stmt.test)[0]
        if isinstance(stmt, (ast.Assign, ast.Import, ast.ImportFrom)) or (
            isinstance(stmt, ast.AnnAssign) and stmt.value is not None
        ):
            return _rebound(names_bound_in([stmt]) & self.watched, stmt.lineno)
        if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)) and stmt.orelse:
            breaks = any(isinstance(node, ast.Break) for part in stmt.body for node in ast.walk(part))
            names = names_bound_in(stmt.orelse) & (names_bound_in(stmt.body) if breaks else self.watched)
            return _rebound(names & self.watched, stmt.end_lineno or stmt.lineno)
        if isinstance(stmt, ast.If):
            when_true, when_false = self.test(stmt.test) if not _is_platform_test(stmt.test) else (_EMPTY, _EMPTY)
            after: set[str] = set()
            assigned_body = names_bound_in(stmt.body)
            if _exits(stmt.body):
                after |= when_false
            else:
                after |= {name for name in when_false if name in assigned_body}
            if stmt.orelse and _exits(stmt.orelse):
                after |= when_true
            both = _EMPTY
            if stmt.orelse:
                in_both = assigned_body & names_bound_in(stmt.orelse) & self.watched
                both = _rebound(in_both, stmt.end_lineno or stmt.lineno)
            return (frozenset(after) & self.watched) | both
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            name = dotted_name(stmt.value.func)
            if name.endswith("importorskip") and stmt.value.args:
                first = stmt.value.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    return frozenset({first.value.split(".", 1)[0]}) & self.watched
        return _EMPTY

    def _statement(
        self,
        stmt: ast.stmt,
        guarded: Names,
        functions: tuple[ast.AST, ...],
        classes: tuple[ast.ClassDef, ...],
        owner: ast.AST,
    ) -> None:
        here = (functions, classes, owner)
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inner = guarded
            for decorator in stmt.decorator_list:
                self._expr(decorator, guarded, *here, use=True)
                inner = inner | self._decorator_guard(decorator)
            for default in (*stmt.args.defaults, *stmt.args.kw_defaults):
                if default is not None:
                    self._expr(default, guarded, *here)
            self._locals[stmt] = _local_names(stmt)
            self._block(stmt.body, inner | self._module_marks(stmt), (*functions, stmt), classes, stmt)
            return
        if isinstance(stmt, ast.ClassDef):
            inner = guarded
            for decorator in stmt.decorator_list:
                self._expr(decorator, guarded, *here, use=True)
                inner = inner | self._decorator_guard(decorator)
            for base in stmt.bases:
                self._expr(base, guarded, *here, use=True)
            inner = inner | self._class_marks(stmt)
            methods = inner | self._constructor_guard(stmt)
            for child in stmt.body:
                self._statement(child, methods if isinstance(child, ast.FunctionDef) else inner,
                                functions, (*classes, stmt), stmt)
                inner = inner | self._guard_after(child)
            return
        if isinstance(stmt, (ast.If, ast.While)):
            when_true, when_false = self.test(stmt.test)
            self._expr(stmt.test, guarded, *here)
            self._block(stmt.body, guarded | when_true, *here)
            self._block(stmt.orelse, guarded | when_false, *here)
            return
        if isinstance(stmt, (ast.For, ast.AsyncFor)):
            self._expr(stmt.iter, guarded, *here, use=True)
            self._block(stmt.body, guarded, *here)
            self._block(stmt.orelse, guarded, *here)
            return
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            for item in stmt.items:
                self._expr(item.context_expr, guarded, *here, use=True)
            self._block(stmt.body, guarded, *here)
            return
        if isinstance(stmt, ast.Try) or type(stmt).__name__ == "TryStar":
            caught = self._caught(stmt)
            worked = frozenset(_imported(stmt.body)) & self.watched  # type: ignore[attr-defined]
            self._block(stmt.body, guarded | caught | worked, *here)  # type: ignore[attr-defined]
            for handler in stmt.handlers:  # type: ignore[attr-defined]
                self._block(handler.body, guarded, *here)
            self._block(stmt.orelse, guarded | caught | worked, *here)  # type: ignore[attr-defined]
            self._block(stmt.finalbody, guarded, *here)  # type: ignore[attr-defined]
            return
        if isinstance(stmt, ast.Match):
            self._expr(stmt.subject, guarded, *here)
            for case in stmt.cases:
                self._block(case.body, guarded, *here)
            return
        for part in ast.iter_child_nodes(stmt):
            if isinstance(part, ast.expr):
                self._expr(part, guarded, *here)

    def _constructor_guard(self, cls: ast.ClassDef) -> Names:
        """`__init__` that raises unless x: no instance exists without x, so its methods are guarded."""
        guarded = _EMPTY
        for child in cls.body:
            if isinstance(child, ast.FunctionDef) and child.name in ("__init__", "__new__"):
                for stmt in child.body:
                    guarded = guarded | self._guard_after(stmt)
        return guarded

    def _module_marks(self, function: ast.AST) -> Names:
        return self._pytestmark(self.tree.body)

    def _class_marks(self, cls: ast.ClassDef) -> Names:
        return self._pytestmark(cls.body)

    def _pytestmark(self, body: list[ast.stmt]) -> Names:
        found: set[str] = set()
        for stmt in body:
            marks = isinstance(stmt, ast.Assign) and any(dotted_name(t) == "pytestmark" for t in stmt.targets)
            if marks and isinstance(stmt, ast.Assign):
                values = stmt.value.elts if isinstance(stmt.value, (ast.List, ast.Tuple)) else [stmt.value]
                for value in values:
                    found |= self._skip_guard(value) | self.markers.get(dotted_name(value), _EMPTY)
        return frozenset(found)

    def _caught(self, stmt: ast.stmt) -> Names:
        """Names whose failure a `try` around their use catches (None and unbound alike)."""
        classes: set[str] = set()
        for handler in stmt.handlers:  # type: ignore[attr-defined]
            if handler.type is None:
                return self.watched
            elts = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            classes.update(dotted_name(e).rsplit(".", 1)[-1] for e in elts)
        if classes & (_NONE_ERRORS | _UNBOUND_ERRORS):
            return self.watched
        return _EMPTY

    # --- expressions ------------------------------------------------------------

    def _expr(
        self,
        expr: ast.expr,
        guarded: Names,
        functions: tuple[ast.AST, ...],
        classes: tuple[ast.ClassDef, ...],
        owner: ast.AST,
        use: bool = False,
        call: bool = False,
    ) -> None:
        here = (functions, classes, owner)
        if isinstance(expr, ast.Name):
            if isinstance(expr.ctx, ast.Load) and (expr.id in self.watched or expr.id in self.functions):
                self.loads.append(Load(expr.id, expr.lineno, guarded, use, call, *here))
            return
        if isinstance(expr, ast.BoolOp):
            extra = _EMPTY
            for value in expr.values:
                self._expr(value, guarded | extra, *here)
                when_true, when_false = self.test(value)
                extra = extra | (when_true if isinstance(expr.op, ast.And) else when_false)
            return
        if isinstance(expr, ast.IfExp):
            when_true, when_false = self.test(expr.test)
            self._expr(expr.test, guarded, *here)
            self._expr(expr.body, guarded | when_true, *here, use=use)
            self._expr(expr.orelse, guarded | when_false, *here, use=use)
            return
        if isinstance(expr, ast.Lambda):
            self._locals[expr] = _local_names(expr)
            self._expr(expr.body, guarded, (*functions, expr), classes, expr)
            return
        if isinstance(expr, ast.Attribute):
            if expr.attr in self.functions and isinstance(expr.ctx, ast.Load):
                self.loads.append(Load(expr.attr, expr.lineno, guarded, False, False, *here))
            self._expr(expr.value, guarded, *here, use=True)
            return
        if isinstance(expr, ast.Call):
            self._expr(expr.func, guarded, *here, use=True, call=True)
            for arg in expr.args:
                self._expr(arg, guarded, *here, use=isinstance(arg, ast.Starred))
            for keyword in expr.keywords:
                self._expr(keyword.value, guarded, *here, use=keyword.arg is None)
            return
        if isinstance(expr, ast.Subscript):
            self._expr(expr.value, guarded, *here, use=True)
            self._expr(expr.slice, guarded, *here)
            return
        if isinstance(expr, (ast.BinOp, ast.Await, ast.Starred)) or (
            isinstance(expr, ast.UnaryOp) and not isinstance(expr.op, ast.Not)
        ):
            for child in ast.iter_child_nodes(expr):
                if isinstance(child, ast.expr):
                    self._expr(child, guarded, *here, use=True)
            return
        if isinstance(expr, ast.Compare):
            self._expr(expr.left, guarded, *here)
            for op, right in zip(expr.ops, expr.comparators):
                self._expr(right, guarded, *here, use=isinstance(op, (ast.In, ast.NotIn)))
            return
        if isinstance(expr, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            for generator in expr.generators:
                self._expr(generator.iter, guarded, *here, use=True)
                inner = guarded
                for condition in generator.ifs:
                    self._expr(condition, inner, *here)
                    inner = inner | self.test(condition)[0]
                guarded = inner
            for child in (expr.key, expr.value) if isinstance(expr, ast.DictComp) else (expr.elt,):
                self._expr(child, guarded, *here)
            return
        for child in ast.iter_child_nodes(expr):
            if isinstance(child, ast.expr):
                self._expr(child, guarded, *here)

    # --- questions ----------------------------------------------------------------

    def shadows(self, load: Load, name: str, scope_function: ast.AST | None) -> bool:
        """Whether a function between the read and the try's scope binds `name` itself."""
        inner = load.functions
        if scope_function is not None and scope_function in inner:
            inner = inner[inner.index(scope_function) + 1 :]
        return any(name in self._locals.get(function, ()) for function in inner)

    def is_read(self, name: str, outside: tuple[int, int]) -> bool:
        """Whether anything reads `name` outside the given lines (a flag somebody tests)."""
        first, last = outside
        return any(load.name == name and not first <= load.line <= last for load in self.loads)

    def replaced_later(self, name: str, after_line: int) -> bool:
        """A module-level statement after the try binds the name anew (`if x is None: x = fallback`)."""
        return _guards(self.module_end, name, after_line)

    def is_read_after(self, name: str, scope: ast.AST, lines: tuple[int, int]) -> bool:
        """Whether anything reads `name` after its try (a local nobody reads is not at stake)."""
        return bool(self._reads(name, scope, lines))

    def first_unguarded(
        self,
        name: str,
        scope: ast.AST,
        lines: tuple[int, int],
        any_read: bool,
        calls_count: bool = True,
        extra_guards: Names = _EMPTY,
    ) -> int | None:
        """Line of the first read of `name` after its try that fails without a guard, None when all are guarded.

        `any_read` for a name left unbound (every read fails); `calls_count`
        False for a do-nothing stub, which is made to be called.
        """
        unguarded = [
            load.line
            for load in self._reads(name, scope, lines)
            if (any_read or (load.is_use and (calls_count or not load.is_call)))
            and not _guards(load.guarded | extra_guards, name, lines[1])
            and not self._callers_guard(load, name, MAX_CALLER_DEPTH, extra_guards, lines[1])
        ]
        return min(unguarded, default=None)

    def _reads(self, name: str, scope: ast.AST, lines: tuple[int, int]) -> list[Load]:
        first, last = lines
        scope_function = scope if isinstance(scope, _FUNCTIONS) else None
        found = []
        for load in self.loads:
            if load.name != name or first <= load.line <= last:
                continue
            if scope_function is not None:
                if scope_function not in load.functions or (load.owner is scope_function and load.line < first):
                    continue
            elif isinstance(scope, ast.ClassDef):
                if load.owner is not scope or load.line < first:
                    continue
            elif not load.functions and load.line < first:
                continue
            if self.shadows(load, name, scope_function):
                continue
            found.append(load)
        return found

    def _callers_guard(self, load: Load, name: str, depth: int, extra: Names, after_line: int) -> bool:
        """A read inside a function all of whose calls in the file are guarded."""
        if depth == 0 or not load.functions:
            return False
        function = load.functions[-1]
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return False
        calls = [c for c in self.loads if c.name == function.name and function not in c.functions]
        return bool(calls) and all(
            _guards(call.guarded | extra, name, after_line)
            or self._callers_guard(call, name, depth - 1, extra, after_line)
            for call in calls
        )


def _is_platform_test(expr: ast.expr) -> bool:
    """A test of the platform or version only: it says nothing about a name after an early exit."""
    return any(
        dotted_name(node).startswith(_PLATFORM_TESTS)
        for node in ast.walk(expr)
        if isinstance(node, (ast.Attribute, ast.Name))
    )


def _rebound(names: Iterable[str], line: int) -> Names:
    """Guard marks for names bound anew at `line`: they guard only reads after the try they mask."""
    return frozenset(f"{name}{_REBOUND}{line}" for name in names)


def _guards(guarded: Names, name: str, after_line: int) -> bool:
    if name in guarded:
        return True
    prefix = name + _REBOUND
    return any(mark.startswith(prefix) and int(mark[len(prefix) :]) > after_line for mark in guarded)


def _is_none(expr: ast.expr) -> bool:
    return isinstance(expr, ast.Constant) and expr.value is None


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
