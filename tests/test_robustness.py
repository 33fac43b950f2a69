"""The plugin never crashes flake8: the standard library, and generated programs.

The sweep over every file installed in an environment is a script,
`benchmarks/sweep_environment.py`, run by hand when the analysis changes: its
cost and coverage depend on what happens to be installed.
"""

from __future__ import annotations

import ast
import os
import sysconfig
import textwrap
from pathlib import Path

import hypothesmith
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_failfast.findings import split_lines
from in_process import parse_as_flake8, run_plugin, sweep

INSTALLED_PACKAGES = frozenset({"site-packages", "dist-packages"})

HANDLER_TEMPLATE = "try:\n    import m\n    from .pkg import thing\nexcept ImportError:\n{handler}\n"


def stdlib_files() -> list[Path]:
    """The running interpreter's standard library, test suites included, without installed packages."""
    files: list[Path] = []
    for directory, subdirs, names in os.walk(sysconfig.get_paths()["stdlib"]):
        subdirs[:] = sorted(d for d in subdirs if d not in INSTALLED_PACKAGES)
        files.extend(Path(directory, name) for name in sorted(names) if name.endswith(".py"))
    return files


def test_every_standard_library_file_is_checked_without_an_exception() -> None:
    result = sweep(stdlib_files())
    assert result.crashes == []
    assert result.malformed == []
    assert result.checked > 700, result
    assert result.reports > 0, "the standard library masks some failed imports"


def plugin_on(source: str, filename: str) -> list[tuple[int, int, str]]:
    lines = split_lines(source)
    tree = parse_as_flake8(lines)
    if tree is None:
        raise SyntaxError("not parsable")
    return [(line, col, message) for line, col, message, _ in run_plugin(tree, lines, filename)]


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(hypothesmith.from_grammar(auto_target=False))
def test_generated_programs_never_raise(source: str) -> None:
    try:
        plugin_on(source, "generated.py")
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
    for line, col, message in plugin_on(source, "pkg/mod.py"):
        assert (line, col) == (4, 0), message
