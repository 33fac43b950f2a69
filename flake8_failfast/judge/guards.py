"""What counts as a guard: the checks that let a use of a masked name run only when its import worked.

Every rule is here, and only here; the read walk (`reads.py`) asks at each
construct which names are guarded inside it:

- a test (`Conditions.test`): `if x`, `if x is not None`, a flag the same try
  binds, `x and ...`, `not`, `hasattr(x, ...)`, `"m" in sys.modules`, `"x" in globals()`,
  `TYPE_CHECKING`; a test of the platform or version guards every name
  (either branch is code for some installs only);
- after a statement (`Guards.after`): an early exit or `assert` that tested
  the name, `pytest.importorskip` (at module level it guards the whole file),
  or a binding anew (`if x is None: x = ...`), which guards only the reads
  after the try that masks it;
- around a block: a `try` whose handler names the error the use raises
  (NameError for a name left unbound, AttributeError or TypeError for None or
  a stub) or ImportError, or that imports the name itself (`Guards.try_body`;
  a catch-all turns the error into a vague one far from the cause: no guard);
  a skip decorator or marker, `skipIf(*condition)` included, or a decorator
  whose wrapper exits unless the name works (`Guards.function_body`); a
  class's `pytestmark`, its `skip = "..."` attribute (trial), or a
  constructor, `setUp` or `check_*` method that exits unless the name works
  (`Guards.class_body`);
- around a function: every call of it in the file is guarded (`called_guarded`).

Guarded names travel as a frozenset of names and rebinding marks (`rebound`);
`covers` says whether such a set guards a read of a name.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from flake8_failfast.judge.facts import Facts
from flake8_failfast.judge.syntax import EMPTY, Names, alias_binds, dotted_name, is_none

if TYPE_CHECKING:
    from flake8_failfast.judge.flags import Flag
    from flake8_failfast.judge.reads import Load

PLATFORM_TESTS = ("sys.platform", "os.name", "platform.system", "sys.implementation", "sys.version_info", "PY3", "PY2")
"""Tests of the platform or the Python version: either branch is code for some installs only."""
_TRUTH_CALLS = frozenset({"hasattr", "getattr", "callable", "isinstance", "bool"})
"""Calls whose truth says their first argument is usable."""
_SKIP_IF = ("skipif", "skipIf")
_SKIP_UNLESS = ("skipUnless",)
SKIP_CALLS = (*_SKIP_IF, *_SKIP_UNLESS)
"""The last names of the calls that skip a test on a condition."""
_SKIP_WORDS = ("skip", "requires", "needs")
"""Words of a decorator's name that skip a test unless a name (named in it too) is there: `skipif_not_numpy`."""
_NONE_ERRORS = frozenset({"AttributeError", "TypeError"})
_UNBOUND_ERRORS = frozenset({"NameError", "UnboundLocalError"})
_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})
_NAMESPACE_CALLS = frozenset({"globals", "locals", "vars", "dir"})
_SETUP_METHODS = frozenset(
    {"__init__", "__new__", "setUp", "setUpClass", "asyncSetUp", "setup_method", "setup_class", "setup"}
)
_CHECK_PREFIXES = ("check_", "verify_", "_check_", "_verify_")
_EXITS = frozenset(
    {"sys.exit", "exit", "quit", "os._exit", "pytest.skip", "pytest.fail", "pytest.exit", "unittest.SkipTest"}
)
_REBOUND = "\0"
MAX_CALLER_DEPTH = 3
"""How many levels of callers are followed to find a guard around a function's uses."""


class Branches(NamedTuple):
    """Names a test makes usable in the branch where it is true, and in the one where it is false."""

    when_true: Names
    when_false: Names


NEITHER = Branches(EMPTY, EMPTY)


def rebound(names: Iterable[str], line: int) -> Names:
    """Guard marks for names bound anew at `line`: they guard only reads after the try they mask."""
    return frozenset(f"{name}{_REBOUND}{line}" for name in names)


def covers(guarded: Names, name: str, after_line: int) -> bool:
    """Whether `guarded` guards a read of `name` masked by a try ending at `after_line`."""
    if name in guarded:
        return True
    prefix = name + _REBOUND
    return any(mark.startswith(prefix) and int(mark[len(prefix) :]) > after_line for mark in guarded)


