"""The plugin run in process the way flake8 runs it, and what a well-formed report is.

Shared by the robustness tests and `benchmarks/sweep_environment.py`, so that the
suite's fixed corpus and the by-hand sweep over a whole environment judge alike.
"""

from __future__ import annotations

import ast
import io
import tokenize
import traceback
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from flake8_failfast.codes import CODES
from flake8_failfast.plugin import FailFastChecker


class Report(NamedTuple):
    line: int
    col: int
    message: str
    checker: type


def lines_as_flake8_reads_them(path: Path) -> list[str] | None:
    """The file's lines decoded as flake8 decodes them; None when it cannot be read or decoded."""
    try:
        with tokenize.open(path) as handle:
            return handle.readlines()
    except (SyntaxError, UnicodeDecodeError, OSError):
        return None


def lines_as_flake8_hands_them(source: str) -> list[str]:
    """flake8 decodes files and standard input with universal newlines: a lone CR is a line end, made LF."""
    return io.StringIO(source, newline=None).readlines()


def parse_as_flake8(lines: Sequence[str]) -> ast.Module | None:
    """flake8's tree of the file; None where flake8 reports E999 and never calls plugins."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse("".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def run_plugin(tree: ast.Module, lines: Sequence[str], filename: str) -> list[Report]:
    return [Report(*found) for found in FailFastChecker(tree, lines, filename).run()]


def malformed(report: Report, line_count: int) -> str | None:
    """Why flake8 could not place or attribute `report`; None when it is well formed."""
    line, col, message, checker = report
    if type(line) is not int or not 1 <= line <= line_count:
        return f"line {line!r} outside 1..{line_count}"
    if type(col) is not int or col < 0:
        return f"column {col!r} is not an int >= 0"
    if type(message) is not str or message.split(" ", 1)[0] not in CODES or " " not in message.strip():
        return f"message {message!r} does not start with a known code and a text"
    if checker is not FailFastChecker:
        return f"reported by {checker!r}"
    return None


@dataclass
class Sweep:
    """What checking many files found: counts, and every crash and malformed report in full."""

    checked: int = 0
    skipped: int = 0
    reports: int = 0
    crashes: list[str] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)


def sweep(files: Iterable[Path]) -> Sweep:
    """Run the plugin on each file flake8 would hand it; files flake8 cannot parse are skipped."""
    result = Sweep()
    for path in files:
        lines = lines_as_flake8_reads_them(path)
        tree = None if lines is None else parse_as_flake8(lines)
        if lines is None or tree is None:
            result.skipped += 1
            continue
        result.checked += 1
        try:
            found = run_plugin(tree, lines, str(path))
        except Exception:
            result.crashes.append(f"{path}\n{traceback.format_exc()}")
            continue
        result.reports += len(found)
        for report in found:
            problem = malformed(report, len(lines))
            if problem is not None:
                result.malformed.append(f"{path}:{report.line}:{report.col}: {problem}")
    return result
