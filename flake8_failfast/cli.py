"""The `flake8-failfast` command line: `fix [--diff | --check] PATH...` and `probe PATH_OR_PACKAGE...`."""

from __future__ import annotations

import argparse
import configparser
import difflib
import importlib.util
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import TextIO

from flake8.defaults import EXCLUDE
from flake8.exceptions import ExecutionError
from flake8.options.config import load_config
from flake8.utils import parse_comma_separated_list

from flake8_failfast import __version__
from flake8_failfast.fix.config_select import ConfigSelection, config_list, config_value
from flake8_failfast.pipeline import Settings, parse_min_python
from flake8_failfast.fix.plan import DEFAULT_SELECT, FixResult, UnsafeFix, fix_bytes, select_codes
from flake8_failfast.probe import command as probe_command

OK, CHANGED, ERROR = 0, 1, 2
_STDIN = "-"
_CONFIG_KEYS = {
    "first_party": "failfast-first-party",
    "optional_modules": "failfast-optional-modules",
    "required_modules": "failfast-required-modules",
}


class _UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flake8-failfast",
        description="Rewrite failed imports masked by None, stubs or silence so that they fail fast.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    fix = commands.add_parser(
        "fix",
        help="rewrite the masked imports the plugin reports",
        description=(
            "Remove the None, stub and placeholder fallbacks of failed imports and let the "
            "ImportError propagate. Exit status: 0 nothing to change, 1 changed or would "
            "change, 2 usage error or a file that could not be read or fixed."
        ),
    )
    mode = fix.add_mutually_exclusive_group()
    mode.add_argument("--diff", action="store_true", help="print a unified diff, write nothing")
    mode.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything would change")
    fix.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="CODES",
        help=f"codes or prefixes to fix besides the default {','.join(sorted(DEFAULT_SELECT))} (e.g. FF102)",
    )
    _add_settings_arguments(fix)
    fix.add_argument(
        "--stdin-display-name",
        default=_STDIN,
        metavar="NAME",
        help="the path standard input stands for (decides what is first-party)",
    )
    fix.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for standard input")
    probe = probe_command.add_parser(commands)
    _add_settings_arguments(probe)
    return parser


def _add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that decide what can be absent, as the plugin reads them (the config file otherwise)."""
    parser.add_argument("--failfast-first-party", metavar="NAMES", help="extra first-party top-level names")
    parser.add_argument(
        "--failfast-optional-modules", metavar="MODULES", help="modules that may be absent by design"
    )
    parser.add_argument(
        "--failfast-required-modules", metavar="MODULES", help="modules a healthy install has, besides the declared"
    )
    parser.add_argument("--failfast-min-python", metavar="X.Y", help="oldest Python the code supports")
    parser.add_argument("--config", metavar="PATH", help="flake8 config file to read instead of the discovered one")
    parser.add_argument("--isolated", action="store_true", help="ignore flake8 config files")


def _pyproject_section() -> Mapping[str, object] | None:
    """`[tool.flake8]` of ./pyproject.toml, which flake8 reads only with flake8-pyproject installed.

    That plugin then replaces whatever section the other config files gave.
    """
    if importlib.util.find_spec("flake8p") is None or not os.path.isfile("pyproject.toml"):
        return None
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - flake8-pyproject requires tomli there
        import tomli as tomllib
    try:
        with open("pyproject.toml", "rb") as file:
            section = tomllib.load(file).get("tool", {}).get("flake8")
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise _UsageError(f"pyproject.toml: {error}") from error
    return section if isinstance(section, dict) else None


def _config_section(args: argparse.Namespace) -> Mapping[str, object]:
    """The `[flake8]` section of the config flake8 would read (empty under `--isolated`)."""
    try:
        config, _ = load_config(args.config, [], isolated=args.isolated)
    except (ExecutionError, configparser.Error) as error:
        raise _UsageError(str(error)) from error
    section: Mapping[str, object] = config["flake8"] if config.has_section("flake8") else {}
    if not args.isolated:
        section = _pyproject_section() or section
    return section


def settings_from(args: argparse.Namespace, section: Mapping[str, object]) -> Settings:
    """Command-line options win; otherwise the `[flake8]` section of the config flake8 would read."""
    values: dict[str, frozenset[str]] = {}
    for field, key in _CONFIG_KEYS.items():
        given = getattr(args, "failfast_" + field)
        if given is None:
            given = config_value(section, key)
        values[field] = frozenset(config_list(given))
    min_python = args.failfast_min_python
    if min_python is None:
        min_python = config_value(section, "failfast-min-python")
    try:
        parsed = parse_min_python(str(min_python) if min_python is not None else None)
    except ValueError as error:
        raise _UsageError(str(error)) from error
    return Settings(
        values["first_party"], values["optional_modules"], parsed, required_modules=values["required_modules"]
    )


def config_settings() -> Settings:
    """The settings of the flake8 config in the working directory (the pytest plugin's); ValueError if unreadable."""
    args = argparse.Namespace(
        config=None,
        isolated=False,
        failfast_first_party=None,
        failfast_optional_modules=None,
        failfast_required_modules=None,
        failfast_min_python=None,
    )
    try:
        return settings_from(args, _config_section(args))
    except _UsageError as error:
        raise ValueError(str(error)) from error


def _python_files(path: str) -> Iterator[str]:
    """A named file, or the `*.py` files under a directory (skipping flake8's default excludes)."""
    if not os.path.isdir(path):
        yield path
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not any(_excluded(d, pattern) for pattern in EXCLUDE))
        yield from (os.path.join(root, f) for f in sorted(files) if f.endswith(".py"))