def called_guarded(
    load: Load, name: str, calls_of: Callable[[str], Sequence[Load]], extra: Names, after_line: int,
    depth: int = MAX_CALLER_DEPTH,
) -> bool:
    """A read inside a function all of whose calls in the file are guarded (or called guarded in turn)."""
    if depth == 0 or not load.functions:
        return False
    function = load.functions[-1]
    if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    calls = [c for c in calls_of(function.name) if function not in c.functions]
    return bool(calls) and all(
        covers(call.guarded | extra, name, after_line)
        or called_guarded(call, name, calls_of, extra, after_line, depth - 1)
        for call in calls
    )


def is_platform_test(expr: ast.expr) -> bool:
    """A test that mentions the platform or version: it says nothing about a name after an early exit."""
    return any(
        dotted_name(node).startswith(PLATFORM_TESTS)
        for node in ast.walk(expr)
        if isinstance(node, (ast.Attribute, ast.Name))
    )


class Conditions:
    """What a condition says about the watched names, given the flags that stand for them."""

    def __init__(
        self,
        watched: Names,
        flags: Mapping[str, Flag],
        modules: Mapping[str, Names] | None = None,
        unbound: Names = EMPTY,
    ) -> None:
        self.watched = watched
        self.flags = flags
        self.modules = modules or {}
        """Top-level module -> the names its masked imports bind (for `importorskip` and `sys.modules`)."""
        self.unbound = unbound
        """The watched names some handler leaves unbound (NameError); the others are None or a stub."""
        self.valued = watched - unbound
        self._tested: dict[ast.expr, Branches] = {}

    def of_module(self, module: str) -> Names:
        """The watched names that stand for a module: its masked names, or its own name if watched."""
        top = module.split(".", 1)[0]
        return (self.modules.get(top, EMPTY) | frozenset({top})) & self.watched

    def test(self, expr: ast.expr) -> Branches:
        """Names known to be usable when `expr` is true, and when it is false (each test worked out once)."""
        known = self._tested.get(expr)
        if known is None:
            known = self._tested[expr] = self._test(expr)
        return known

    def _test(self, expr: ast.expr) -> Branches:
        if isinstance(expr, ast.Name):
            if expr.id in self.flags:
                flag = self.flags[expr.id]
                return Branches(flag.when_true, flag.when_false)
            if expr.id == "TYPE_CHECKING":
                return Branches(self.watched, EMPTY)
            return Branches(frozenset({expr.id}), EMPTY) if expr.id in self.watched else NEITHER
        if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.Not):
            when_true, when_false = self.test(expr.operand)
            return Branches(when_false, when_true)
        if isinstance(expr, ast.BoolOp):
            parts = [self.test(value) for value in expr.values]
            trues = [p.when_true for p in parts]
            falses = [p.when_false for p in parts]
            if isinstance(expr.op, ast.And):
                return Branches(frozenset().union(*trues), frozenset.intersection(*falses))
            return Branches(frozenset.intersection(*trues), frozenset().union(*falses))
        if isinstance(expr, ast.Compare) and len(expr.ops) == 1:
            left, op, right = expr.left, expr.ops[0], expr.comparators[0]
            if isinstance(left, ast.Constant) and isinstance(left.value, str) and isinstance(op, (ast.In, ast.NotIn)):
                if dotted_name(right) == "sys.modules":
                    loaded = self.of_module(left.value)
                elif isinstance(right, ast.Call) and dotted_name(right.func) in _NAMESPACE_CALLS and not right.args:
                    loaded = self.test(ast.Name(id=left.value, ctx=ast.Load())).when_true  # `"docutils" in globals()`
                else:
                    loaded = EMPTY
                return Branches(loaded, EMPTY) if isinstance(op, ast.In) else Branches(EMPTY, loaded)
            if dotted_name(left).startswith(PLATFORM_TESTS) or dotted_name(right).startswith(PLATFORM_TESTS):
                return Branches(self.watched, self.watched)
            subject = left if is_none(right) else right if is_none(left) else None
            if subject is not None:
                when_true, when_false = self.test(subject)
                if isinstance(op, (ast.IsNot, ast.NotEq)):
                    return Branches(when_true, when_false)
                if isinstance(op, (ast.Is, ast.Eq)):
                    return Branches(when_false, when_true)
            return NEITHER
        if isinstance(expr, ast.Call):
            name = dotted_name(expr.func)
            if name in _TRUTH_CALLS and expr.args:
                return Branches(self.test(expr.args[0]).when_true, EMPTY)
            if name.startswith(PLATFORM_TESTS):
                return Branches(self.watched, self.watched)
            return NEITHER
        if isinstance(expr, ast.NamedExpr):
            return self.test(expr.value)
        if isinstance(expr, ast.Attribute) and dotted_name(expr).startswith(PLATFORM_TESTS):
            return Branches(self.watched, self.watched)
        return NEITHER

    def skip_call(self, call: ast.expr) -> Names:
        """Names a `skipif(not x)` / `skipUnless(x)` call (a decorator or a marker) guards."""
        if not isinstance(call, ast.Call) or not call.args:
            return EMPTY
        name = dotted_name(call.func).rsplit(".", 1)[-1]
        if name in _SKIP_IF:
            return self.test(call.args[0]).when_false
        if name in _SKIP_UNLESS:
            return self.test(call.args[0]).when_true
        return EMPTY


