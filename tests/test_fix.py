"""The fixer on fixture pairs (`testdata/fix/<name>.py` -> `<name>.fixed.py`) and its corner cases.

Each pair is fixed in-process through `cli.main` and compared byte for byte;
the fixed file must be a fixed point, and the real flake8 must report no
selected code on it except at the handlers the fixer names as left alone.
"""

from __future__ import annotations

import ast
import re
import shlex
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from flake8_failfast.fix import plan as fix
from flake8_failfast.cli import main
from flake8_failfast.pipeline import Settings, split_lines
from flake8_failfast.fix.plan import (
    DEFAULT_SELECT,
    CannotFix,
    FixResult,
    Note,
    UnsafeFix,
    fix_bytes,
    fix_source,
    select_codes,
)
from flake8_failfast.fix.cst_statement import ParsedStatement
from flake8_failfast.fix.rewrite import Guard, Rewrite
from flake8_failfast.fix.twins import ShapesDiffer
from helpers import TESTDATA, add_first_party_sources, run_flake8

FIXTURES = TESTDATA / "fix"
CASES = sorted(p.name[: -len(".py")] for p in FIXTURES.glob("*.py") if not p.name.endswith(".fixed.py"))
_OPTIONS = b"# fix-options: "
_REPORT = re.compile(r"^[^:]+:(\d+):\d+: (FF\d{3}) ", re.MULTILINE)
_NOTE = re.compile(r"^[^:]+:(\d+):\d+: not fixed: ", re.MULTILINE)
UNCHANGED = {"left_alone", "left_to_a_person"}
UNNAMED = "-"
"""Standard input without a display name: first-party modules are taken to be there."""


def copy_fixture(source: Path, directory: Path) -> Path:
    """The fixture in `directory`, beside the source of the first-party modules it imports."""
    target = directory / source.name
    shutil.copyfile(source, target)
    add_first_party_sources(directory, source.read_bytes())
    return target


def fix_options(path: Path) -> list[str]:
    """Fixer options from a `# fix-options: ...` first line."""
    first = path.read_bytes().split(b"\n", 1)[0].rstrip(b"\r")
    return shlex.split(first[len(_OPTIONS) :].decode()) if first.startswith(_OPTIONS) else []


def plugin_options(options: list[str]) -> list[str]:
    """The options flake8 shares with the fixer (`--select` is the fixer's own)."""
    return [option for option in options if option.startswith("--failfast-")]


def selected(options: list[str]) -> frozenset[str]:
    codes = [o.split("=", 1)[1] for o in options if o.startswith("--select=")]
    return select_codes(code for value in codes for code in value.split(","))


def run_fix(path: Path, options: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["fix", "--isolated", *options, str(path)])
    return status, capsys.readouterr().err


def test_every_fixture_has_its_fixed_pair() -> None:
    assert CASES
    for name in CASES:
        assert (FIXTURES / f"{name}.fixed.py").is_file(), name
    pairs = {p.name[: -len(".fixed.py")] for p in FIXTURES.glob("*.fixed.py")}
    assert pairs == set(CASES)


