"""The cheap search: which lines are looked at, and that every line ending maps them alike."""

from __future__ import annotations

import ast
import textwrap

import pytest

from flake8_failfast.candidates import find_candidates, marked_lines
from flake8_failfast.pipeline import split_lines

SOURCE = textwrap.dedent(
    """\
    import os
    try:
        x = 1
    except ImportError:
        pass
    try: import yaml
    except ImportError:
        yaml = None
    with suppress(ImportError):
        w = 2
    try:
        y = 2
    except Exception:
        pass
    """
)


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_no_line_below_the_last_import_is_marked_whatever_ends_the_lines(ending: str) -> None:
    lines = split_lines(SOURCE.replace("\n", ending))
    assert marked_lines(lines) == [2, 6]


def test_a_file_without_import_has_no_mark() -> None:
    assert marked_lines(split_lines("try:\n    x = 1\nexcept ImportError:\n    pass\n")) == []


def test_the_candidate_on_the_last_import_line_is_found() -> None:
    lines = split_lines(SOURCE)
    assert [c.first_line for c in find_candidates(ast.parse(SOURCE), lines)] == [6]