class Guards:
    """Which names each construct of one module guards: the tests, the markers and the block facts together."""

    def __init__(self, conditions: Conditions, markers: Mapping[str, Names], facts: Facts, module: ast.Module) -> None:
        self.conditions = conditions
        self.test = conditions.test
        self.watched = conditions.watched
        self.flags = conditions.flags
        self.markers = markers
        """Module-level names of skip markers (`needs_x = pytest.mark.skipif(...)`) and the names each guards."""
        self.facts = facts
        self._module = module
        self._module_marks: Names | None = None
        self._after: dict[ast.stmt, Names] = {}
        self._exits: dict[ast.stmt, bool] = {}
        self._values: dict[str, ast.expr] | None = None
        self._decorators: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] | None = None

    # --- after a statement ------------------------------------------------------

    def after(self, stmt: ast.stmt) -> Names:
        """Names safe to use after `stmt`: an early exit or assertion tested them, or it bound them anew."""
        rule = _AFTER_RULES.get(type(stmt))
        if rule is None:
            return EMPTY
        known = self._after.get(stmt)
        if known is None:
            known = self._after[stmt] = rule(self, stmt)
        return known

    def _after_definition(self, stmt: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> Names:
        """`class Image:` after the try binds the name anew."""
        return rebound((stmt.name,), stmt.lineno) if stmt.name in self.watched else EMPTY

    def _after_assert(self, stmt: ast.Assert) -> Names:
        return self.test(stmt.test).when_true

    def _after_binding(self, stmt: ast.Assign | ast.AnnAssign | ast.Import | ast.ImportFrom) -> Names:
        """An assignment or import binds anew; `x = pytest.importorskip("m")` also guards m's names."""
        value = getattr(stmt, "value", None)
        if value is None and isinstance(stmt, ast.AnnAssign):
            return EMPTY  # `x: int` binds nothing
        names = self.facts.binds((stmt,))
        guarded = rebound(names, stmt.lineno) if names else EMPTY
        skipped = _import_or_skip(value)
        if skipped:
            guarded = guarded | self.conditions.of_module(skipped)
        return guarded

    def _after_loop(self, stmt: ast.For | ast.AsyncFor | ast.While) -> Names:
        """A loop's `else` that binds what a `break` in the body would have bound."""
        if not stmt.orelse:
            return EMPTY
        breaks = self.facts.breaks(stmt.body)
        names = self.facts.binds(stmt.orelse) & (self.facts.binds(stmt.body) if breaks else self.watched)
        return rebound(names, stmt.end_lineno or stmt.lineno)

    def _after_if(self, stmt: ast.If) -> Names:
        when_true, when_false = self.test(stmt.test)
        if (when_true or when_false) and is_platform_test(stmt.test):
            when_true, when_false = NEITHER
        after: set[str] = set()
        assigned_body = self.facts.binds(stmt.body)
        if assigned_body:
            assigned_body = assigned_body - _masked_rebinding(stmt.body)
        if self.exits(stmt.body):
            after |= when_false
        else:
            after |= {name for name in when_false if name in assigned_body}
        if stmt.orelse and self.exits(stmt.orelse):
            after |= when_true
        both = EMPTY
        if stmt.orelse:
            both = rebound(assigned_body & self.facts.binds(stmt.orelse), stmt.end_lineno or stmt.lineno)
        return (frozenset(after) & self.watched) | both

    def _after_expr(self, stmt: ast.Expr) -> Names:
        """`pytest.importorskip("m")` as a statement."""
        skipped = _import_or_skip(stmt.value)
        return self.conditions.of_module(skipped) if skipped else EMPTY

    def exits(self, body: list[ast.stmt]) -> bool:
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
            known = self._exits.get(last)
            if known is None:
                known = self._exits[last] = self.exits(last.body) and self.exits(last.orelse)
            return known
        return False

    # --- around a block ---------------------------------------------------------

    def try_body(self, stmt: ast.stmt) -> Names:
        """Names guarded in a try's body and `else`: the error is caught there, or the try imported them.

        Only the names the body and `else` spell matter there: the set stays as small as the try.
        """
        caught = self._caught(stmt)
        if caught:
            blocks = (*getattr(stmt, "body", []), *getattr(stmt, "orelse", []))
            spelling = [block for block in blocks if self.facts.spelled.spelled_in(block)]  # the others read no name
            caught = caught & {node.id for block in spelling for node in ast.walk(block) if isinstance(node, ast.Name)}
        return caught | (_imported(getattr(stmt, "body", [])) & self.watched)

    def _caught(self, stmt: ast.stmt) -> Names:
        """Names whose failure a `try` around their use catches by name: a catch-all is no guard."""
        classes: set[str] = set()
        for handler in getattr(stmt, "handlers", []):
            if handler.type is not None:
                elts = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
                classes.update(dotted_name(e).rsplit(".", 1)[-1] for e in elts)
        if classes & _IMPORT_ERRORS:
            return self.watched
        guarded = EMPTY
        if classes & _UNBOUND_ERRORS:
            guarded = guarded | self.conditions.unbound
        if classes & _NONE_ERRORS:
            guarded = guarded | self.conditions.valued
        return guarded

    def decorator(self, decorator: ast.expr) -> Names:
        """Names a decorator guards: a skip marker, one named for the name (`skipif_not_numpy`), a checking wrapper."""
        guarded = self.conditions.skip_call(self._spread(decorator)) | self.markers.get(dotted_name(decorator), EMPTY)
        guarded = guarded | self._checking_decorator(decorator)
        last = dotted_name(decorator).rsplit(".", 1)[-1].lower()
        if any(word in last for word in _SKIP_WORDS):
            named = {name for name in self.watched if len(name) > 2 and name.lower() in last}
            together = [self.flags[name].when_true for name in named if name in self.flags]
            guarded = guarded | frozenset(named) | frozenset().union(*together)
        return guarded

    def _spread(self, call: ast.expr) -> ast.expr:
        """`skipIf(*NO_YAML)` with a module-level `NO_YAML = (yaml is None, "...")`: the call with its arguments."""
        if not (isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Starred)):
            return call
        value = self._module_values().get(dotted_name(call.args[0].value))
        if not isinstance(value, ast.Tuple):
            return call
        return ast.Call(func=call.func, args=[*value.elts, *call.args[1:]], keywords=call.keywords)

    def _module_values(self) -> dict[str, ast.expr]:
        if self._values is None:
            self._values = {
                target.id: stmt.value
                for stmt in self._module.body
                if isinstance(stmt, ast.Assign)
                for target in stmt.targets
                if isinstance(target, ast.Name)
            }
        return self._values

    def _checking_decorator(self, decorator: ast.expr) -> Names:
        """A decorator defined in this module whose wrapper exits (raises, skips) unless the name works."""
        if not isinstance(decorator, ast.Name):
            return EMPTY
        if self._decorators is None:
            self._decorators = {
                stmt.name: stmt
                for stmt in self._module.body
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
            }
        function = self._decorators.get(decorator.id)
        if function is None:
            return EMPTY
        guarded = EMPTY
        for inner in function.body:
            body = inner.body if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)) else [inner]
            for stmt in body:
                guarded = guarded | self.after(stmt)
        return guarded & self.watched

    def function_body(self, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Names:
        """Names guarded in a function's body by its decorators, the module's `pytestmark` and `importorskip`."""
        guarded = EMPTY
        for decorator in function.decorator_list:
            guarded = guarded | self.decorator(decorator)
        if self._module_marks is None:
            self._module_marks = self._pytestmark(self._module.body) | self._module_skips()
        return guarded | self._module_marks

    def _module_skips(self) -> Names:
        """A module-level `pytest.importorskip("m")` anywhere in the file: every test of it needs m."""
        found = EMPTY
        for stmt in self._module.body:
            value = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign, ast.AnnAssign)) else None
            skipped = _import_or_skip(value)
            if skipped:
                found = found | self.conditions.of_module(skipped)
        return found

    def class_body(self, cls: ast.ClassDef) -> tuple[Names, Names]:
        """Names guarded in a class's body (decorators, `pytestmark`), and more in its methods (constructor)."""
        guarded = EMPTY
        for decorator in cls.decorator_list:
            guarded = guarded | self.decorator(decorator)
        guarded = guarded | self._pytestmark(cls.body) | self._skip_attribute(cls)
        return guarded, guarded | self._constructor(cls)

    def _skip_attribute(self, cls: ast.ClassDef) -> Names:
        """`if x is None: skip = "needs x"` in a test class (trial): its tests run only with x."""
        guarded = EMPTY
        for stmt in cls.body:
            if isinstance(stmt, ast.If):
                when_true, when_false = self.test(stmt.test)
                if _sets_skip(stmt.body):
                    guarded = guarded | when_false
                if _sets_skip(stmt.orelse):
                    guarded = guarded | when_true
        return guarded

    def _constructor(self, cls: ast.ClassDef) -> Names:
        """`__init__`, `setUp` or a `check_*` method that exits unless x: no method runs without x."""
        guarded = EMPTY
        for child in cls.body:
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
                child.name in _SETUP_METHODS or child.name.startswith(_CHECK_PREFIXES)
            ):
                for stmt in child.body:
                    guarded = guarded | self.after(stmt)
        return guarded

    def _pytestmark(self, body: list[ast.stmt]) -> Names:
        found: set[str] = set()
        for stmt in body:
            if isinstance(stmt, ast.Assign) and any(dotted_name(t) == "pytestmark" for t in stmt.targets):
                values = stmt.value.elts if isinstance(stmt.value, (ast.List, ast.Tuple)) else [stmt.value]
                for value in values:
                    found |= self.conditions.skip_call(value) | self.markers.get(dotted_name(value), EMPTY)
        return frozenset(found)


