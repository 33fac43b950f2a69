"""Rules v2: can the masked import fail on a healthy install, and if so, can the masking hurt?

The libcst analysis says what each handler leaves behind; this module judges
it with flake8's `ast` tree and the file system, without libcst:

- a module that cannot be absent (own source, an always-present standard
  module) fails only when broken: masking it is always reported;
- a module that can be absent by design is reported when the masking can
  hurt: a masked name used without a guard, exported, or a catch-all handler;
- otherwise the finding goes to the opt-in codes (FF103, FF203).
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import NamedTuple

from flake8_failfast.candidates import (
    IMPORT_CALLS,
    IMPORT_ERRORS,
    Candidate,
    catches_import_error,
    import_sites,
    last_name,
)
from flake8_failfast.codes import Outcome, Severity
from flake8_failfast.judge.firstparty import star_names
from flake8_failfast.judge.origin import ModuleClassifier
from flake8_failfast.handlers.sites import Binder, HandlerVerdict, ImportSite, MaskedName
from flake8_failfast.judge.exports import Exports, exports_of
from flake8_failfast.judge.flags import Flag
from flake8_failfast.judge.syntax import dotted_name
from flake8_failfast.judge.uses import UseSites

_CATCH_ALL = frozenset({"Exception", "BaseException"})
_PLATFORM = frozenset({"sys.platform", "os.name", "platform.system", "sys.implementation"})


class Report(NamedTuple):
    """One finding of one handler: its code, the names shown and the message."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, which nothing calls
    code: str
    message: str


class Judged(NamedTuple):
    """A masked name with its verdict: how serious, why, and whether it is shown."""

    masked: MaskedName
    severity: Severity
    why: str
    shown: bool
    modules: tuple[str, ...] = ()
    """The modules the report names (a submodule taken by a from-import by its own name)."""


def handler_of(candidate: Candidate, index: int) -> ast.ExceptHandler | None:
    handlers: list[ast.ExceptHandler] = getattr(candidate.node, "handlers", [])
    return handlers[index] if 0 <= index < len(handlers) else None


def is_catch_all(candidate: Candidate, index: int) -> bool:
    """A bare `except:`, `except Exception` or `BaseException` (also in a tuple or a `suppress`)."""
    handler = handler_of(candidate, index)
    if handler is not None:
        return catches_import_error(handler.type, _CATCH_ALL)
    items = getattr(candidate.node, "items", [])
    calls = [item.context_expr for item in items if isinstance(item.context_expr, ast.Call)]
    return any(catches_import_error(arg, _CATCH_ALL) for call in calls for arg in call.args)


def checks_which_module_failed(candidate: Candidate, index: int) -> bool:
    """The handler re-raises unless the missing module is the expected one.

    `exc.name` and `find_spec` say which module is missing; a platform test
    (`if sys.platform == "win32": raise`) says where it must be there.
    """
    handler = handler_of(candidate, index)
    if handler is None:
        return False
    for stmt in handler.body:
        if not isinstance(stmt, ast.If):
            continue
        test = ast.dump(stmt.test)
        names_exc = handler.name is not None and f"value=Name(id='{handler.name}', ctx=Load()), attr='name'" in test
        attributes = [node for node in ast.walk(stmt.test) if isinstance(node, ast.Attribute)]
        platform = any(dotted_name(node) in _PLATFORM for node in attributes)
        if (names_exc or platform or "find_spec" in test) and (_raises(stmt.body) or _raises(stmt.orelse)):
            return True
    return False


def runs_more_than_imports(candidate: Candidate) -> bool:
    """Whether the try body runs code besides its imports (and flags): code whose errors a handler also hides."""
    return not all(_import_only(stmt) for stmt in getattr(candidate.node, "body", []))


def _import_only(stmt: ast.stmt) -> bool:
    """Imports and the choice among them: flags, aliases, attribute reads, `if` tests, re-raised ImportErrors."""
    if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.Pass, ast.Global, ast.Nonlocal, ast.Raise)):
        return True
    if isinstance(stmt, ast.If):
        return all(_import_only(s) for s in (*stmt.body, *stmt.orelse))
    if isinstance(stmt, ast.Try):
        blocks = (stmt.body, stmt.orelse, stmt.finalbody, *(h.body for h in stmt.handlers))
        return all(_import_only(s) for block in blocks for s in block)
    if isinstance(stmt, ast.Expr):
        return _is_plain_value(stmt.value)
    if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
        return stmt.value is None or _is_plain_value(stmt.value)
    return False


def _is_plain_value(expr: ast.expr) -> bool:
    """A constant, a name, an attribute of one, or an import call: nothing that runs code of its own."""
    if isinstance(expr, ast.Attribute):
        return _is_plain_value(expr.value)
    return isinstance(expr, (ast.Constant, ast.Name)) or _is_import_call(expr)


