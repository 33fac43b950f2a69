"""libcst analysis of one candidate statement: what each handler leaves behind.

Every path through a handler that does not end in a terminator is followed;
each name at stake ends up None, a stub, a deferred placeholder, unbound, or
a real fallback. Only the first four are findings.
"""

from __future__ import annotations

import builtins
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import libcst as cst
from libcst.helpers import get_full_name_for_node

from flake8_failfast.codes import Origin, Outcome
from flake8_failfast.origin import DYNAMIC, ModuleClassifier

TERMINATORS = frozenset(
    {
        "sys.exit", "exit", "quit", "os._exit", "os.abort",
        "pytest.skip", "pytest.fail", "pytest.exit", "pytest.importorskip",
    }
)
_MOCKS = frozenset({"Mock", "MagicMock", "NonCallableMock", "AsyncMock"})
_RAISING_HOOKS = frozenset({"__getattr__", "__getattribute__", "__call__", "__init__", "__new__"})
_BUILTIN_EXCEPTIONS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)
MAX_PATHS = 256
"""Paths followed through one handler before giving up on it (no finding)."""

Suite = cst.IndentedBlock | cst.SimpleStatementSuite
Env = dict[str, "Binding"]


class Kind(enum.Enum):
    NONE = Outcome.NONE
    STUB = Outcome.STUB
    DEFERRED = Outcome.DEFERRED
    REAL = None


@dataclass(frozen=True)
class Binding:
    kind: Kind
    is_class: bool = False


_REAL = Binding(Kind.REAL)


@dataclass(frozen=True)
class ImportSite:
    """One import in the try body: the module and the names it binds."""

    module: str
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class MaskedName:
    name: str
    outcome: Outcome
    modules: tuple[str, ...]
    origin: Origin


@dataclass(frozen=True)
class HandlerVerdict:
    """What one handler (index -1: a `suppress` block) leaves behind.

    `real_fallbacks` names the try body's names that get a real fallback on
    some path (an alternative import, an implementation): a fixer must leave
    such a handler to a person. A flag or a helper import is no fallback.
    """

    index: int
    silent: bool
    masked: tuple[MaskedName, ...]
    real_fallbacks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """What the analysis knows beyond the statement itself."""

    classifier: ModuleClassifier = field(default_factory=ModuleClassifier)
    prebound: Mapping[str, bool] = field(default_factory=dict)
    source: str | None = None
    """The statement's text, when known: lets a body without import calls skip the full visit."""


_WRAPPER = "if True:\n"


class UnparsableStatement(Exception):
    """The candidate's lines do not parse as one compound statement on their own."""


def parse_statement(source: str) -> cst.BaseCompoundStatement:
    """Parse one compound statement; an indented one goes inside a dummy `if True:` block.

    Parsing the statement alone costs a fraction of a millisecond, where
    parsing the whole file would add about half of flake8's own time.
    """
    indented = source[:1] in (" ", "\t")
    module = cst.parse_module(_WRAPPER + source if indented else source)
    first: cst.BaseStatement = module.body[0]
    if indented:
        assert isinstance(first, cst.If) and isinstance(first.body, cst.IndentedBlock)
        first = first.body.body[0]
    if not isinstance(first, cst.BaseCompoundStatement):
        raise UnparsableStatement(source)
    return first


class _TooComplex(Exception):
    """A handler with more paths than MAX_PATHS: give no finding rather than guess."""


# --- small predicates -------------------------------------------------------


def _name_of(node: cst.CSTNode) -> str:
    return get_full_name_for_node(node) or ""


def _last_part(node: cst.CSTNode) -> str:
    return _name_of(node).rsplit(".", 1)[-1]


def is_literal(expr: cst.BaseExpression) -> bool:
    """None, True, False, a number, a string or bytes, `...`, or an empty (), [] or {}."""
    if isinstance(expr, cst.Name):
        return expr.value in ("None", "True", "False")
    if isinstance(expr, (cst.Integer, cst.Float, cst.Imaginary, cst.SimpleString, cst.Ellipsis)):
        return True
    if isinstance(expr, cst.ConcatenatedString):
        return is_literal(expr.left) and is_literal(expr.right)
    if isinstance(expr, cst.UnaryOperation):
        return isinstance(expr.operator, (cst.Minus, cst.Plus)) and is_literal(expr.expression)
    if isinstance(expr, (cst.Tuple, cst.List, cst.Dict)):
        return not expr.elements
    return False


