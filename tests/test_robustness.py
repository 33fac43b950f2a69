"""The plugin never crashes flake8: every installed .py file, and generated programs."""

from __future__ import annotations

import ast
import sys
import sysconfig
import textwrap
import tokenize
import warnings
from pathlib import Path

import hypothesmith
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_failfast.findings import split_lines
from flake8_failfast.plugin import FailFastChecker


def installed_python_files() -> list[Path]:
    roots = {sysconfig.get_paths()[key] for key in ("stdlib", "purelib", "platlib")}
    return sorted({path for root in roots for path in Path(root).rglob("*.py")})


def lines_as_flake8_reads_them(path: Path) -> list[str] | None:
    try:
        with tokenize.open(path) as handle:
            return handle.readlines()
    except (SyntaxError, UnicodeDecodeError, OSError):
        return None


def run_plugin(source_lines: list[str], filename: str) -> list[tuple[int, int, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse("".join(source_lines))
    checker = FailFastChecker(tree, source_lines, filename)
    return [(line, col, message) for line, col, message, _ in checker.run()]


def test_every_installed_python_file_is_checked_without_an_exception() -> None:
    files = installed_python_files()
    assert len(files) > 1000, "expected the standard library and the test tools"
    checked = reports = 0
    for path in files:
        lines = lines_as_flake8_reads_them(path)
        if lines is None:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ast.parse("".join(lines))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue  # flake8 reports E999 and never calls plugins
        found = run_plugin(lines, str(path))
        checked += 1
        reports += len(found)
        for line, col, message in found:
            assert 1 <= line <= len(lines) and col >= 0, (path, line, col, message)
            assert message[:2] == "FF", message
    assert checked > 1000
    print(f"checked {checked} files, {reports} reports", file=sys.stderr)


HANDLER_TEMPLATE = "try:\n    import m\n    from .pkg import thing\nexcept ImportError:\n{handler}\n"


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(hypothesmith.from_grammar(auto_target=False))
def test_generated_programs_never_raise(source: str) -> None:
    try:
        run_plugin(split_lines(source), "generated.py")
    except (SyntaxError, ValueError):
        pass  # not compilable: flake8 would report E999 and never call us


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(hypothesmith.from_grammar(auto_target=False), st.sampled_from(["    ", "\t"]))
def test_generated_handlers_never_raise(body: str, indent: str) -> None:
    if not body.strip():
        return
    source = HANDLER_TEMPLATE.format(handler=textwrap.indent(body, indent, lambda _: True))
    try:
        compile(source, "generated.py", "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except (SyntaxError, ValueError):
        return
    for line, col, message in run_plugin(split_lines(source), "pkg/mod.py"):
        assert (line, col) == (4, 0), message