def _is_import_call(expr: ast.expr) -> bool:
    while isinstance(expr, ast.Attribute):
        expr = expr.value
    return isinstance(expr, ast.Call) and last_name(expr.func) in IMPORT_CALLS


def catches_other_errors(candidate: Candidate, index: int) -> bool:
    """The handler also names errors that are neither import errors nor catch-alls (`OSError`, `LookupError`)."""
    handler = handler_of(candidate, index)
    if handler is None or handler.type is None:
        return False
    types = list(handler.type.elts) if isinstance(handler.type, ast.Tuple) else [handler.type]
    names = {last_name(t) for t in types}
    return bool(names - IMPORT_ERRORS - _CATCH_ALL)


def raises_import_error_itself(candidate: Candidate) -> bool:
    """The try body raises ImportError on purpose (`if not WINDOWS: raise ImportError(...)`): control flow.

    Its handler is for that raise too, and no rewrite can tell the two apart
    by `exc.name`. Raises inside nested functions or classes, and in a nested
    handler (a failed import re-raised with a message), do not count.
    """
    pending = list(getattr(candidate.node, "body", []))
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.ExceptHandler)):
            continue
        if isinstance(node, ast.Raise) and node.exc is not None:
            raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if last_name(raised) in IMPORT_ERRORS:
                return True
        pending.extend(ast.iter_child_nodes(node))
    return False


def _raises(body: list[ast.stmt]) -> bool:
    return any(isinstance(stmt, ast.Raise) for stmt in body)


def _literal_flags(candidate: Candidate, index: int) -> tuple[dict[str, bool], bool]:
    """Flags the handler sets (`HAS_X = False`: name -> truth), and whether it does nothing else."""
    handler = handler_of(candidate, index)
    if handler is None:
        return {}, False
    flags: dict[str, bool] = {}
    only = True
    for stmt in handler.body:
        set_here = _flag_values(stmt)
        if set_here is not None:
            flags.update(set_here)
            only = only and isinstance(stmt, ast.Assign) and len(set_here) == len(stmt.targets)
        elif not (isinstance(stmt, ast.Pass) or (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))):
            only = False
    return flags, only and bool(flags)


def _flag_values(stmt: ast.stmt) -> dict[str, bool] | None:
    """`HAS_X = False` (a literal other than None): the plain names it sets and their truth; None otherwise."""
    if not (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) and stmt.value.value is not None):
        return None
    return dict.fromkeys((t.id for t in stmt.targets if isinstance(t, ast.Name)), bool(stmt.value.value))


def _success_flags(candidate: Candidate) -> dict[str, bool]:
    """Flags the try body or its `else` sets once the imports worked (`HAS_X = True`): name -> truth."""
    statements = [*getattr(candidate.node, "body", []), *getattr(candidate.node, "orelse", [])]
    flags: dict[str, bool] = {}
    for stmt in statements:
        flags.update(_flag_values(stmt) or {})
    return flags


def _flags_of(candidate: Candidate, index: int) -> dict[str, bool]:
    """Flags of one handler's try, by the value they have when the import failed."""
    flags, _ = _literal_flags(candidate, index)
    for flag, truth in _success_flags(candidate).items():
        flags.setdefault(flag, not truth)
    return flags


def _merge(
    flags: dict[str, Flag], name: str, when_true: frozenset[str] = frozenset(), when_false: frozenset[str] = frozenset()
) -> None:
    old = flags.get(name, Flag(frozenset(), frozenset()))
    flags[name] = Flag(old.when_true | when_true, old.when_false | when_false)


def star_bound_before(tree: ast.Module, candidate: Candidate, classifier: ModuleClassifier) -> frozenset[str]:
    """Names a `from m import *` above a module-level try binds: a handler that binds nothing keeps them.

    ntpath: `from genericpath import *`, then `try: from nt import _isdir as
    isdir` / `except ImportError: pass`. Only modules whose source is at
    hand are read; the names are their public top-level ones.
    """
    if candidate.owner is not None and not isinstance(candidate.owner, ast.Module):
        return frozenset()
    names: set[str] = set()
    for stmt in tree.body:
        if stmt.lineno >= candidate.first_line:
            break
        if isinstance(stmt, ast.ImportFrom) and stmt.names[0].name == "*":
            module = "." * stmt.level + (stmt.module or "")
            names |= star_names(classifier.directory, classifier.package, module)
    return frozenset(names)


