"""The fixer edits libcst's tree but judges each statement by its `ast` twin: the pairing must hold everywhere."""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

import libcst as cst
import pytest

from flake8_failfast.candidates import find_candidates
from flake8_failfast.fix.cst_statement import UnparsableStatement, parse_statement, statement_source
from flake8_failfast.fix.twins import ShapesDiffer, pair
from flake8_failfast.pipeline import split_lines
from helpers import TESTDATA

STDLIB = Path(ast.__file__).parent


def test_each_statement_gets_the_twin_at_its_place() -> None:
    parsed = parse_statement(
        "    try:\n"
        "        import a; import b\n"
        "    except ImportError:\n"
        "        if x:\n"
        "            a = None\n"
        "        elif y:\n"
        "            def a(): pass\n"
        "        else:\n"
        "            class a: pass\n"
        "        b = None\n"
    )
    node = parsed.node
    assert isinstance(node, cst.Try)
    imports = node.body.body[0]
    assert isinstance(imports, cst.SimpleStatementLine)
    assert [type(parsed.twin(small)) for small in imports.body] == [ast.Import, ast.Import]
    branch = node.handlers[0].body.body[0]
    assert isinstance(branch, cst.If) and isinstance(branch.orelse, cst.If)
    assert parsed.twin(branch).lineno == 5 and parsed.twin(branch.orelse).lineno == 7  # after `if True:`
    assert isinstance(parsed.twin(branch.orelse.body.body[0]), ast.FunctionDef)
    last = node.handlers[0].body.body[1]
    assert isinstance(last, cst.SimpleStatementLine)
    assert ast.unparse(parsed.twin(last.body[0])) == "b = None"


def test_shapes_that_differ_are_refused() -> None:
    libcst_try = cst.parse_statement("try:\n    import a\nexcept ImportError:\n    a = None\n")
    assert isinstance(libcst_try, cst.Try)
    with pytest.raises(ShapesDiffer):
        pair(libcst_try, ast.parse("try:\n    import a\nexcept ImportError:\n    pass\n    a = None\n").body[0])
    with pytest.raises(ShapesDiffer):
        pair(libcst_try, ast.parse("try:\n    import a\nexcept ImportError:\n    del a\n").body[0])


def test_a_statement_whose_shapes_differ_is_unparsable_for_the_fixer(monkeypatch: pytest.MonkeyPatch) -> None:
    def differ(*args: object) -> None:
        raise ShapesDiffer("forced")

    monkeypatch.setattr("flake8_failfast.fix.cst_statement.pair", differ)
    with pytest.raises(UnparsableStatement):
        parse_statement("try:\n    import a\nexcept ImportError:\n    a = None\n")


@pytest.mark.parametrize("root", [TESTDATA, STDLIB], ids=["fixtures", "standard library"])
def test_every_candidate_pairs(root: Path) -> None:
    paired = 0
    refused = []
    for path in sorted(root.rglob("*.py")):
        if "site-packages" in path.relative_to(root).parts:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                source = path.read_text(encoding="utf-8")
                tree = ast.parse(source)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
        lines = split_lines(source)
        for candidate in find_candidates(tree, lines):
            try:
                parse_statement(statement_source(candidate, lines))
            except UnparsableStatement:
                refused.append(f"{path.relative_to(root)}:{candidate.first_line}")
            except cst.ParserSyntaxError:
                continue  # a statement libcst cannot parse is never fixed: not the pairing's business
            paired += 1
    assert paired > 100
    assert refused == []
