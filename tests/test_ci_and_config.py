"""The CI lint stage: real flake8 in a project directory, its config read from every place users keep it.

flake8 runs with cwd set to the project (never `--isolated`): the config is the
point. Each config file sets both `failfast-*` options, a `per-file-ignores`
entry and `extend-select = FF203`; the reports must change accordingly, with
one worker process or two.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from e9_cases import FF201_AT, FF201_PACKAGE, e999_reports, unparsable_files, without_ff_messages
from helpers import DOCS, markdown_blocks, run_flake8, write_tree

TREE = {
    "app/__init__.py": '''"""The application package."""

try:
    from .engine import run
except ImportError:
    run = None

__all__ = ["run"]
''',
    "app/engine.py": '''"""The engine."""


def run() -> None:
    """Start the engine."""
''',
    "app/plugins.py": '''"""Extra plugins: absent by design, once configured."""

EXTRA = 1
''',
    "app/optional.py": '''"""Own source: it cannot be absent, until the config says so."""

try:
    from .plugins import EXTRA  # noqa: F401
except ImportError:
    EXTRA = None
''',
    "app/corelink.py": '''"""corelib: third-party and exported, until configured."""

try:
    import corelib
except ImportError:
    corelib = None

__all__ = ["corelib"]
''',
    "app/compat.py": '''"""zoneinfo (3.9+): a version shim, until configured."""

try:
    import zoneinfo  # noqa: F401
except ImportError:
    zoneinfo = None
''',
    "app/legacy.py": '''"""Known and accepted through per-file-ignores, once configured."""

try:
    from .engine import run
except ImportError:
    run = None

__all__ = ["run"]
''',
    "app/swallow.py": '''"""Swallowed third-party import nothing reads: FF203, off."""

try:
    import toml  # noqa: F401
except ImportError:
    pass
''',
}

RUN_NONE = (
    "FF101 failed import of '.engine' is masked: 'run' set to None; '.engine' cannot be absent; "
    "let the ImportError propagate"
)
UNCONFIGURED = [
    f"./app/__init__.py:5:1: {RUN_NONE}",
    "./app/corelink.py:5:1: FF102 failed import of 'corelib' is masked: 'corelib' set to None; "
    "exported in __all__; let the ImportError propagate",
    f"./app/legacy.py:5:1: {RUN_NONE}",
    "./app/optional.py:5:1: FF101 failed import of '.plugins' is masked: 'EXTRA' set to None; "
    "'.plugins' cannot be absent; let the ImportError propagate",
]
HANDLED = "re-raise unless exc.name is the missing module, to fail fast when it is installed but broken"
CONFIGURED = [
    f"./app/__init__.py:5:1: {RUN_NONE}",
    "./app/compat.py:5:1: FF101 failed import of 'zoneinfo' is masked: 'zoneinfo' set to None; "
    "'zoneinfo' cannot be absent; let the ImportError propagate",
    "./app/corelink.py:5:1: FF101 failed import of 'corelib' is masked: 'corelib' set to None; "
    "'corelib' cannot be absent; let the ImportError propagate",
    "./app/swallow.py:5:1: FF203 failed import of 'toml' is silently swallowed: 'toml' left unbound; "
    f"'toml' is third-party; {HANDLED}",
]
OFF_BY_DEFAULT = [
    "./app/compat.py:5:1: FF103 failed import of 'zoneinfo' is masked: 'zoneinfo' set to None; "
    f"'zoneinfo' is new in Python 3.9; {HANDLED}",
    CONFIGURED[-1],
]

INI = """[flake8]
failfast-optional-modules = app.plugins
failfast-first-party = corelib
failfast-min-python = 3.9
extend-select = FF203
per-file-ignores =
    app/legacy.py: FF101
"""
PYPROJECT = """[project]
name = "app"
version = "1"

[tool.flake8]
failfast-optional-modules = ["app.plugins"]
failfast-first-party = ["corelib"]
failfast-min-python = "3.9"
extend-select = ["FF203"]
per-file-ignores = ["app/legacy.py: FF101"]
"""
CONFIG_PLACES = {
    "setup.cfg": INI,
    "tox.ini": INI,
    ".flake8": INI,
    "pyproject.toml": PYPROJECT,  # read through the flake8-pyproject plugin
}


def reports(cwd: Path, *args: str, status: int = 1) -> list[str]:
    """flake8's report lines in `cwd`, after checking its exit status and its silence on stderr."""
    result = run_flake8(*args, cwd=cwd)
    assert (result.returncode, result.stderr) == (status, ""), result.stdout + result.stderr
    return result.stdout.splitlines()


