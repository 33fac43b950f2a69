"""The plugin never crashes flake8: the standard library, and generated programs.

The sweep over every file installed in an environment is a script,
`benchmarks/sweep_environment.py`, run by hand when the analysis changes: its
cost and coverage depend on what happens to be installed.
"""

from __future__ import annotations

import os
import sysconfig
import textwrap
from pathlib import Path

import hypothesmith
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from in_process import lines_as_flake8_hands_them, malformed, parse_as_flake8, run_plugin, sweep

INSTALLED_PACKAGES = frozenset({"site-packages", "dist-packages"})

GENERATED = settings(
    max_examples=150,
    deadline=None,
    # too_slow is the one timing check: as with deadline=None, time on a shared machine says nothing about this code.
    suppress_health_check=[HealthCheck.too_slow],
)

PROBE = "\ntry:\n    from . import _ff_probe\nexcept ImportError:\n    _ff_probe = None\n"
"""A masked import, appended to each generated program: it must be reported once, on its `except` line."""

HANDLER_TEMPLATE = "try:\n    import m\n    from .pkg import thing\nexcept ImportError:\n{handler}\n"
"""The generated body goes in the handler after a `pass`, so that a body of only comments still parses."""


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


@GENERATED
@given(hypothesmith.from_grammar(auto_target=False))
def test_generated_programs_get_only_well_formed_reports(program: str) -> None:
    lines = lines_as_flake8_hands_them(program.rstrip("\n") + "\n" + PROBE)
    tree = parse_as_flake8(lines)
    assume(tree is not None)  # flake8 would report E999 and never call the plugin
    assert tree is not None
    reports = run_plugin(tree, lines, "pkg/generated.py")
    assert [malformed(report, len(lines)) for report in reports] == [None] * len(reports), reports
    probe_line = len(lines) - 1
    assert [r.line for r in reports].count(probe_line) == 1, reports


@GENERATED
@given(hypothesmith.from_grammar(auto_target=False), st.sampled_from(["    ", "\t"]))
def test_generated_handlers_are_reported_on_their_except_line_only(body: str, indent: str) -> None:
    handler = textwrap.indent("pass\n" + body, indent, lambda _: True)
    lines = lines_as_flake8_hands_them(HANDLER_TEMPLATE.format(handler=handler))
    tree = parse_as_flake8(lines)
    assume(tree is not None)  # a body that does not fit in a handler: flake8 would report E999
    assert tree is not None
    for report in run_plugin(tree, lines, "pkg/mod.py"):
        assert malformed(report, len(lines)) is None, report
        assert (report.line, report.col) == (4, 0), report
