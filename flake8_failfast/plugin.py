"""The flake8 adapter: registers the options, turns findings into flake8 tuples."""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterator, Sequence
from typing import Any

from flake8.options.manager import OptionManager

from flake8_failfast import __version__
from flake8_failfast.codes import DEFAULT_OFF
from flake8_failfast.pipeline import Settings, check, parse_min_python


def _names(values: Sequence[str] | None) -> frozenset[str]:
    return frozenset(v.strip() for v in values or () if v.strip())


def _min_python(text: str) -> tuple[int, int]:
    """argparse type: a bad value is a usage error with flake8's exit status, never a traceback."""
    try:
        return parse_min_python(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from error


class FailFastChecker:
    """flake8 checker: failed imports masked by None, stubs or silence."""

    name = "flake8-failfast"
    version = __version__
    settings = Settings()

    def __init__(self, tree: ast.Module, lines: Sequence[str], filename: str) -> None:
        self.tree = tree
        self.lines = lines
        self.filename = filename

    @staticmethod
    def add_options(manager: OptionManager) -> None:
        manager.add_option(
            "--failfast-first-party",
            default="",
            parse_from_config=True,
            comma_separated_list=True,
            help="Extra top-level module names to treat as first-party (comma-separated).",
        )
        manager.add_option(
            "--failfast-optional-modules",
            default="",
            parse_from_config=True,
            comma_separated_list=True,
            help="Modules (and their submodules) that may be absent by design: reported only where "
            "masking them can hurt.",
        )
        manager.add_option(
            "--failfast-required-modules",
            default="",
            parse_from_config=True,
            comma_separated_list=True,
            help="Modules a healthy install always has, besides the requirements the project's metadata "
            "declares (comma-separated).",
        )
        manager.add_option(
            "--failfast-min-python",
            default="",
            parse_from_config=True,
            type=_min_python,
            help="Oldest Python your code supports (X.Y): standard-library modules added after it may be "
            "absent (default: 3.0).",
        )
        # 0.2's verdict cache saved libcst's work; the analysis no longer uses libcst, so a
        # cache read cost more than it saved. The options stay accepted until 0.4, so
        # that configurations and hook arguments that name them keep working.
        manager.add_option(
            "--failfast-cache-dir",
            default="",
            parse_from_config=True,
            help="Ignored since 0.3 (there is no cache any more); accepted until 0.4.",
        )
        manager.add_option(
            "--failfast-no-cache",
            action="store_true",
            parse_from_config=True,
            help="Ignored since 0.3 (there is no cache any more); accepted until 0.4.",
        )
        manager.extend_default_ignore(DEFAULT_OFF)

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        cls.settings = Settings(
            first_party=_names(options.failfast_first_party),
            optional_modules=_names(options.failfast_optional_modules),
            min_python=options.failfast_min_python,
            required_modules=_names(options.failfast_required_modules),
        )

    def run(self) -> Iterator[tuple[int, int, str, type[Any]]]:
        for finding in check(self.tree, self.lines, self.filename, self.settings):
            yield finding.line, finding.col, finding.message, type(self)
