"""The pre-commit hook of this repository, driven by the real `pre-commit` executable.

`pre-commit try-repo` installs the hook from this checkout (uncommitted changes
to tracked files included) into a fresh environment, as a user's pre-commit
would from our repository, and runs it in a throwaway git repository.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml

from e9_cases import CLEAN, FF201_AT, FF201_PACKAGE, e999_reports, unparsable_files, without_ff_messages
from flake8_failfast.codes import CODES
from helpers import DOCS, git, git_env, markdown_blocks, write_tree

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 600
"""Seconds for one pre-commit run; the first one builds the hook's virtualenv from PyPI."""

MASKED = '''"""Chat service connections."""

try:
    from .state_machine import get_connection_state_machine
except ImportError:
    get_connection_state_machine = None
'''
FIXED = '''"""Chat service connections."""

try:
    from .state_machine import get_connection_state_machine
except ImportError as e:
    raise ImportError(f"websocket_core is broken: {e}") from e
'''
FF101 = (
    "websocket_core/__init__.py:5:1: FF101 failed import of '.state_machine' is masked: "
    "'get_connection_state_machine' set to None; '.state_machine' cannot be absent; let the ImportError propagate"
)


def pre_commit() -> str:
    found = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pre-commit is not installed beside the running interpreter: pip install -e '.[test]'")
    return found


def clean_env(home: Path) -> dict[str, str]:
    """This process's environment without git's per-repository variables, pre-commit's cache in `home`.

    A GIT_DIR or GIT_INDEX_FILE inherited from a git hook running the suite
    would point git and pre-commit at the wrong repository.
    """
    return {**git_env(), "PRE_COMMIT_HOME": str(home)}


