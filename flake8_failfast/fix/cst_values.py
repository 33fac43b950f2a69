"""What a handler binds a name to: None, a do-nothing stub, a raising placeholder, or something real.

Classifies values, defs and classes on libcst's tree for the fixer, as
`handlers.values` does on flake8's `ast` tree for the plugin, and
recognises terminators and silent handlers.
"""

from __future__ import annotations

import libcst as cst
from libcst.helpers import get_full_name_for_node

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


def name_of(node: cst.CSTNode) -> str:
    return get_full_name_for_node(node) or ""


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
    name = name_of(value.func)
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
    return is_exception_name(name_of(expr))


def classify_class(node: cst.ClassDef) -> Kind:
    """An empty exception subclass is complete; otherwise empty or stub-only is a stub."""
    if node.decorators or any(_is_exception_base(arg.value) for arg in node.bases):
        return Kind.REAL
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
    methods = [s for s in body if isinstance(s, cst.FunctionDef)]
    if any(m.name.value in RAISING_HOOKS and classify_def(m) is Kind.DEFERRED for m in methods):
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
    full = name_of(call.func)
    last = full.rsplit(".", 1)[-1]
    positional = [a for a in call.args if a.keyword is None]
    if full == "object":
        return not call.args
    if last in MOCKS or last == "ModuleType":
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
        return env.get(expr.value, REAL)
    if isinstance(expr, cst.Lambda):
        return Binding(Kind.STUB) if is_literal(expr.body) else REAL
    if isinstance(expr, cst.Call):
        if _is_placeholder_call(expr):
            return Binding(Kind.STUB)
        if isinstance(expr.func, cst.Name):
            made = env.get(expr.func.value)
            if made is not None and made.is_class and made.kind is not Kind.REAL:
                return Binding(made.kind)
    return REAL
