"""The `ast` fast path gives exactly libcst's verdicts, or none, and spares a lint of simple handlers libcst."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

from flake8_failfast.candidates import Candidate, Prebound, find_candidates
from flake8_failfast.handlers.analysis import Context, analyze, parse_statement
from flake8_failfast.handlers.simple import simple_verdicts
from flake8_failfast.pipeline import split_lines, statement_source
from helpers import TESTDATA

SIMPLE = [
    "try:\n    import a.b\nexcept ImportError:\n    pass\n",
    "try:\n    import a.b as c, d\nexcept ImportError:\n    c = None\n",
    "try:\n    from a import b, c as d\nexcept ImportError:\n    '''Why.'''\n    b = d = None\n",
    "try:\n    from . import x\n    from .. import *\nexcept ImportError:\n    ...\n",
    "try:\n    from .m import x\nexcept ImportError:\n    from .n import x\n    y = None\n",
    "try:\n    import x\nexcept ImportError:\n    import y as x, z.w\n    from q import *\n    z = None\n",
    "try:\n    import x\nexcept ImportError:\n    HAS_X = False\n",
    "try:\n    import x\nexcept ImportError:\n    _none = None\n    x = _none\n    y = x\n",
    "try:\n    import x\nexcept ImportError:\n    x = 0\n    x = None\n",
    "try:\n    import x\n    import x\nexcept (ImportError, OSError):\n    x = None\n",
    "try:\n    import x\nexcept ImportError:\n    y = None\n",
    "try:\n    import x\nexcept ImportError:\n    None\n",
    "try:\n    import x\nexcept ImportError:\n    1\n",
    "try:\n    import x\nexcept ImportError:\n    b'doc'; pass\n",
    "try:\n    import x\nexcept ImportError:\n    x = None\n    return\n",
    "try:\n    import x\nexcept ImportError:\n    y = 1\n    raise\n    x = None\n",
    "try:\n    import x\nexcept ModuleNotFoundError:\n    x = 1\nexcept ImportError:\n    pass\n",
    "try:\n    '''No import here.'''\n    pass\nexcept ImportError:\n    pass\n",
    "with suppress(ImportError):\n    import x\n    from y import z\n",
    "def f(x=None):\n    try:\n        import x\n    except ImportError:\n        pass\n",
    "x = None\ntry:\n    import x\nexcept ImportError:\n    pass\n",
]
"""Statements the fast path decides (the comparison below also checks that it does)."""

LEFT_TO_LIBCST = [
    "try:\n    import x\nexcept ImportError:\n    x = f'{y}'\n    y = None\n",
    "try:\n    import x\nexcept ImportError:\n    x = -1\n    y = None\n",
    "try:\n    import x\nexcept ImportError:\n    x, y = None, None\n",
    "try:\n    import x\nexcept ImportError:\n    sys.modules['x'] = None\n",
    "try:\n    import x\nexcept ImportError:\n    def x(): pass\n",
    "try:\n    import x\nexcept ImportError:\n    if y:\n        x = None\n",
    "try:\n    import x\nexcept ImportError:\n    sys.exit(1)\n",
    "try:\n    import x\nexcept ImportError:\n    x = Mock()\n",
    "try:\n    import x\n    y = 1\nexcept ImportError:\n    pass\n",
    "try:\n    x = importlib.import_module('x')\nexcept ImportError:\n    pass\n",
    "try:\n    import x\n    f'{x}'\nexcept ImportError:\n    pass\n",
]


def candidates_of(source: str) -> list[tuple[Candidate, str, dict[str, bool]]]:
    tree = ast.parse(source)
    lines = split_lines(source)
    bindings = Prebound(tree)
    return [
        (c, statement_source(c, lines), bindings.before(c.scope, c.first_line, c.owner))
        for c in find_candidates(tree, lines)
    ]


def libcst_verdicts(source: str, candidate: Candidate, prebound: dict[str, bool]) -> tuple[object, ...]:
    indices = [index for index, _, _ in candidate.handlers]
    return tuple(analyze(parse_statement(source).node, indices, Context(prebound, source)))


def compared(source: str) -> list[bool]:
    """For each candidate: whether the fast path decided it; asserts that it agrees with libcst when it did."""
    decided = []
    for candidate, text, prebound in candidates_of(source):
        fast = simple_verdicts(candidate.node, [index for index, _, _ in candidate.handlers], prebound)
        if fast is not None:
            assert fast == libcst_verdicts(text, candidate, prebound), text
        decided.append(fast is not None)
    return decided


@pytest.mark.parametrize("source", SIMPLE)
def test_the_fast_path_decides_simple_statements_as_libcst_does(source: str) -> None:
    assert compared(source) == [True]


@pytest.mark.parametrize("source", LEFT_TO_LIBCST)
def test_anything_else_is_left_to_libcst(source: str) -> None:
    assert compared(source) == [False]


def test_the_fast_path_agrees_with_libcst_on_every_fixture() -> None:
    decided = []
    for path in sorted(TESTDATA.rglob("*.py")):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                source = path.read_text(encoding="utf-8")
                ast.parse(source)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
        decided += compared(source)
    assert True in decided and False in decided


def test_a_cold_lint_of_simple_handlers_never_imports_libcst(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(textwrap.dedent(
        """\
        try:
            import yaml
        except ImportError:
            yaml = None

        yaml.safe_load('')
        """
    ))
    script = (
        "import sys\nimport flake8.main.cli\n"
        "flake8.main.cli.main(['--isolated', '--failfast-no-cache', 'a.py'])\n"
        "print('libcst' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.stdout.splitlines()[-1] == "False"
    assert ": FF102 " in run.stdout
