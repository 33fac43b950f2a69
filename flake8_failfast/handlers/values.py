"""What a handler statement binds, and to what: None, a do-nothing stub, a raising placeholder, or something real.

Read from `ast` trees: flake8's for the plugin, and for the fixer, the
`ast` twin of each libcst statement it prunes, so that the fixer removes
exactly what the plugin reports.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import NamedTuple

from flake8_failfast.candidates import COMPOUND
from flake8_failfast.handlers.kinds import (
    MOCKS,
    RAISING_HOOKS,
    REAL,
    TERMINATORS,
    Binding,
    Env,
    Kind,
    is_exception_name,
)
from flake8_failfast.handlers.sites import ImportSite


class Bound(NamedTuple):
    """The names a statement binds, in order, and whether binding them is all it does.

    `masks_only`: every target binds a name to None, a stub or a raising
    placeholder, so removing the statement removes nothing but masking.
    `helpers` are earlier handler-made names the value is built from (a stub
    class instantiated, a None-bound name copied).
    """

    names: tuple[tuple[str, Binding], ...] = ()
    masks_only: bool = False
    helpers: tuple[str, ...] = ()


NOTHING = Bound()


def name_of(node: ast.AST) -> str:
    """The dotted name of a name, attribute, call or subscript (`a.b` for `a.b(...)`, `a[0].b`); '' for others."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{name_of(node.value) or None}.{node.attr}"
    if isinstance(node, ast.Call):
        return name_of(node.func)
    if isinstance(node, ast.Subscript):
        return name_of(node.value)
    return ""


def call_arguments(call: ast.Call) -> list[ast.expr]:
    """Every argument's value in source order, positional first: how libcst lists `Call.args`."""
    return [arg.value if isinstance(arg, ast.Starred) else arg for arg in call.args] + [
        keyword.value for keyword in call.keywords
    ]


def is_literal(expr: ast.expr) -> bool:
    """None, True, False, a number, a string or bytes, `...`, or an empty (), [] or {}."""
    if isinstance(expr, ast.Constant):
        return True
    if isinstance(expr, ast.UnaryOp):
        return isinstance(expr.op, (ast.USub, ast.UAdd)) and is_literal(expr.operand)
    if isinstance(expr, (ast.Tuple, ast.List)):
        return not expr.elts
    if isinstance(expr, ast.Dict):
        return not expr.keys
    return False


def is_terminator(stmt: ast.stmt) -> bool:
    """`raise`, or a call that ends the program or the test (sys.exit, pytest.skip, ...)."""
    if isinstance(stmt, ast.Raise):
        return True
    value = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
    if not isinstance(value, ast.Call):
        return False
    name = name_of(value.func)
    return name in TERMINATORS or name.endswith(".skipTest")


def is_do_nothing(stmt: ast.stmt) -> bool:
    """`pass`, `...`, or a string as a statement."""
    if isinstance(stmt, ast.Pass):
        return True
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Constant)
        and isinstance(stmt.value.value, (str, bytes, type(Ellipsis)))
    )


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(
        stmt.value.value, (str, bytes)
    )


def _simple_statements(body: Sequence[ast.stmt]) -> list[ast.stmt] | None:
    """The block less its docstrings, or None when it holds a compound statement."""
    if any(type(stmt) in COMPOUND for stmt in body):
        return None
    return [stmt for stmt in body if not _is_docstring(stmt)]


def is_silent(body: Sequence[ast.stmt]) -> bool:
    """Only `pass`, `...` and docstrings: nothing logged, flagged, bound or raised."""
    return all(is_do_nothing(stmt) for stmt in body)


def classify_def(node: ast.FunctionDef | ast.AsyncFunctionDef) -> Kind:
    """A do-nothing body is a stub; a body that ends in `raise` defers the failure."""
    if node.decorator_list:
        return Kind.REAL
    simple = _simple_statements(node.body)
    if simple is not None and all(
        is_do_nothing(stmt) or (isinstance(stmt, ast.Return) and (stmt.value is None or is_literal(stmt.value)))
        for stmt in simple
    ):
        return Kind.STUB
    if node.body and is_terminator(node.body[-1]):
        return Kind.DEFERRED
    return Kind.REAL


def classify_class(node: ast.ClassDef) -> Kind:
    """An empty exception subclass is complete; otherwise empty or stub-only is a stub."""
    bases = [base.value if isinstance(base, ast.Starred) else base for base in node.bases]
    if node.decorator_list or any(is_exception_name(name_of(base)) for base in bases):
        return Kind.REAL
    methods = [stmt for stmt in node.body if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))]
    if any(method.name in RAISING_HOOKS and classify_def(method) is Kind.DEFERRED for method in methods):
        return Kind.DEFERRED
    if all(classify_def(method) is Kind.STUB for method in methods):
        rest = _simple_statements(
            [stmt for stmt in node.body if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))]
        )
        if rest is not None and all(is_do_nothing(stmt) for stmt in rest):
            return Kind.STUB
    return Kind.REAL


def _is_placeholder_call(call: ast.Call) -> bool:
    full = name_of(call.func)
    last = full.rsplit(".", 1)[-1]
    arguments = call_arguments(call)
    if full == "object":
        return not arguments
    if last in MOCKS or last == "ModuleType":
        return True
    if last == "SimpleNamespace":
        named = [keyword for keyword in call.keywords if keyword.arg is not None]
        return len(named) == len(arguments) and all(is_literal(keyword.value) for keyword in named)
    if full == "type" and len(arguments) == 3:
        namespace = arguments[2]
        return isinstance(namespace, ast.Dict) and not namespace.keys
    return False