@pytest.mark.parametrize("name", CASES)
def test_fixture_is_fixed_exactly(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = FIXTURES / f"{name}.py"
    target = copy_fixture(source, tmp_path)
    status, err = run_fix(target, fix_options(source), capsys)
    expected = (FIXTURES / f"{name}.fixed.py").read_bytes()
    assert target.read_bytes() == expected
    if name in UNCHANGED:
        assert expected == source.read_bytes()
        assert status == 0
    else:
        assert expected != source.read_bytes()
        assert status == 1
        assert f"Rewriting {target}\n" in err


@pytest.mark.parametrize("name", CASES)
def test_fixing_the_fixed_file_changes_nothing(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fixed = FIXTURES / f"{name}.fixed.py"
    target = copy_fixture(fixed, tmp_path)
    status, err = run_fix(target, fix_options(fixed), capsys)
    assert status == 0
    assert "Rewriting" not in err
    assert target.read_bytes() == fixed.read_bytes()


@pytest.mark.parametrize("name", CASES)
def test_flake8_reports_no_selected_code_on_the_fixed_file(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Selected codes remain only where the fixer said it left a handler to a person."""
    fixed = copy_fixture(FIXTURES / f"{name}.fixed.py", tmp_path)
    copy_fixture(FIXTURES / f"{name}.py", tmp_path)
    options = fix_options(fixed)
    result = run_flake8("--isolated", "--select=FF", *plugin_options(options), fixed.name, cwd=tmp_path)
    assert result.returncode in (0, 1) and result.stderr == "", result
    remaining = {int(line) for line, code in _REPORT.findall(result.stdout) if code in selected(options)}
    before = run_flake8("--isolated", "--select=FF", *plugin_options(options), f"{name}.py", cwd=tmp_path)
    assert any(code in selected(options) for _, code in _REPORT.findall(before.stdout)), before.stdout

    status = main(["fix", "--isolated", "--check", *options, str(fixed)])
    left_alone = {int(line) for line in _NOTE.findall(capsys.readouterr().err)}
    assert status == 0
    assert remaining == left_alone


_FINDING = re.compile(r"^[^:]+:(\d+):\d+: ([A-Z]+\d+) (.*)$", re.MULTILINE)
_PRAGMA_LINE = re.compile(r"^\s*#\s*(type:\s*ignore|noqa|pragma:\s*no\s*cover)\b", re.MULTILINE)


def findings(path: Path, options: list[str], exempt: frozenset[str] = frozenset()) -> Counter[tuple[str, str]]:
    """What flake8 with its default plugins (pyflakes, pycodestyle's E9) and every FF code reports, lines masked.

    An F401 on an import statement in `exempt` (as `ast.dump` shows it) is left out.
    """
    result = run_flake8("--isolated", "--select=F,E9,FF", *plugin_options(options), path.name, cwd=path.parent)
    assert result.returncode in (0, 1) and result.stderr == "", result
    tree = ast.parse(path.read_bytes())
    statements = {node.lineno: ast.dump(node) for node in ast.walk(tree) if isinstance(node, ast.stmt)}
    return Counter(
        (code, re.sub(r"\bline \d+", "line N", text))
        for line, code, text in _FINDING.findall(result.stdout)
        if not (code == "F401" and statements.get(int(line)) in exempt)
    )


def imports_in_candidates(path: Path) -> frozenset[str]:
    """The import statements inside a `try` or `with` (as `ast.dump` shows them)."""
    tree = ast.parse(path.read_bytes())
    return frozenset(
        ast.dump(node)
        for outer in ast.walk(tree)
        if isinstance(outer, (ast.Try, ast.With))
        for node in ast.walk(outer)
        if isinstance(node, (ast.Import, ast.ImportFrom))
    )


KNOWN_TRACES = {
    "catch_all": Counter({("F811", "redefinition of unused 'teardown' from line N"): 1}),
}
"""Traces the fix still leaves: a handler kept around the rest rebinds a name imported in front of it."""


@pytest.mark.parametrize("name", CASES)
def test_the_fix_leaves_no_trace(name: str, tmp_path: Path) -> None:
    """No finding the original did not have (an import left unused: F401), no pragma left on a line of its own.

    The fixtures never read most names they import: pyflakes says nothing of
    such an import while its fallback shadows it, and reports it once the fix
    moves it out of its `try`. Those F401 are the fixtures' own, not the fix's.
    """
    fixed = copy_fixture(FIXTURES / f"{name}.fixed.py", tmp_path)
    source = copy_fixture(FIXTURES / f"{name}.py", tmp_path)
    options = fix_options(source)
    moved_out = imports_in_candidates(source)
    assert findings(fixed, options, moved_out) - findings(source, options) == KNOWN_TRACES.get(name, Counter())
    orphans = Counter(_PRAGMA_LINE.findall(fixed.read_text(encoding="latin-1")))
    assert orphans - Counter(_PRAGMA_LINE.findall(source.read_text(encoding="latin-1"))) == Counter()


def test_left_alone_handlers_are_named_with_their_reason() -> None:
    source = (FIXTURES / "left_alone.py").read_text(encoding="utf-8")
    result = fix_source(source, UNNAMED, Settings())
    assert not result.changed
    assert result.notes == (
        Note(12, 0, 12, "the handler gives 'HAS_ACCEL' a real fallback; decide there by hand"),
        Note(
            24, 0, 24,
            "the handler also masks names reported as FF103; add --select FF103 to fix it",
        ),
    )


def test_note_lines_point_into_the_fixed_and_the_original_text() -> None:
    source = (
        "try:\n    from . import a\nexcept ImportError:\n    a = None\n"
        "try:\n    from . import b\nexcept ImportError:\n    b = print\n    c = None\n"
    )
    result = fix_source(source, UNNAMED, Settings())
    assert result.fixed.startswith("from . import a\ntry:\n")
    assert [(n.line, n.original_line) for n in result.notes] == [(4, 7)]


def test_optional_modules_in_a_handler_keep_it() -> None:
    source = "try:\n    import numpy\n    from . import fast\nexcept ImportError:\n    numpy = fast = None\n"
    result = fix_source(source, UNNAMED, Settings(optional_modules=frozenset({"numpy"})))
    assert not result.changed
    assert [n.reason for n in result.notes] == [
        "the handler also masks names reported as FF103; add --select FF103 to fix it"
    ]


def test_select_widens_the_default_by_code_or_prefix() -> None:
    assert select_codes([]) == DEFAULT_SELECT == {"FF101", "FF201"}
    assert select_codes(["FF102"]) == {"FF101", "FF102", "FF201"}
    assert select_codes(["ff2", " "]) == {"FF101", "FF201", "FF202", "FF203"}
    assert select_codes(["FF"]) == {"FF101", "FF102", "FF103", "FF201", "FF202", "FF203", "FF301"}
    with pytest.raises(ValueError, match="unknown code 'E501'"):
        select_codes(["E501"])


def test_lines_split_as_python_counts_them() -> None:
    """A form feed is no line break for Python: line numbers stay in step with `ast`."""
    source = "x = 1\n\x0c\ntry:\n    from . import a\nexcept ImportError:\n    a = None\n"
    assert split_lines(source) == [
        "x = 1\n", "\x0c\n", "try:\n", "    from . import a\n", "except ImportError:\n", "    a = None\n"
    ]
    assert fix_source(source, UNNAMED, Settings()).fixed == "x = 1\n\x0c\nfrom . import a\n"


@pytest.mark.parametrize(
    ("source", "fixed"),
    [
        pytest.param(
            "try:\n    from . import a\nexcept ImportError:\n    a = None",
            "from . import a",
            id="no-newline-at-end",
        ),
        pytest.param(
            "if x:\n\ttry:\n\t\tfrom . import a\n\texcept ImportError:\n\t\ta = None\n\ty = 1\n",
            "if x:\n\tfrom . import a\n\ty = 1\n",
            id="tabs",
        ),
        pytest.param(
            "try:\n    from . import a\nexcept ImportError:\n    log(); a = None  # kept\n",
            "try:\n    from . import a\nexcept ImportError:\n    log()  # kept\n    raise\n",
            id="semicolons",
        ),
        pytest.param(
            "try:\n    from . import a\nexcept ImportError:\n"
            "    if DEBUG:\n        a = None\n    else:\n        a = None\n",
            "try:\n    from . import a\nexcept ImportError:\n"
            "    if DEBUG:\n        pass\n    else:\n        pass\n    raise\n",
            id="masking-in-branches",
        ),
        pytest.param(
            "try:\n    from . import a\nexcept ModuleNotFoundError:\n    a = None\nexcept ImportError:\n    pass\n",
            "from . import a\n",
            id="every-handler-fixed",
        ),
        pytest.param(
            "try:\n    from . import a\nexcept ImportError:\n    a = None\nexcept Exception:\n    pass\n",
            "try:\n    from . import a\nexcept ImportError:\n    raise\nexcept Exception:\n    pass\n",
            id="handler-catching-other-errors-stays",
        ),
        pytest.param(
            "try:\n    from . import a\nexcept ImportError:\n    a = None\nexcept KeyError:\n    pass\n",
            "try:\n    from . import a\nexcept ImportError:\n    raise\nexcept KeyError:\n    pass\n",
            id="other-handler-stays",
        ),
        pytest.param(
            "try: from . import a\nexcept ImportError: pass\nelse: b = a\nfinally: done()\n",
            "try:\n    from . import a\n    b = a\nfinally: done()\n",
            id="one-line-suites-with-finally",
        ),
        pytest.param(
            "def f():\n    with suppress(ImportError) as caught:\n        from . import a\n",
            "def f():\n    with suppress(ImportError) as caught:\n        from . import a\n",
            id="suppress-bound-with-as",
        ),
    ],
)
def test_rewrite(source: str, fixed: str) -> None:
    result = fix_source(source, UNNAMED, Settings())
    assert result.fixed == fixed
    assert fix_source(result.fixed, UNNAMED, Settings()).fixed == fixed


def test_deep_nesting_is_fixed_one_level_per_pass() -> None:
    lines = []
    for depth in range(5):
        pad = "    " * depth
        lines += [f"{pad}try:", f"{pad}    from . import m{depth}"]
    for depth in reversed(range(5)):
        pad = "    " * depth
        lines += [f"{pad}except ImportError:", f"{pad}    m{depth} = None"]
    result = fix_source("\n".join(lines) + "\n", UNNAMED, Settings())
    assert result.fixed == "".join(f"from . import m{depth}\n" for depth in range(5))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="except* needs Python 3.11")
def test_except_star() -> None:
    source = "try:\n    from . import a\nexcept* ImportError:\n    a = None\nfinally:\n    done()\n"
    assert fix_source(source, UNNAMED, Settings()).fixed == "try:\n    from . import a\nfinally:\n    done()\n"


def test_a_rewrite_that_would_not_compile_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fix, "rewrite_statement", lambda text, indices, parsed, guard, runs_more: Rewrite("a = (\n"))
    with pytest.raises(UnsafeFix, match="would not parse"):
        fix_source("try:\n    from . import a\nexcept ImportError:\n    a = None\n", UNNAMED, Settings())


def test_a_compile_error_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """`ast.parse` accepts some programs `compile` rejects; the fixer compiles."""
    monkeypatch.setattr(fix, "rewrite_statement", lambda text, indices, parsed, guard, runs_more: Rewrite("return 1\n"))
    with pytest.raises(UnsafeFix, match="would not compile"):
        fix_source("try:\n    from . import a\nexcept ImportError:\n    a = None\n", UNNAMED, Settings())


def test_a_statement_that_cannot_be_rewritten_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(
        text: str, indices: frozenset[int], parsed: ParsedStatement | None, guard: Guard, runs_more: bool
    ) -> Rewrite:
        raise CannotFix("libcst cannot rewrite this statement (RecursionError)")

    monkeypatch.setattr(fix, "rewrite_statement", refuse)
    result = fix_source("x = 1\ntry:\n    from . import a\nexcept ImportError:\n    a = None\n", UNNAMED, Settings())
    assert not result.changed
    assert result.notes == (Note(4, 0, 4, "libcst cannot rewrite this statement (RecursionError)"),)


def test_a_statement_libcst_cannot_read_as_the_plugin_does_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def differ(*args: object) -> None:
        raise ShapesDiffer("forced")

    monkeypatch.setattr("flake8_failfast.fix.cst_statement.pair", differ)
    result = fix_source("x = 1\ntry:\n    from . import a\nexcept ImportError:\n    a = None\n", UNNAMED, Settings())
    assert not result.changed
    assert result.notes == (Note(4, 0, 4, "libcst cannot read this statement as the plugin does; fix it by hand"),)


def test_suppress_bound_with_as_is_named() -> None:
    result = fix_source("with suppress(ImportError) as caught:\n    from . import a\n", UNNAMED, Settings())
    assert not result.changed
    assert result.notes == (
        Note(1, 0, 1, "the suppress block binds its context manager with `as`; decide there by hand"),
    )


def test_syntax_errors_are_raised() -> None:
    with pytest.raises(SyntaxError):
        fix_source("try:\n", UNNAMED, Settings())


def test_bytes_keep_their_encoding_and_are_untouched_when_clean() -> None:
    latin = b"# coding: latin-1\ntry:\n    from . import caf\xe9\nexcept ImportError:\n    caf\xe9 = None\n"
    fixed, result = fix_bytes(latin, UNNAMED, Settings())
    assert fixed == b"# coding: latin-1\nfrom . import caf\xe9\n"
    assert result == FixResult(latin.decode("latin-1"), "# coding: latin-1\nfrom . import caf\xe9\n")
    assert result.changed
    clean = b"\xef\xbb\xbfx = 1\r\n"
    assert fix_bytes(clean, UNNAMED, Settings())[0] is clean