class FileJudge:
    """Judges every handler of one file; the use-site walk runs once, and only if needed."""

    def __init__(
        self, tree: ast.Module, filename: str, classifier: ModuleClassifier, lines: Sequence[str] | None = None
    ) -> None:
        self.tree = tree
        self.lines = lines
        self.classifier = classifier
        self.exports: Exports = exports_of(tree, filename)
        self.in_tests = is_test_file(filename)
        self._uses: UseSites | None = None
        self._absent: dict[tuple[ImportSite, ...], tuple[str | None, tuple[ImportSite, ...]]] = {}
        self._watched: set[str] = set()
        self._flags: dict[str, Flag] = {}
        self._modules: dict[str, frozenset[str]] = {}
        self._unbound: set[str] = set()
        self._scopes: dict[str, set[ast.AST]] = {}
        """Where each watched name's reads are asked about: the scopes of its tries (the module: anywhere)."""
        self._no_return: frozenset[str] | None = None

    def prepare(self, statements: Sequence[tuple[Candidate, Sequence[HandlerVerdict]]]) -> None:
        """Collect the names and flags to watch before the one walk over the tree.

        Testing one masked name of a handler tells about all of them (they
        fail together); a flag tells about the names of its own `try`.
        """
        for candidate, verdicts in statements:
            for verdict in verdicts:
                names = frozenset(m.name for m in (*verdict.masked, *verdict.left_unbound))
                self._watched |= names
                for masked in (*verdict.masked, *verdict.left_unbound):
                    if masked.outcome is Outcome.UNBOUND:
                        self._unbound.add(masked.name)
                    for module in masked.modules:
                        top = module.lstrip(".").split(".", 1)[0]
                        if top and not module.startswith("."):
                            self._modules[top] = self._modules.get(top, frozenset()) | names
                for name in names:
                    _merge(self._flags, name, when_true=names)
                    self._scopes.setdefault(name, set()).add(candidate.owner or self.tree)
                for flag, truth_when_failed in _flags_of(candidate, verdict.index).items():
                    self._scopes.setdefault(flag, set()).add(self.tree)  # a flag is read anywhere (`is_read`)
                    if flag in names:
                        continue
                    if truth_when_failed:
                        _merge(self._flags, flag, when_false=names)
                    else:
                        _merge(self._flags, flag, when_true=names)

    @property
    def uses(self) -> UseSites:
        if self._uses is None:
            self._uses = UseSites(
                self.tree, self._watched, self._flags, self.lines, self._modules, frozenset(self._unbound), self._scopes
            )
        return self._uses

    def why_can_be_absent(self, sites: Sequence[ImportSite]) -> tuple[str | None, tuple[ImportSite, ...]]:
        """None and the sites that cannot be absent, if any; else the first reason and all sites.

        Asked once per file for each group of imports: the answer may read files.
        """
        key = tuple(sites)
        if key not in self._absent:
            reasons = [self.classifier.why_can_be_absent(site) for site in key]
            always = tuple(site for site, why in zip(key, reasons) if why is None)
            first = next((why for why in reasons if why is not None), None)
            self._absent[key] = (None, always) if always else (first, key)
        return self._absent[key]

    def judge(self, candidate: Candidate, verdict: HandlerVerdict) -> list[Judged]:
        lines = (candidate.first_line, candidate.last_line)
        scope = candidate.owner or self.tree
        in_function = isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef))
        hides_other_code = is_catch_all(candidate, verdict.index) and runs_more_than_imports(candidate)
        if checks_which_module_failed(candidate, verdict.index):
            return []  # the recommended form, the one `fix --select FF103,FF203` writes: nothing to report
        if self._ends_in_no_return(candidate, verdict.index):
            return []  # `fail("...")` annotated NoReturn, or a function that always raises: nothing is left behind
        other_errors = catches_other_errors(candidate, verdict.index)
        raised_on_purpose = raises_import_error_itself(candidate)
        flags, only_flags = _literal_flags(candidate, verdict.index)
        unread_flags = only_flags and not any(self.uses.is_read(flag, lines) for flag in flags)

        def at_stake(name: MaskedName) -> bool:
            return not in_function or self.uses.is_read_after(name.name, scope, lines)

        unbound = verdict.left_unbound or any(m.outcome is Outcome.UNBOUND for m in verdict.masked)
        star_bound = star_bound_before(self.tree, candidate, self.classifier) if unbound else frozenset()
        masked = [m for m in verdict.masked if not (m.outcome is Outcome.UNBOUND and m.name in star_bound)]
        decided: set[str] = set()
        alternatives = _imported_by_nested_try(candidate, verdict.index)
        for name in verdict.left_unbound:
            if name.name in star_bound or not at_stake(name):
                continue
            why, _ = self.why_can_be_absent(name.sites)
            if why is None or unread_flags:
                masked.append(name)
            elif name.name in alternatives:
                continue  # `except ImportError: try: import b as x ...`: the nested try is judged on its own
            elif not in_function and not self.uses.replaced_later(name.name, lines[1]):
                # A decision for an optional module: reported only where a use of the name fails. Inside a
                # function the decision is local control flow (`ip = None`) this analysis does not follow.
                masked.append(name)
                decided.add(name.name)
        judged = []
        for name in masked:
            why_absent, sites = self.why_can_be_absent(name.sites)
            name = MaskedName(name.name, name.outcome, sites, name.bound_by)
            modules = tuple(dict.fromkeys(self.classifier.shown_module(site) for site in sites))
            module_list = ", ".join(repr(m) for m in modules)
            shown = name.bound_by is Binder.HANDLER or at_stake(name)
            if raised_on_purpose:
                severity, why = Severity.HANDLED, "the try raises ImportError itself, the handler is for that too"
            elif other_errors and not shown:
                severity, why = Severity.HANDLED, "the handler is for other errors too, and nothing reads the names"
            elif why_absent is None and (name.by_import or not other_errors):
                severity, why = Severity.CANNOT_BE_ABSENT, f"{module_list} cannot be absent"
            elif other_errors and not name.by_import:
                severity, why = Severity.HANDLED, "the handler also catches other errors, this value may be for them"
            else:
                hurt = self._hurt(
                    name, scope, lines, hides_other_code, name.outcome is Outcome.UNBOUND, name.name in decided
                )
                severity, why = (Severity.HURTS, hurt) if hurt else (Severity.HANDLED, f"{module_list} {why_absent}")
            if name.name in decided and severity is Severity.HANDLED:
                continue
            judged.append(Judged(name, severity, why, shown, modules))
        return judged

    def _ends_in_no_return(self, candidate: Candidate, index: int) -> bool:
        handler = handler_of(candidate, index)
        if handler is None or not handler.body:
            return False
        last = handler.body[-1]
        if not (isinstance(last, ast.Expr) and isinstance(last.value, ast.Call)):
            return False
        if self._no_return is None:
            self._no_return = no_return_functions(self.tree)
        return last_name(last.value.func) in self._no_return and isinstance(last.value.func, ast.Name)

    def _hurt(
        self,
        name: MaskedName,
        scope: ast.AST,
        lines: tuple[int, int],
        hides_other_code: bool,
        unbound: bool,
        decided: bool = False,
    ) -> str | None:
        """Why the masking can hurt; a decided name (the handler said or flagged it) only by a failing use."""
        if hides_other_code and not decided:
            return "catch-all handler around more than the import"
        if self.in_tests:
            return None  # an optional module used unguarded in a test fails that very test, loudly
        if isinstance(scope, ast.Module) and not decided:
            own = name.by_import and all(self.classifier.is_own_submodule(site.module) for site in name.sites)
            exported = self.exports.why(name.name, own)
            if exported is not None and not self.uses.replaced_later(name.name, lines[1]):
                return exported
        stub = name.outcome is Outcome.STUB
        line = self.uses.first_unguarded(name.name, scope, lines, any_read=unbound, calls_count=not stub)
        return f"first used unguarded at line {line}" if line is not None else None