def test_without_config_the_defaults_apply(tmp_path: Path) -> None:
    write_tree(tmp_path, TREE)
    assert reports(tmp_path, "--jobs=1") == UNCONFIGURED


@pytest.mark.parametrize("jobs", ["--jobs=1", "--jobs=2"])
@pytest.mark.parametrize("place", sorted(CONFIG_PLACES))
def test_options_from_each_config_place(tmp_path: Path, place: str, jobs: str) -> None:
    write_tree(tmp_path, {**TREE, place: CONFIG_PLACES[place]})
    assert reports(tmp_path, jobs) == CONFIGURED


def test_two_jobs_report_what_one_job_reports(tmp_path: Path) -> None:
    """Options parsed in the main process must reach the checker in every worker process."""
    parts = [f"app/part{n}" for n in range(4)]
    copies = {
        f"{part}/{name.removeprefix('app/')}": text.replace("from .", "from ..")
        for part in parts
        for name, text in TREE.items()
    }
    config = INI.replace("app/legacy.py", "app/*legacy.py")
    write_tree(tmp_path, {**TREE, **copies, ".flake8": config})
    in_parts = [
        line.replace("./app/", f"./{part}/").replace("'.engine'", "'..engine'").replace("'.plugins'", "'..plugins'")
        for part in parts
        for line in CONFIGURED
    ]

    one = reports(tmp_path, "--jobs=1")
    assert one == sorted(CONFIGURED + in_parts)
    assert reports(tmp_path, "--jobs=2") == one


def test_exit_status_fails_the_job_only_on_reports(tmp_path: Path) -> None:
    """What the README's CI section promises: 1 with reports, 0 without, 0 always under --exit-zero."""
    write_tree(tmp_path, TREE)
    assert reports(tmp_path, "--exit-zero", status=0) == UNCONFIGURED
    for path in (tmp_path / "app").glob("*.py"):
        fixed = re.sub(r"\n    \w+ = None\n", "\n    raise\n", path.read_text(encoding="utf-8"))
        path.write_text(fixed, encoding="utf-8")
    assert reports(tmp_path, status=0) == []


def test_select_ff_turns_on_the_default_off_codes_too(tmp_path: Path) -> None:
    """Why the pre-commit hook names its FF codes: an explicit `--select=FF` beats the default ignore."""
    write_tree(tmp_path, TREE)
    assert reports(tmp_path, "--select=FF101,FF102,FF201,FF202") == UNCONFIGURED
    assert reports(tmp_path, "--select=FF") == sorted(UNCONFIGURED + OFF_BY_DEFAULT)


INTEGRATIONS = DOCS / "integrations.md"
DOCS_TREE = {
    **{("legacy/old.py" if name == "app/legacy.py" else name): text for name, text in TREE.items()},
    "legacy/engine.py": TREE["app/engine.py"],
}


@pytest.mark.parametrize(("place", "language"), [("setup.cfg", "ini"), ("pyproject.toml", "toml")])
def test_the_documented_config_examples_work_as_written(tmp_path: Path, place: str, language: str) -> None:
    (example,) = markdown_blocks(INTEGRATIONS, "Configuration files", language)
    write_tree(tmp_path, {**DOCS_TREE, place: example})
    assert reports(tmp_path) == CONFIGURED


def documented_ci_command() -> list[str]:
    """The flake8 command of the documented GitLab job, which names its selection."""
    (job,) = (block for block in markdown_blocks(INTEGRATIONS, "CI", "yaml") if "script:" in block)
    (command,) = re.findall(r"^ *- (flake8 .*?)(?: +#.*)?$", job, flags=re.MULTILINE)
    return shlex.split(command)


def test_the_documented_ci_command_fails_on_files_python_cannot_parse_or_read(tmp_path: Path) -> None:
    """E999 and E902 are flake8's own reports: the documented selection must keep them, beside FF201."""
    program, *args = documented_ci_command()
    assert (program, args[-1]) == ("flake8", ".")
    unparsable = unparsable_files()
    write_tree(tmp_path, {**FF201_PACKAGE, **unparsable})
    (tmp_path / "gone.py").symlink_to("generated.py")  # walked into like any file, and cannot be opened
    assert without_ff_messages(reports(tmp_path, *args)) == sorted(
        [
            *e999_reports(unparsable, prefix="./"),
            "./gone.py:0:1: E902 FileNotFoundError: [Errno 2] No such file or directory: './gone.py'",
            f"./{FF201_AT}",
        ]
    )

    for name in ["gone.py", "pkg/uses_extras.py", *unparsable]:
        (tmp_path / name).unlink()
    assert reports(tmp_path, *args, status=0) == []
