"""The files behind the E9 tests of the pre-commit hook and of the documented CI command.

flake8 hands the plugin only what the running Python can read and parse; for
any other file its own E902 or E999 is the only report, and a selection
without E9 hides it. A package that reports FF201 sits beside them, so that
the same run shows the plugin still working.
"""

from __future__ import annotations

import sys

from helpers import syntax_error_report

UNPARSABLE = "def f(:\n"
"""Not Python in any version."""

FF201_PACKAGE = {
    "pkg/__init__.py": "",
    "pkg/extras.py": "VALUE = 1\n",
    "pkg/uses_extras.py": "try:\n    from . import extras\nexcept ImportError:\n    pass\n",
}
"""A swallowed import of a first-party module that has source: FF201 on the `except` line."""
FF201_AT = "pkg/uses_extras.py:3:1: FF201"
CLEAN = "pkg/extras.py"
"""No try/except at all: nothing to report under any classification of the FF codes."""


def newer_syntax() -> str | None:
    """A module in the syntax of a Python newer than the running one, if one is known."""
    if sys.version_info < (3, 12):
        return "type Point = tuple[float, float]\n"  # PEP 695, Python 3.12
    if sys.version_info < (3, 14):
        return "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n"  # PEP 758, Python 3.14
    return None


def unparsable_files() -> dict[str, str]:
    """Files the running Python cannot parse, by name; `newer.py` only where a newer syntax is known."""
    newer = newer_syntax()
    return {"broken.py": UNPARSABLE, **({"newer.py": newer} if newer is not None else {})}


def e999_reports(files: dict[str, str], prefix: str = "") -> list[str]:
    """flake8's E999 line for each of `files`, its path written with `prefix` as flake8 prints it."""
    return [f"{prefix}{name}:{syntax_error_report(source)}" for name, source in sorted(files.items())]


def without_ff_messages(lines: list[str]) -> list[str]:
    """Report lines with each FF message cut after its code: these tests are about which reports appear."""
    cut = []
    for line in lines:
        place, code, *_ = line.split(" ", 2)
        cut.append(f"{place} {code}" if code.startswith("FF") else line)
    return cut