def is_terminator(node: cst.BaseSmallStatement) -> bool:
    """`raise`, or a call that ends the program or the test (sys.exit, pytest.skip, ...)."""
    if isinstance(node, cst.Raise):
        return True
    value = node.value if isinstance(node, (cst.Expr, cst.Assign)) else None
    if not isinstance(value, cst.Call):
        return False
    name = _name_of(value.func)
    return name in TERMINATORS or name.endswith(".skipTest")


def _is_docstring(node: cst.BaseStatement) -> bool:
    return (
        isinstance(node, cst.SimpleStatementLine)
        and len(node.body) == 1
        and isinstance(node.body[0], cst.Expr)
        and isinstance(node.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def _small_statements(suite: cst.BaseSuite) -> list[cst.BaseSmallStatement] | None:
    """The simple statements of a suite, or None when it holds a compound statement."""
    if isinstance(suite, cst.SimpleStatementSuite):
        return list(suite.body)
    statements = [s for s in suite.body if not _is_docstring(s)] if isinstance(suite, cst.IndentedBlock) else []
    small: list[cst.BaseSmallStatement] = []
    for statement in statements:
        if not isinstance(statement, cst.SimpleStatementLine):
            return None
        small.extend(statement.body)
    return small


def _is_do_nothing(node: cst.BaseSmallStatement) -> bool:
    return isinstance(node, cst.Pass) or (
        isinstance(node, cst.Expr) and isinstance(node.value, (cst.Ellipsis, cst.SimpleString, cst.ConcatenatedString))
    )


def is_silent(body: cst.BaseSuite) -> bool:
    """Only `pass`, `...` and docstrings: nothing logged, flagged, bound or raised."""
    small = _small_statements(body)
    return small is not None and all(_is_do_nothing(s) for s in small)


# --- stubs, placeholders and raising defs -------------------------------------


def _last_statement_raises(suite: cst.BaseSuite) -> bool:
    if isinstance(suite, cst.SimpleStatementSuite):
        last_small = suite.body[-1] if suite.body else None
    else:
        statements = list(suite.body)
        last = statements[-1] if statements else None
        last_small = last.body[-1] if isinstance(last, cst.SimpleStatementLine) and last.body else None
    return last_small is not None and is_terminator(last_small)


def classify_def(node: cst.FunctionDef) -> Kind:
    """A do-nothing body is a stub; a body that ends in `raise` defers the failure."""
    if node.decorators:
        return Kind.REAL
    small = _small_statements(node.body)
    if small is not None and all(
        _is_do_nothing(s) or (isinstance(s, cst.Return) and (s.value is None or is_literal(s.value)))
        for s in small
    ):
        return Kind.STUB
    if _last_statement_raises(node.body):
        return Kind.DEFERRED
    return Kind.REAL


def _is_exception_base(expr: cst.BaseExpression) -> bool:
    name = _last_part(expr)
    return name in _BUILTIN_EXCEPTIONS or name.endswith(("Error", "Exception", "Warning"))


def classify_class(node: cst.ClassDef) -> Kind:
    """An empty exception subclass is complete; otherwise empty or stub-only is a stub."""
    if node.decorators or any(_is_exception_base(arg.value) for arg in node.bases):
        return Kind.REAL
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
    methods = [s for s in body if isinstance(s, cst.FunctionDef)]
    if any(m.name.value in _RAISING_HOOKS and classify_def(m) is Kind.DEFERRED for m in methods):
        return Kind.DEFERRED
    if all(classify_def(m) is Kind.STUB for m in methods):
        rest = [s for s in body if not isinstance(s, cst.FunctionDef) and not _is_docstring(s)]
        if isinstance(node.body, cst.SimpleStatementSuite):
            simple: list[cst.BaseSmallStatement] | None = list(node.body.body)
        else:
            simple = _small_statements(cst.IndentedBlock(body=rest))
        if simple is not None and all(_is_do_nothing(s) for s in simple):
            return Kind.STUB
    return Kind.REAL


def _is_placeholder_call(call: cst.Call) -> bool:
    full = _name_of(call.func)
    last = full.rsplit(".", 1)[-1]
    positional = [a for a in call.args if a.keyword is None]
    if full == "object":
        return not call.args
    if last in _MOCKS or last == "ModuleType":
        return True
    if last == "SimpleNamespace":
        return not positional and all(is_literal(a.value) for a in call.args)
    if full == "type" and len(call.args) == 3:
        namespace = call.args[2].value
        return isinstance(namespace, cst.Dict) and not namespace.elements
    return False


def classify_value(expr: cst.BaseExpression, env: Env) -> Binding:
    """What assigning `expr` binds a name to, given the handler's bindings so far."""
    if isinstance(expr, cst.Name):
        if expr.value == "None":
            return Binding(Kind.NONE)
        return env.get(expr.value, _REAL)
    if isinstance(expr, cst.Lambda):
        return Binding(Kind.STUB) if is_literal(expr.body) else _REAL
    if isinstance(expr, cst.Call):
        if _is_placeholder_call(expr):
            return Binding(Kind.STUB)
        if isinstance(expr.func, cst.Name):
            made = env.get(expr.func.value)
            if made is not None and made.is_class and made.kind is not Kind.REAL:
                return Binding(made.kind)
    return _REAL


# --- names bound by the try body ------------------------------------------------


def target_names(target: cst.BaseExpression) -> list[str]:
    """Plain names an assignment target binds; attributes and subscripts bind none."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, (cst.Tuple, cst.List)):
        return [n for element in target.elements for n in target_names(element.value)]
    if isinstance(target, cst.StarredElement):
        return target_names(target.value)
    return []


def _import_call_module(call: cst.Call) -> str | None:
    """The module an `importlib.import_module(...)` or `__import__(...)` call loads."""
    func = call.func
    name = func.value if isinstance(func, cst.Name) else func.attr.value if isinstance(func, cst.Attribute) else ""
    if name not in ("import_module", "__import__"):
        return None
    if not call.args:
        return DYNAMIC
    first = call.args[0].value
    literal = first.evaluated_value if isinstance(first, cst.SimpleString) else None
    return literal if isinstance(literal, str) and literal else DYNAMIC


def _from_module(node: cst.ImportFrom) -> str:
    dots = "." * len(node.relative)
    return dots + (_name_of(node.module) if node.module is not None else "")


class _BodyBindings(cst.CSTVisitor):
    """Imports and plain names of a try body, not entering nested scopes."""

    def __init__(self) -> None:
        self.imports: list[ImportSite] = []
        self.names: dict[str, str | None] = {}

    def _bind(self, names: Iterable[str], module: str | None = None) -> None:
        for name in names:
            self.names.pop(name, None)
            self.names[name] = module

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self._bind([node.name.value])
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self._bind([node.name.value])
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_Import(self, node: cst.Import) -> None:
        for alias in node.names:
            module = _name_of(alias.name)
            bound = _name_of(alias.asname.name) if alias.asname else module.split(".", 1)[0]
            self.imports.append(ImportSite(module, (bound,)))
            self._bind([bound], module)

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        module = _from_module(node)
        if isinstance(node.names, cst.ImportStar):
            self.imports.append(ImportSite(module))
            return
        for alias in node.names:
            name = _name_of(alias.name)
            bound = _name_of(alias.asname.name) if alias.asname else name
            source = module + name if module.strip(".") == "" else module
            self.imports.append(ImportSite(source, (bound,)))
            self._bind([bound], source)

    def visit_Call(self, node: cst.Call) -> None:
        module = _import_call_module(node)
        if module is not None:
            self.imports.append(ImportSite(module))

    def visit_Assign(self, node: cst.Assign) -> None:
        module = _import_call_module(node.value) if isinstance(node.value, cst.Call) else None
        for target in node.targets:
            self._bind(target_names(target.target), module)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None:
            self._bind(target_names(node.target))

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._bind(target_names(node.target))

    def visit_For(self, node: cst.For) -> None:
        self._bind(target_names(node.target))

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._bind(target_names(node.asname.name))

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._bind(target_names(node.target))

    def walk_statements(self, suite: cst.BaseSuite) -> None:
        """The statement-level part of the visit, without libcst's costly generic traversal.

        Valid only when the source holds no import call and no walrus, which
        can hide inside any expression.
        """
        for statement in _statements_of(suite):
            if isinstance(statement, cst.SimpleStatementLine):
                for small in statement.body:
                    visit = getattr(self, f"visit_{type(small).__name__}", None)
                    if visit is not None:
                        visit(small)
                continue
            if isinstance(statement, cst.FunctionDef):
                self.visit_FunctionDef(statement)
            elif isinstance(statement, cst.ClassDef):
                self.visit_ClassDef(statement)
            else:
                if isinstance(statement, cst.For):
                    self.visit_For(statement)
                elif isinstance(statement, cst.With):
                    for item in statement.items:
                        self.visit_WithItem(item)
                for block in _suites_of(statement):
                    self.walk_statements(block)


_EXPRESSION_IMPORTS = ("import_module", "__import__", ":=")


def body_bindings(body: cst.BaseSuite, source: str | None) -> _BodyBindings:
    """The try body's imports and names; the full visit only when expressions may bind or import."""
    bindings = _BodyBindings()
    if source is None or any(word in source for word in _EXPRESSION_IMPORTS):
        body.visit(bindings)
    else:
        bindings.walk_statements(body)
    return bindings


def _statements_of(suite: cst.BaseSuite) -> Sequence[cst.BaseStatement]:
    if isinstance(suite, cst.IndentedBlock):
        return suite.body
    assert isinstance(suite, cst.SimpleStatementSuite)
    return [cst.SimpleStatementLine(body=suite.body)]


def _suites_of(statement: cst.BaseStatement) -> list[cst.BaseSuite]:
    """The blocks directly inside a compound statement, elif chains and handlers included."""
    suites: list[cst.BaseSuite] = []
    body = getattr(statement, "body", None)
    if isinstance(body, cst.BaseSuite):
        suites.append(body)
    orelse = getattr(statement, "orelse", None)
    if isinstance(orelse, cst.If):
        suites.extend(_suites_of(orelse))
    elif isinstance(orelse, cst.Else):
        suites.append(orelse.body)
    for part in (*getattr(statement, "handlers", ()), *getattr(statement, "cases", ())):
        suites.append(part.body)
    final = getattr(statement, "finalbody", None)
    if isinstance(final, cst.Finally):
        suites.append(final.body)
    return suites


def _imports_in(body: cst.BaseSuite) -> bool:
    bindings = _BodyBindings()
    body.visit(bindings)
    return bool(bindings.imports)


# --- paths through a handler -------------------------------------------------------


def _is_sys_modules_item(target: cst.BaseExpression) -> str | None:
    """The key of a `sys.modules[...]` target ('' when not a literal), else None."""
    if not isinstance(target, cst.Subscript) or _name_of(target.value) != "sys.modules":
        return None
    element = target.slice[0].slice if len(target.slice) == 1 else None
    key = element.value if isinstance(element, cst.Index) else None
    literal = key.evaluated_value if isinstance(key, cst.SimpleString) else None
    return literal if isinstance(literal, str) else ""


class _HandlerPaths:
    """Follows every path through a handler, keeping the bindings each path leaves."""

    def __init__(self, imports: Sequence[ImportSite]) -> None:
        self.imports = imports
        self.bound_order: dict[str, None] = {}
        self.helpers: set[str] = set()
        """Handler-made names used only to build another binding, such as a stub class."""

    def _set(self, env: Env, name: str, binding: Binding) -> None:
        self.bound_order.setdefault(name, None)
        env[name] = binding

    def names_for_module_key(self, key: str) -> list[str]:
        matching = [n for site in self.imports if site.module == key for n in site.names]
        return matching or [n for site in self.imports for n in site.names]

    def block(self, statements: Sequence[cst.BaseStatement], envs: list[Env], in_loop: bool) -> tuple[list[Env], list[Env]]:
        """Run statements on each path: (paths falling through, paths leaving a loop)."""
        exits: list[Env] = []
        for statement in statements:
            following: list[Env] = []
            for env in envs:
                through, out = self.statement(statement, env, in_loop)
                following.extend(through)
                exits.extend(out)
            envs = following
            if len(envs) + len(exits) > MAX_PATHS:
                raise _TooComplex
            if not envs:
                break
        return envs, exits

    def suite(self, suite: cst.BaseSuite, envs: list[Env], in_loop: bool) -> tuple[list[Env], list[Env]]:
        if isinstance(suite, cst.IndentedBlock):
            return self.block(suite.body, envs, in_loop)
        assert isinstance(suite, cst.SimpleStatementSuite)
        return self.block([cst.SimpleStatementLine(body=suite.body)], envs, in_loop)

    def statement(self, node: cst.BaseStatement, env: Env, in_loop: bool) -> tuple[list[Env], list[Env]]:
        if isinstance(node, cst.SimpleStatementLine):
            return self.simple(node.body, dict(env), in_loop)
        if isinstance(node, cst.FunctionDef):
            self._set(env := dict(env), node.name.value, Binding(classify_def(node)))
            return [env], []
        if isinstance(node, cst.ClassDef):
            self._set(env := dict(env), node.name.value, Binding(classify_class(node), is_class=True))
            return [env], []
        if isinstance(node, cst.If):
            through, exits = self.suite(node.body, [dict(env)], in_loop)
            if isinstance(node.orelse, cst.If):
                other = self.statement(node.orelse, env, in_loop)
            elif isinstance(node.orelse, cst.Else):
                other = self.suite(node.orelse.body, [dict(env)], in_loop)
            else:
                other = ([dict(env)], [])
            return through + other[0], exits + other[1]
        if isinstance(node, (cst.For, cst.While)):
            ran, _ = self.suite(node.body, [dict(env)], in_loop=True)
            after = [dict(env)] + ran
            if node.orelse is not None:
                return self.suite(node.orelse.body, after, in_loop)
            return after, []
        if isinstance(node, (cst.Try, cst.TryStar)):
            through, exits = self.suite(node.body, [dict(env)], in_loop)
            if node.orelse is not None:
                through, more = self.suite(node.orelse.body, through, in_loop)
                exits += more
            nested_candidate = _imports_in(node.body)
            for handler in node.handlers:
                caught, more = self.suite(handler.body, [dict(env)], in_loop)
                if nested_candidate:
                    # Its own analysis reports what it binds; here only its paths count.
                    caught, more = [dict(env) for _ in caught], [dict(env) for _ in more]
                through += caught
                exits += more
            if node.finalbody is not None:
                through, more = self.suite(node.finalbody.body, through, in_loop)
                exits += more
            return through, exits
        if isinstance(node, cst.With):
            return self.suite(node.body, [dict(env)], in_loop)
        if isinstance(node, cst.Match):
            through, exits = [], []
            for case in node.cases:
                caught, more = self.suite(case.body, [dict(env)], in_loop)
                through += caught
                exits += more
            last = node.cases[-1].pattern if node.cases else None
            if not (isinstance(last, cst.MatchAs) and last.pattern is None):
                through.append(dict(env))
            return through, exits
        return [env], []

    def simple(self, body: Sequence[cst.BaseSmallStatement], env: Env, in_loop: bool) -> tuple[list[Env], list[Env]]:
        for small in body:
            if is_terminator(small) or isinstance(small, cst.Return):
                return [], []
            if isinstance(small, (cst.Break, cst.Continue)):
                return [], [env] if in_loop else []
            self.small(small, env)
        return [env], []

    def small(self, node: cst.BaseSmallStatement, env: Env) -> None:
        if isinstance(node, cst.Assign):
            binding = classify_value(node.value, env)
            for target in node.targets:
                self.assign(target.target, node.value, binding, env)
        elif isinstance(node, cst.AnnAssign) and node.value is not None:
            self.assign(node.target, node.value, classify_value(node.value, env), env)
        elif isinstance(node, cst.AugAssign):
            for name in target_names(node.target):
                self._set(env, name, _REAL)
        elif isinstance(node, cst.Import):
            for alias in node.names:
                bound = _name_of(alias.asname.name) if alias.asname else _name_of(alias.name).split(".", 1)[0]
                self._set(env, bound, _REAL)
        elif isinstance(node, cst.ImportFrom) and not isinstance(node.names, cst.ImportStar):
            for alias in node.names:
                self._set(env, _name_of(alias.asname.name) if alias.asname else _name_of(alias.name), _REAL)

    def assign(self, target: cst.BaseExpression, value: cst.BaseExpression, binding: Binding, env: Env) -> None:
        helper = value.func if isinstance(value, cst.Call) else value
        if isinstance(helper, cst.Name) and helper.value in env:
            self.helpers.add(helper.value)
        key = _is_sys_modules_item(target)
        if key is not None:
            if binding.kind in (Kind.NONE, Kind.STUB):
                for name in self.names_for_module_key(key):
                    self._set(env, name, Binding(binding.kind))
            return
        if isinstance(target, (cst.Tuple, cst.List)):
            values = value.elements if isinstance(value, (cst.Tuple, cst.List)) else None
            if values is not None and len(values) == len(target.elements):
                for element, element_value in zip(target.elements, values):
                    self.assign(element.value, element_value.value, classify_value(element_value.value, env), env)
                return
            binding = _REAL
        for name in target_names(target):
            self._set(env, name, binding)


# --- the verdict -------------------------------------------------------------------


def _outcome(name: str, envs: Sequence[Env], silent: bool, prebound: Mapping[str, bool]) -> tuple[Outcome | None, bool]:
    """The most serious masking outcome of `name` over the paths, and whether any path is real."""
    outcomes: set[Outcome] = set()
    real = False
    for env in envs:
        binding = env.get(name)
        if binding is not None:
            if binding.kind.value is None:
                real = True
            else:
                outcomes.add(binding.kind.value)
        elif silent:
            if name not in prebound:
                outcomes.add(Outcome.UNBOUND)
            elif prebound[name]:
                outcomes.add(Outcome.NONE)
    worst = next((o for o in Outcome if o in outcomes), None)
    return worst, real


def handlers_of(statement: cst.CSTNode) -> list[tuple[int, cst.BaseSuite]]:
    """The handler bodies of a try (indexed) or a suppress block (index -1, body `pass`)."""
    if isinstance(statement, cst.Try):
        return [(i, h.body) for i, h in enumerate(statement.handlers)]
    if isinstance(statement, cst.TryStar):
        return [(i, h.body) for i, h in enumerate(statement.handlers)]
    return [(-1, cst.SimpleStatementSuite(body=[cst.Pass()]))]


def analyze(statement: cst.CSTNode, handler_indices: Iterable[int], context: Context) -> list[HandlerVerdict]:
    """Verdicts for the chosen handlers of a candidate try or suppress statement."""
    body = getattr(statement, "body", None)
    if not isinstance(body, (cst.IndentedBlock, cst.SimpleStatementSuite)):
        return []
    bindings = body_bindings(body, context.source)
    if not bindings.imports:
        return []
    classifier = context.classifier
    kept = [site for site in bindings.imports if not classifier.is_optional(site.module)]
    worst = max((classifier.origin(site.module) for site in kept), default=None)
    serious = tuple(dict.fromkeys(s.module for s in kept if classifier.origin(s.module) == worst))

    wanted = set(handler_indices)
    verdicts = []
    for index, suite in handlers_of(statement):
        if index not in wanted:
            continue
        paths = _HandlerPaths(bindings.imports)
        try:
            envs, _ = paths.suite(suite, [{}], in_loop=False)
        except _TooComplex:
            continue
        silent = is_silent(suite)
        masked: list[MaskedName] = []
        real: list[str] = []
        handler_names = [n for n in paths.bound_order if n not in paths.helpers]
        for name in dict.fromkeys([*bindings.names, *handler_names]):
            outcome, has_real = _outcome(name, envs, silent, context.prebound)
            if has_real and name in bindings.names:
                real.append(name)
            if outcome is None:
                continue
            module = bindings.names.get(name)
            if module is not None:
                if classifier.is_optional(module):
                    continue
                masked.append(MaskedName(name, outcome, (module,), classifier.origin(module)))
            elif worst is not None:
                masked.append(MaskedName(name, outcome, serious, worst))
        verdicts.append(HandlerVerdict(index, silent, tuple(masked), tuple(real)))
    return verdicts