def try_repo(repo: Path, env: dict[str, str], prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """pre-commit try-repo of our hook in `repo`, run behind the command `prefix` if any."""
    return subprocess.run(
        [*prefix, pre_commit(), "try-repo", str(ROOT), "flake8-failfast", "--all-files", "--color=never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def ff_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": FF" in line]


def report_lines(output: str) -> list[str]:
    """flake8's `path:line:col: CODE message` lines in pre-commit's output."""
    return re.findall(r"^\S+:\d+:\d+: [A-Z]+\d+ .*$", output, flags=re.MULTILINE)


def unreadable(path: Path) -> tuple[str, ...]:
    """Takes every permission off `path`; returns the command prefix under which it cannot be read.

    Root reads any file, so as root the command runs as an unprivileged user in
    a user namespace, where it owns what root owns (git's ownership checks pass).
    Skips the test where the file stays readable.
    """
    path.chmod(0)
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        unshare = shutil.which("unshare")
        if unshare is None:
            pytest.skip("root reads any file, and there is no unshare to drop that")
        prefix = (unshare, "--user", "--map-user=65534", "--map-group=65534")
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import sys; open(sys.argv[1])", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if "PermissionError" not in probe.stderr:
        pytest.skip(f"cannot make a file unreadable here: {probe.stderr.strip() or 'it was read'}")
    return prefix


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if not (ROOT / ".git").exists():
        pytest.skip("pre-commit try-repo needs this checkout to be a git repository")
    repo = tmp_path / "repo"
    (repo / "websocket_core").mkdir(parents=True)
    git(repo, "init", "--quiet")
    return repo


def test_manifest_is_valid() -> None:
    result = subprocess.run(
        [pre_commit(), "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_the_hook_hands_flake8_one_selection_with_e9_and_the_default_on_codes() -> None:
    """The argv pre-commit builds: `entry` split as by a shell, then `args`, read from the manifest as YAML.

    Unquoted, `args: [--select=FF1,FF201]` was a YAML list of two items: flake8
    got `--select=FF1` and a path `FF201`, so FF201 was never selected.
    """
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = (hook for hook in manifest if hook["id"] == "flake8-failfast")
    argv = [*shlex.split(hook["entry"]), *hook["args"]]
    assert argv == ["flake8", "--select=E9,FF101,FF102,FF201,FF202"]
    ff_codes = argv[1].removeprefix("--select=E9,").split(",")
    assert set(ff_codes) <= set(CODES)


def test_hook_fails_on_the_masked_import_and_passes_after_the_fix(repo: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "pre-commit-home")
    package = repo / "websocket_core"
    (package / "state_machine.py").write_text("def get_connection_state_machine() -> None: ...\n")
    (package / "__init__.py").write_text(MASKED)
    git(repo, "add", ".")

    masked = try_repo(repo, env)
    assert masked.returncode == 1, masked.stdout + masked.stderr
    assert ff_lines(masked.stdout) == [FF101]
    assert "flake8-failfast" in masked.stdout and "Failed" in masked.stdout

    (package / "__init__.py").write_text(FIXED)
    git(repo, "add", ".")
    fixed = try_repo(repo, env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert ff_lines(fixed.stdout) == []
    assert "Passed" in fixed.stdout

    (package / "__init__.py").write_text(MASKED)
    (repo / "setup.cfg").write_text("[flake8]\nper-file-ignores =\n    websocket_core/__init__.py: FF101\n")
    git(repo, "add", ".")
    ignored = try_repo(repo, env)
    assert ignored.returncode == 0, ignored.stdout + ignored.stderr
    assert ff_lines(ignored.stdout) == []


def test_hook_fails_on_files_python_cannot_parse_or_read_and_reports_ff201(repo: Path, tmp_path: Path) -> None:
    """E999 and E902 are flake8's own reports: the hook's selection must keep them, beside FF201."""
    env = clean_env(tmp_path / "pre-commit-home")
    unparsable = unparsable_files()
    write_tree(repo, {**FF201_PACKAGE, **unparsable, "locked.py": "VALUE = 1\n"})
    git(repo, "add", ".")
    as_user = unreadable(repo / "locked.py")

    failing = try_repo(repo, env, as_user)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert without_ff_messages(report_lines(failing.stdout)) == sorted(
        [
            *e999_reports(unparsable),
            "locked.py:0:1: E902 PermissionError: [Errno 13] Permission denied: 'locked.py'",
            FF201_AT,
        ]
    )
    assert "Failed" in failing.stdout

    git(repo, "rm", "--quiet", "--force", "locked.py", "pkg/uses_extras.py", *unparsable)
    assert (repo / CLEAN).is_file()
    clean = try_repo(repo, env, as_user)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert report_lines(clean.stdout) == []
    assert "Passed" in clean.stdout


def assert_valid_pre_commit_configs(blocks: list[str], directory: Path) -> None:
    for number, block in enumerate(blocks):
        config = directory / f"config{number}.yaml"
        config.write_text(block, encoding="utf-8")
        result = subprocess.run(
            [pre_commit(), "validate-config", str(config)], capture_output=True, text=True, timeout=120, check=False
        )
        assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_readme_configs_are_valid_and_name_our_hook(tmp_path: Path) -> None:
    blocks = markdown_blocks(ROOT / "README.md", "pre-commit", "yaml")
    assert len(blocks) == 2
    assert_valid_pre_commit_configs(blocks, tmp_path)
    manifest = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.findall(r"^- id: (\S+)$", manifest, flags=re.MULTILINE) == ["flake8-failfast", "flake8-failfast-fix"]
    assert re.findall(r"- id: (\S+)", blocks[1]) == ["flake8-failfast"]


def test_the_fixer_hook_config_in_the_docs_is_valid_and_names_it(tmp_path: Path) -> None:
    (block,) = markdown_blocks(DOCS / "fixing.md", "pre-commit", "yaml")
    assert_valid_pre_commit_configs([block], tmp_path)
    assert re.findall(r"- id: (\S+)", block) == ["flake8-failfast-fix"]