def _imported_by_nested_try(candidate: Candidate, index: int) -> set[str]:
    """Names an alternative import binds in a `try` nested in the handler (a candidate of its own)."""
    handler = handler_of(candidate, index)
    if handler is None:
        return set()
    return {
        site_name
        for node in ast.walk(handler)
        if isinstance(node, ast.Try)
        for site in import_sites(node.body)
        for site_name in site.names
    }


_NO_RETURN = frozenset({"NoReturn", "Never"})
_TEST_FOLDERS = frozenset({"test", "tests", "testing"})


def is_test_file(filename: str) -> bool:
    """`test_*.py`, `*_test.py`, `conftest.py`, or a file under a `tests` folder."""
    parts = filename.replace("\\", "/").split("/")
    name = parts[-1]
    return (
        name.startswith("test_")
        or name.endswith("_test.py")
        or name == "conftest.py"
        or any(part in _TEST_FOLDERS for part in parts[:-1])
    )


def no_return_functions(tree: ast.Module) -> frozenset[str]:
    """Module-level functions that never return: annotated `NoReturn`/`Never`, or a body ending in `raise`
    with no `return` anywhere in it."""
    found = set()
    for stmt in tree.body:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        annotation = stmt.returns
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            annotated = annotation.value.rsplit(".", 1)[-1] in _NO_RETURN
        else:
            annotated = annotation is not None and last_name(annotation) in _NO_RETURN
        always_raises = isinstance(stmt.body[-1], ast.Raise) and not any(
            isinstance(node, ast.Return) for node in ast.walk(stmt)
        )
        if annotated or always_raises:
            found.add(stmt.name)
    return frozenset(found)