def _excluded(name: str, pattern: str) -> bool:
    return name == pattern or (pattern.startswith("*") and name.endswith(pattern[1:]))


def _report(result: FixResult, display: str, in_place: bool, err: TextIO) -> None:
    for note in result.notes:
        line = note.line if in_place else note.original_line
        print(f"{display}:{line}:{note.col + 1}: not fixed: {note.reason}", file=err)


def _fix_one(
    path: str, args: argparse.Namespace, settings: Settings, select: frozenset[str], config: ConfigSelection
) -> int:
    stdin = path == _STDIN
    display = args.stdin_display_name if stdin else path
    select = config.reported(select, display)
    try:
        data = sys.stdin.buffer.read() if stdin else _read(path)
    except OSError as error:
        print(f"{display}: error: cannot read: {error.strerror or error}", file=sys.stderr)
        return ERROR
    try:
        fixed, result = fix_bytes(data, display, settings, select)
    except SyntaxError as error:
        where = f"{display}:{error.lineno}" if error.lineno else display
        print(f"{where}: error: cannot parse: {error.msg}; file left untouched", file=sys.stderr)
        return ERROR
    except (UnicodeError, LookupError) as error:
        print(f"{display}: error: cannot decode: {error}; file left untouched", file=sys.stderr)
        return ERROR
    except UnsafeFix as error:
        print(f"{display}: error: not fixed: {error}; file left untouched", file=sys.stderr)
        return ERROR
    writes = not (args.diff or args.check)
    _report(result, display, writes, sys.stderr)
    if stdin and writes:
        sys.stdout.buffer.write(fixed)
        sys.stdout.buffer.flush()
    if not result.changed:
        return OK
    if args.diff:
        sys.stdout.writelines(
            difflib.unified_diff(
                result.source.splitlines(keepends=True),
                result.fixed.splitlines(keepends=True),
                fromfile=display,
                tofile=display,
            )
        )
    elif args.check:
        print(f"Would rewrite {display}", file=sys.stderr)
    elif not stdin:
        try:
            with open(path, "wb") as file:
                file.write(fixed)
        except OSError as error:
            print(f"{display}: error: cannot write: {error.strerror or error}", file=sys.stderr)
            return ERROR
        print(f"Rewriting {display}", file=sys.stderr)
    return CHANGED


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; the exit status is the worst of all files (0, 1 or 2)."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return ERROR if exit_.code else OK
    try:
        section = _config_section(args)
        settings = settings_from(args, section)
        if args.command == "probe":
            return probe_command.run(args, settings)
        select = select_codes(code for value in args.select for code in parse_comma_separated_list(value))
        config = ConfigSelection(section)
    except (ValueError, _UsageError) as error:
        print(f"flake8-failfast: error: {error}", file=sys.stderr)
        return ERROR
    status = OK
    for path in args.paths:
        if path != _STDIN and not os.path.exists(path):
            print(f"{path}: error: no such file or directory", file=sys.stderr)
            status = ERROR
            continue
        for file in [path] if path == _STDIN else _python_files(path):
            status = max(status, _fix_one(file, args, settings, select, config))
    return status