def classify_value(expr: ast.expr, env: Env) -> Binding:
    """What assigning `expr` binds a name to, given the handler's bindings so far."""
    if isinstance(expr, ast.Constant) and expr.value is None:
        return Binding(Kind.NONE)
    if isinstance(expr, ast.Name):
        return env.get(expr.id, REAL)
    if isinstance(expr, ast.Lambda):
        return Binding(Kind.STUB) if is_literal(expr.body) else REAL
    if isinstance(expr, ast.Call):
        if _is_placeholder_call(expr):
            return Binding(Kind.STUB)
        if isinstance(expr.func, ast.Name):
            made = env.get(expr.func.id)
            if made is not None and made.is_class and made.kind is not Kind.REAL:
                return Binding(made.kind)
    return REAL


def target_names(target: ast.expr) -> list[str]:
    """Plain names an assignment target binds; attributes and subscripts bind none."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in target_names(element)]
    if isinstance(target, ast.Starred):
        return target_names(target.value)
    return []


def bound_name(alias: ast.alias, from_import: bool) -> str:
    """The name an import alias binds: its `as` name, else the imported name (top level for `import a.b`)."""
    if alias.asname is not None:
        return alias.asname
    return alias.name if from_import else alias.name.split(".", 1)[0]


def sys_modules_key(target: ast.expr) -> str | None:
    """The key of a `sys.modules[...]` target ('' when not a literal string), else None."""
    if not isinstance(target, ast.Subscript) or name_of(target.value) != "sys.modules":
        return None
    key = target.slice
    return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else ""


def names_for_module_key(key: str, imports: Sequence[ImportSite]) -> list[str]:
    """The try's names a `sys.modules[key]` placeholder stands for: the key's own, else all of them."""
    matching = [name for site in imports if site.module == key for name in site.names]
    return matching or [name for site in imports for name in site.names]


def binds(stmt: ast.stmt, env: Env, imports: Sequence[ImportSite]) -> Bound:
    """What a statement binds, judged against `env` before it runs.

    Every value of an assignment is classified before any target is bound,
    as Python evaluates the right-hand side first (`a, b = None, a` keeps
    the old `a` in `b`). A `sys.modules[...]` item set to None or a stub
    masks the try's names for that module; set to anything else it binds
    no name the try made.
    """
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        kind = classify_def(stmt)
        return Bound(((stmt.name, Binding(kind)),), kind is not Kind.REAL)
    if isinstance(stmt, ast.ClassDef):
        kind = classify_class(stmt)
        return Bound(((stmt.name, Binding(kind, is_class=True)),), kind is not Kind.REAL)
    if isinstance(stmt, ast.Assign):
        return _assignment(stmt.targets, stmt.value, env, imports)
    if isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        return _assignment([stmt.target], stmt.value, env, imports)
    if isinstance(stmt, ast.AugAssign):
        return Bound(tuple((name, REAL) for name in target_names(stmt.target)))
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        from_import = isinstance(stmt, ast.ImportFrom)
        return Bound(tuple((bound_name(alias, from_import), REAL) for alias in stmt.names if alias.name != "*"))
    return NOTHING


def _assignment(targets: Sequence[ast.expr], value: ast.expr, env: Env, imports: Sequence[ImportSite]) -> Bound:
    names: list[tuple[str, Binding]] = []
    kinds: list[Kind] = []
    helpers: list[str] = []
    binding = classify_value(value, env)
    for target in targets:
        _assign(target, value, binding, env, imports, names, kinds, helpers)
    masks_only = bool(kinds) and all(kind is not Kind.REAL for kind in kinds)
    return Bound(tuple(names), masks_only, tuple(dict.fromkeys(helpers)))


def _assign(
    target: ast.expr,
    value: ast.expr,
    binding: Binding,
    env: Env,
    imports: Sequence[ImportSite],
    names: list[tuple[str, Binding]],
    kinds: list[Kind],
    helpers: list[str],
) -> None:
    """Bind one target; `env` is the environment before the statement and is never changed here."""
    helper = value.func if isinstance(value, ast.Call) else value
    if isinstance(helper, ast.Name) and helper.id in env:
        helpers.append(helper.id)
    key = sys_modules_key(target)
    if key is not None:
        if binding.kind in (Kind.NONE, Kind.STUB):
            names.extend((name, Binding(binding.kind)) for name in names_for_module_key(key, imports))
            kinds.append(binding.kind)
        else:
            kinds.append(Kind.REAL)
        return
    if isinstance(target, (ast.Tuple, ast.List)):
        values = value.elts if isinstance(value, (ast.Tuple, ast.List)) else None
        if values is not None and len(values) == len(target.elts):
            for element, part in zip(target.elts, values):
                element = element.value if isinstance(element, ast.Starred) else element
                part = part.value if isinstance(part, ast.Starred) else part
                _assign(element, part, classify_value(part, env), env, imports, names, kinds, helpers)
            return
        binding = REAL
    bound = target_names(target)
    names.extend((name, binding) for name in bound)
    kinds.extend([binding.kind] * len(bound) if bound else [Kind.REAL])
