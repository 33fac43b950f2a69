"""Module-level names that stand for a test: flags (`HAS_X`, `HAVE_X = x is not None`) and skip markers.

Found once per module, before the read walk, so that `if HAVE_X:` and
`@needs_x` guard as the tests they stand for (`guards.py` applies them).
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from typing import NamedTuple

from flake8_failfast.judge.facts import Mentions, Text
from flake8_failfast.judge.guards import SKIP_CALLS, Conditions
from flake8_failfast.judge.syntax import Names


class Flag(NamedTuple):
    """A name whose truth tells whether imports worked (`HAS_X`, `HAVE_X = x is not None`)."""

    when_true: Names
    when_false: Names


def derive_flags(module: ast.Module, watched: Names, flags: Mapping[str, Flag]) -> dict[str, Flag]:
    """The given flags, and module-level `HAVE_X = x is not None` and the like as flags too.

    Each assignment is tested with the flags found above it.
    """
    found = dict(flags)
    conditions = Conditions(watched | frozenset(found), found)
    for stmt in module.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            when_true, when_false = conditions.test(stmt.value)
            if (when_true or when_false) and not isinstance(stmt.value, ast.Name):
                found.setdefault(stmt.targets[0].id, Flag(when_true, when_false))
    return found


def skip_markers(module: ast.Module, conditions: Conditions, text: Text | None) -> dict[str, Names]:
    """Module-level `needs_x = pytest.mark.skipif(x is None, ...)`, or a function returning such: the names each guards.

    A function whose lines never spell a skip call returns no marker, and is not walked.
    """
    spelled = Mentions(text, SKIP_CALLS)
    markers: dict[str, Names] = {}
    for stmt in module.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
            guarded = conditions.skip_call(stmt.value)
            for target in stmt.targets:
                if guarded and isinstance(target, ast.Name):
                    markers[target.id] = guarded
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and spelled.spelled_in(stmt):
            returned = [n.value for n in ast.walk(stmt) if isinstance(n, ast.Return) and n.value is not None]
            guards = [conditions.skip_call(value) for value in returned]
            if guards and all(guards):
                markers[stmt.name] = frozenset.intersection(*guards)
    return markers
