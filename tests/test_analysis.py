"""Fast unit tests of the analysis, without flake8: source in, findings out."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path
from typing import Any

import libcst as cst
import pytest

from flake8_failfast.fix.cst_statement import parse_statement
from flake8_failfast.pipeline import Settings, check, split_lines
from flake8_failfast.handlers import values
from flake8_failfast.handlers.kinds import Kind
from helpers import LOOSE_MODULE


INCIDENT = str(Path(__file__).resolve().parent.parent / "testdata" / "websocket_core" / "__init__.py")


def codes(source: str, filename: str = LOOSE_MODULE, settings: Settings = Settings()) -> list[tuple[int, int, str]]:
    source = textwrap.dedent(source)
    found = check(ast.parse(source), split_lines(source), filename, settings)
    return [(f.line, f.col, f.code) for f in found]


def families(source: str, filename: str = LOOSE_MODULE) -> list[tuple[int, int, str]]:
    """What the handlers leave behind, whatever the severity: FF1 masked, FF2 swallowed, FF3 deferred."""
    return [(line, col, code[:3]) for line, col, code in codes(source, filename)]


def messages(source: str, settings: Settings = Settings(), filename: str = LOOSE_MODULE) -> list[str]:
    source = textwrap.dedent(source)
    return [f.message for f in check(ast.parse(source), split_lines(source), filename, settings)]


def test_the_incident_is_ff101_at_the_except_keyword() -> None:
    assert messages(
        """
        try:
            from .state_machine import get_connection_state_machine
        except ImportError:
            get_connection_state_machine = None
        """,
        filename=INCIDENT,
    ) == [
        "FF101 failed import of '.state_machine' is masked: 'get_connection_state_machine' "
        "set to None; '.state_machine' cannot be absent; let the ImportError propagate"
    ]


@pytest.mark.parametrize(
    "handler",
    [
        "x = None",
        "x = y = None",
        "x, y = None, None",
        "x: int | None = None",
        "def x(*a): pass",
        "def x():\n    '''doc'''\n    return 0",
        "x = lambda: ()",
        "class x:\n    def method(self): ...",
        "x = object()",
        "x = unittest.mock.Mock(name='x')",
        "x = AsyncMock()",
        "x = NonCallableMock()",
        "x = SimpleNamespace()",
        "x = types.ModuleType('x')",
        "x = type('x', (), {})",
        "class _C: pass\nx = _C()",
        "sys.modules['m'] = None",
    ],
)
def test_masking_shapes_are_reported(handler: str) -> None:
    body = textwrap.indent(handler, "    ")
    source = f"try:\n    from m import x, y\nexcept ImportError:\n{body}\n"
    assert families(source) == [(3, 0, "FF1")]


@pytest.mark.parametrize(
    "handler",
    [
        "raise",
        "raise RuntimeError('x') from None",
        "x = None\nsys.exit(1)",
        "x = None\nexit()",
        "x = None\nquit()",
        "x = None\nos._exit(1)",
        "x = None\nos.abort()",
        "pytest.importorskip('m')",
        "self.skipTest('no m')",
        "pytest.fail('no m')",
        "pytest.exit('no m')",
        "from n import x, y",
        "def x(f):\n    return f",
        "x = y = fallback",
        "x = y = make()",
        "x = y = 0",
        "class x(ValueError): pass",
        "class x(CustomWarning): pass",
        "class x:\n    def method(self):\n        return self.value",
        "x = SimpleNamespace(value=compute())",
        "log.warning('no m')",
        "if a:\n    raise\nelse:\n    raise",
    ],
)
def test_real_fallbacks_and_terminators_are_not_reported(handler: str) -> None:
    body = textwrap.indent(handler, "    ")
    source = f"try:\n    from m import x, y\nexcept ImportError:\n{body}\n"
    assert families(source) == []


def test_every_non_raising_path_counts() -> None:
    source = """
    try:
        import m
    except ImportError:
        if strict:
            raise
        elif lenient:
            m = None
        else:
            sys.exit(1)
    """
    assert families(source) == [(4, 0, "FF1")]


def test_paths_through_loops_try_with_and_match() -> None:
    source = """
    try:
        import m
    except ImportError:
        for attempt in range(3):
            if attempt:
                break
        while waiting:
            continue
        with lock:
            pass
        try:
            m = None
        finally:
            pass
        match mode:
            case "strict":
                raise
            case _:
                pass
    """
    assert families(source) == [(4, 0, "FF1")]


def test_return_in_a_function_handler_leaves_nothing_behind() -> None:
    source = """
    def f():
        try:
            import m
        except ImportError:
            return None
        return m
    """
    assert families(source) == []


def test_silent_handler_and_prebound_defaults() -> None:
    source = """
    a = None
    b = real()
    try:
        from .m import a, b, c
    except ImportError:
        pass
    """
    assert [m.split(";")[0] for m in messages(source)] == [
        "FF103 failed import of '.m' is masked: 'a' set to None",
        "FF203 failed import of '.m' is silently swallowed: 'c' left unbound",
    ]


def test_prebound_defaults_belong_to_their_own_scope() -> None:
    source = """
    a = None
    def f():
        try:
            from .m import a
        except ImportError:
            pass
    """
    assert families(source) == [(6, 4, "FF2")]


def test_a_flag_somebody_reads_is_a_decision_for_an_optional_module() -> None:
    source = """
    try:
        from .m import a
        HAS_M = True
    except ImportError:
        HAS_M = False
    """
    assert codes(source) == [(5, 0, "FF203")]
    assert codes(textwrap.dedent(source) + "if HAS_M:\n    a.run()\n") == []


def test_star_import_is_an_accelerator_override() -> None:
    assert families("try:\n    from ._speedups import *\nexcept ImportError:\n    pass\n") == []


def test_only_catching_handlers_count_and_each_is_reported_once() -> None:
    source = """
    try:
        import m
    except KeyError:
        m = None
    except (ValueError, ImportError):
        m = None
    except Exception:
        pass
    """
    assert families(source) == [(6, 0, "FF1")]


def test_nested_candidates_are_analysed_on_their_own() -> None:
    source = """
    try:
        import a
        try:
            from .b import b
        except ImportError:
            b = None
    except ImportError:
        try:
            import c
        except ImportError:
            c = None
        a = None
    """
    assert families(source) == [(6, 4, "FF1"), (8, 0, "FF1"), (11, 4, "FF1")]
    # The outer handler is not silent, and c belongs to the nested handler's report.


def test_imports_in_nested_defs_and_lambdas_are_not_candidates() -> None:
    source = """
    try:
        def f():
            import m
        g = lambda: __import__("m")
    except ImportError:
        f = g = None
    """
    assert families(source) == []


def test_optional_modules_count_as_absent_by_design_with_their_submodules() -> None:
    source = """
    import sys
    try:
        import json.decoder
        import yaml
    except ImportError:
        json = yaml = None
    """
    assert codes(source) == [(6, 0, "FF101"), (6, 0, "FF103")]
    settings = Settings(optional_modules=frozenset({"json"}))
    assert codes(source, settings=settings) == [(6, 0, "FF103")]


def test_names_not_bound_by_an_import_take_the_imports_that_cannot_be_absent() -> None:
    source = """
    try:
        import json
        import requests
        from .core import engine
        ready = True
    except ImportError:
        ready = None
    """
    assert messages(source) == [
        "FF101 failed import of 'json' is masked: 'ready' set to None; 'json' cannot be absent; "
        "let the ImportError propagate",
        "FF201 failed import of 'json' is silently swallowed: 'json' left unbound; 'json' cannot be absent; "
        "let the ImportError propagate",
    ]


def test_deferred_placeholders_and_mixed_codes_in_one_handler() -> None:
    source = """
    try:
        import m
        from .n import helper
    except ImportError:
        class Missing:
            def __call__(self, *args):
                raise ImportError("m is required")
        m = Missing()
        helper = None
    """
    assert families(source) == [(5, 0, "FF1"), (5, 0, "FF3")]


def test_suppress_is_reported_at_the_with_keyword() -> None:
    source = """
    def f():
        with contextlib.suppress(ModuleNotFoundError):
            from . import extras
    """
    assert families(source) == [(3, 4, "FF2")]


def test_first_party_by_package_directory_and_its_source(tmp_path: pytest.TempPathFactory) -> None:
    import pathlib

    root = pathlib.Path(str(tmp_path))
    (root / "shop" / "api").mkdir(parents=True)
    (root / "shop" / "__init__.py").write_text("")
    (root / "shop" / "api" / "__init__.py").write_text("")
    source = "try:\n    from shop.db import connect\nexcept ImportError:\n    connect = None\n"
    assert codes(source, filename=str(root / "shop" / "api" / "views.py")) == [(3, 0, "FF103")]
    (root / "shop" / "db.py").write_text("import sqlite3\n\ndef connect(): ...\n")
    assert codes(source, filename=str(root / "shop" / "api" / "views.py")) == [(3, 0, "FF103")]
    (root / "shop" / "db.py").write_text("import json\n\ndef connect(): ...\n")
    assert codes(source, filename=str(root / "shop" / "api" / "views.py")) == [(3, 0, "FF101")]
    assert codes(source, filename=str(root / "views.py")) == [(3, 0, "FF103")]


def test_too_many_paths_gives_no_finding_rather_than_a_guess() -> None:
    branches = "".join(f"    if c{i}:\n        log()\n" for i in range(12))
    source = f"try:\n    import m\nexcept ImportError:\n{branches}    m = None\n"
    assert families(source) == []


def test_a_statement_too_deep_to_analyse_gives_no_finding_for_it_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from flake8_failfast.handlers.verdicts import verdicts

    def too_deep_for_a(statement: ast.stmt, *args: Any) -> Any:
        if "import a" in ast.unparse(statement):
            raise RecursionError
        return verdicts(statement, *args)

    monkeypatch.setattr("flake8_failfast.handlers.verdicts.verdicts", too_deep_for_a)
    source = (
        "try:\n    import a\nexcept ImportError:\n    a = None\n"
        "try:\n    import b\nexcept ImportError:\n    b = None\n"
    )
    assert families(source) == [(7, 0, "FF1")]


def test_deep_expression_nesting_gives_no_crash() -> None:
    deep = "(" * 150 + "1" + ")" * 150
    source = f"try:\n    import m\n    x = {deep}\nexcept ImportError:\n    m = None\n"
    assert families(source) == [(4, 0, "FF1")]


@pytest.mark.parametrize("indent", ["\x0c        ", "    \x0c        "])
def test_form_feed_in_an_indentation_resets_the_column(indent: str) -> None:
    source = f"def f():\n    try:\n{indent}import m\n    except ImportError:\n        m = None\n"
    assert families(source) == [(4, 4, "FF1")]


def test_parse_statement_handles_indented_statements() -> None:
    parsed = parse_statement("    try:\n        import m\n    except ImportError:\n        pass\n")
    assert isinstance(parsed.node, cst.Try)
    assert parsed.prefix == "if True:\n"


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("def f(): pass", Kind.STUB),
        ("def f():\n    '''Doc.'''", Kind.STUB),
        ("def f():\n    return -1", Kind.STUB),
        ("def f(x):\n    return x", Kind.REAL),
        ("def f():\n    raise ImportError('m')", Kind.DEFERRED),
        ("@cache\ndef f(): pass", Kind.REAL),
        ("async def f():\n    x = 1\n    raise ImportError", Kind.DEFERRED),
        ("def f():\n    if x:\n        pass", Kind.REAL),
    ],
)
def test_classify_def(source: str, kind: Kind) -> None:
    tree = ast.parse(source).body[0]
    assert isinstance(tree, (ast.FunctionDef, ast.AsyncFunctionDef))
    assert values.classify_def(tree) is kind


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("class C: pass", Kind.STUB),
        ("class C:\n    '''Doc.'''\n    def a(self): ...\n    def b(self): return None", Kind.STUB),
        ("class C(Exception): pass", Kind.REAL),
        ("class C(mod.BadThingError): pass", Kind.REAL),
        ("class C:\n    def __getattr__(self, n):\n        raise ImportError(n)", Kind.DEFERRED),
        ("class C:\n    def __init__(self):\n        raise ImportError", Kind.DEFERRED),
        ("class C:\n    x = 1", Kind.REAL),
        ("class C(*bases): ...", Kind.STUB),
        ("class C(*errors.BadError): ...", Kind.REAL),
        ("class C:\n    '''Doc.'''\n    if x:\n        pass", Kind.REAL),
    ],
)
def test_classify_class(source: str, kind: Kind) -> None:
    tree = ast.parse(source).body[0]
    assert isinstance(tree, ast.ClassDef)
    assert values.classify_class(tree) is kind


@pytest.mark.parametrize(
    ("body", "silent"),
    [("pass", True), ("...", True), ("'''Why.'''\n    pass", True), ("log()", False), ("x = 1", False)],
)
def test_is_silent(body: str, silent: bool) -> None:
    tree = ast.parse(f"try:\n    import m\nexcept ImportError:\n    {body}\n").body[0]
    assert isinstance(tree, ast.Try)
    assert values.is_silent(tree.handlers[0].body) is silent