_AFTER_RULES: dict[type[ast.stmt], Callable[[Guards, Any], Names]] = {
    **dict.fromkeys((ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef), Guards._after_definition),
    ast.Assert: Guards._after_assert,
    **dict.fromkeys((ast.Assign, ast.AnnAssign, ast.Import, ast.ImportFrom), Guards._after_binding),
    **dict.fromkeys((ast.For, ast.AsyncFor, ast.While), Guards._after_loop),
    ast.If: Guards._after_if,
    ast.Expr: Guards._after_expr,
}
"""The statements that can guard what follows them, and the rule of each (see `Guards.after`)."""


def _masked_rebinding(body: list[ast.stmt]) -> Names:
    """Names a block binds only through a try whose handler can leave them as they were.

    `if db is None: try: import pg8000 as db / except ImportError: pass` is an
    alternative that can fail too: after it `db` may still be None.
    """
    names: set[str] = set()
    for stmt in body:
        if not isinstance(stmt, ast.Try):
            continue
        imported = _imported(stmt.body)
        for handler in stmt.handlers:
            if handler.body and isinstance(handler.body[-1], ast.Raise):
                continue
            assigned = {
                target.id
                for inner in handler.body
                if isinstance(inner, ast.Assign)
                for target in inner.targets
                if isinstance(target, ast.Name)
            }
            rebinds = assigned | _imported(handler.body)
            names |= imported - rebinds
    return frozenset(names)


def _import_or_skip(value: ast.expr | None) -> str | None:
    """The module of a `pytest.importorskip("m")` call, or None."""
    if isinstance(value, ast.Call) and dotted_name(value.func).endswith("importorskip") and value.args:
        first = value.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def _sets_skip(body: list[ast.stmt]) -> bool:
    return any(
        isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "skip" for t in stmt.targets)
        for stmt in body
    )


def _imported(body: Iterable[ast.stmt]) -> Names:
    """Names the import statements of a block bind (the code after them runs only if they worked)."""
    names: set[str] = set()
    for stmt in body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names.update(alias_binds(a) for a in stmt.names if a.name != "*")
    return frozenset(names)
