"""The flake8 adapter: registers the options, turns findings into flake8 tuples."""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from flake8.options.manager import OptionManager

from flake8_failfast import __version__
from flake8_failfast.cache import ENV_VAR, default_directory
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


def _cache_dir(chosen: str | None, off: bool) -> Path | None:
    """The option, else the environment variable, else the user cache directory; None when turned off."""
    if off:
        return None
    if chosen and chosen.strip():
        return Path(chosen.strip()).expanduser().absolute()
    return default_directory()


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
        manager.add_option(
            "--failfast-cache-dir",
            default="",
            parse_from_config=True,
            help=f"Directory of the cache of libcst's verdicts (default: ${ENV_VAR}, else the user cache "
            "directory, e.g. ~/.cache/flake8-failfast).",
        )
        manager.add_option(
            "--failfast-no-cache",
            action="store_true",
            parse_from_config=True,
            help="Do not read or write the cache of libcst's verdicts.",
        )
        manager.extend_default_ignore(DEFAULT_OFF)

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        cls.settings = Settings(
            first_party=_names(options.failfast_first_party),
            optional_modules=_names(options.failfast_optional_modules),
            min_python=options.failfast_min_python,
            cache_dir=_cache_dir(options.failfast_cache_dir, options.failfast_no_cache),
            required_modules=_names(options.failfast_required_modules),
        )

    def run(self) -> Iterator[tuple[int, int, str, type[Any]]]:
        for finding in check(self.tree, self.lines, self.filename, self.settings):
            yield finding.line, finding.col, finding.message, type(self)
