"""The imports and plain names of a try body on libcst's tree, as `handlers.body` reads them on `ast`'s."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import libcst as cst

from flake8_failfast.fix.cst_values import name_of
from flake8_failfast.handlers.sites import DYNAMIC, ImportSite


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


def bound_name(alias: cst.ImportAlias, from_import: bool) -> str:
    """The name an import alias binds: its `as` name, else the imported name (top level for `import a.b`)."""
    if alias.asname is not None:
        return name_of(alias.asname.name)
    full = name_of(alias.name)
    return full if from_import else full.split(".", 1)[0]


def _from_module(node: cst.ImportFrom) -> str:
    dots = "." * len(node.relative)
    return dots + (name_of(node.module) if node.module is not None else "")


class _BodyBindings(cst.CSTVisitor):
    """Imports and plain names of a try body, not entering nested scopes."""

    def __init__(self) -> None:
        self.imports: list[ImportSite] = []
        self.names: dict[str, ImportSite | None] = {}

    def _bind(self, names: Iterable[str], site: ImportSite | None = None) -> None:
        for name in names:
            self.names.pop(name, None)
            self.names[name] = site

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
            bound = bound_name(alias, from_import=False)
            site = ImportSite(name_of(alias.name), (bound,))
            self.imports.append(site)
            self._bind([bound], site)

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        module = _from_module(node)
        if isinstance(node.names, cst.ImportStar):
            self.imports.append(ImportSite(module))
            return
        for alias in node.names:
            name = name_of(alias.name)
            bound = bound_name(alias, from_import=True)
            if module.strip("."):
                site = ImportSite(module, (bound,), name)
            else:
                site = ImportSite(module + name, (bound,))
            self.imports.append(site)
            self._bind([bound], site)

    def visit_Call(self, node: cst.Call) -> None:
        module = _import_call_module(node)
        if module is not None:
            self.imports.append(ImportSite(module))

    def visit_Assign(self, node: cst.Assign) -> None:
        module = _import_call_module(node.value) if isinstance(node.value, cst.Call) else None
        site = ImportSite(module) if module is not None else None
        for target in node.targets:
            self._bind(target_names(target.target), site)

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


def imports_in(body: cst.BaseSuite) -> bool:
    bindings = _BodyBindings()
    body.visit(bindings)
    return bool(bindings.imports)
