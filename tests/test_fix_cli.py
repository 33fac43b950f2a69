"""`flake8-failfast fix` as users run it: subprocesses of the module and of the console script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flake8_failfast import cli
from flake8_failfast.fix import plan as fix_module
from flake8_failfast.fix.rewrite import Rewrite
from helpers import add_first_party_sources, git, git_env, run_flake8

MASKED = "try:\n    from . import engine\nexcept ImportError:\n    engine = None\n"
FIXED = "from . import engine\n"
CLEAN = "import os\n"
DIFF = (
    "--- {path}\n+++ {path}\n@@ -1,4 +1 @@\n"
    "-try:\n-    from . import engine\n-except ImportError:\n-    engine = None\n+from . import engine\n"
)


def console_script() -> str:
    found = shutil.which("flake8-failfast", path=str(Path(sys.executable).parent)) or shutil.which("flake8-failfast")
    assert found is not None, "the flake8-failfast console script is not installed"
    return found


def fix(*args: str, cwd: Path, stdin: bytes = b"", script: bool = False) -> subprocess.CompletedProcess[bytes]:
    command = [console_script()] if script else [sys.executable, "-m", "flake8_failfast"]
    return subprocess.run(
        [*command, "fix", *args], cwd=cwd, input=stdin, capture_output=True, timeout=120, check=False
    )


def write(path: Path, text: str) -> Path:
    """Write a module, and beside it the first-party modules it imports (they cannot be absent)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode())
    if path.suffix == ".py":
        add_first_party_sources(path.parent, text.encode())
    return path


@pytest.mark.parametrize("script", [False, True], ids=["module", "console-script"])
def test_rewrites_in_place_then_has_nothing_to_do(tmp_path: Path, script: bool) -> None:
    write(tmp_path / "m.py", MASKED)
    first = fix("m.py", cwd=tmp_path, script=script)
    assert (first.returncode, first.stdout, first.stderr) == (1, b"", b"Rewriting m.py\n")
    assert (tmp_path / "m.py").read_text() == FIXED
    second = fix("m.py", cwd=tmp_path, script=script)
    assert (second.returncode, second.stdout, second.stderr) == (0, b"", b"")


def test_diff_prints_and_writes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "m.py", MASKED)
    result = fix("--diff", "m.py", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, b"")
    assert result.stdout.decode() == DIFF.format(path="m.py")
    assert (tmp_path / "m.py").read_text() == MASKED


def test_check_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    write(tmp_path / "m.py", MASKED)
    write(tmp_path / "ok.py", CLEAN)
    result = fix("--check", "m.py", "ok.py", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (1, b"", b"Would rewrite m.py\n")
    assert (tmp_path / "m.py").read_text() == MASKED
    assert fix("--check", "ok.py", cwd=tmp_path).returncode == 0


def test_stdin_to_stdout(tmp_path: Path) -> None:
    result = fix("-", cwd=tmp_path, stdin=MASKED.encode())
    assert (result.returncode, result.stdout, result.stderr) == (1, FIXED.encode(), b"")
    clean = fix("-", cwd=tmp_path, stdin=CLEAN.encode())
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, CLEAN.encode(), b"")


def test_stdin_with_diff_and_check(tmp_path: Path) -> None:
    diff = fix("--diff", "-", cwd=tmp_path, stdin=MASKED.encode())
    assert (diff.returncode, diff.stdout.decode()) == (1, DIFF.format(path="-"))
    check = fix("--check", "-", cwd=tmp_path, stdin=MASKED.encode())
    assert (check.returncode, check.stdout, check.stderr) == (1, b"", b"Would rewrite -\n")


def test_stdin_display_name_decides_first_party(tmp_path: Path) -> None:
    write(tmp_path / "pkg" / "__init__.py", "")
    source = b"try:\n    from pkg import engine\nexcept ImportError:\n    engine = None\n"
    third_party = fix("-", cwd=tmp_path, stdin=source)
    assert (third_party.returncode, third_party.stdout) == (0, source)
    first_party = fix("--stdin-display-name=pkg/m.py", "-", cwd=tmp_path, stdin=source)
    assert (first_party.returncode, first_party.stdout) == (1, b"from pkg import engine\n")


def test_crlf_stays_crlf(tmp_path: Path) -> None:
    path = write(tmp_path / "m.py", MASKED)
    path.write_bytes(MASKED.replace("\n", "\r\n").encode() + b"x = 1\r\n")
    assert fix("m.py", cwd=tmp_path).returncode == 1
    assert path.read_bytes() == b"from . import engine\r\nx = 1\r\n"


def test_directories_are_walked_for_python_files(tmp_path: Path) -> None:
    write(tmp_path / "src" / "a.py", MASKED)
    write(tmp_path / "src" / "sub" / "b.py", MASKED)
    write(tmp_path / "src" / "sub" / "c.txt", MASKED)
    write(tmp_path / "src" / ".git" / "d.py", MASKED)
    write(tmp_path / "src" / "__pycache__" / "e.py", MASKED)
    result = fix("src", cwd=tmp_path)
    a, b = os.path.join("src", "a.py"), os.path.join("src", "sub", "b.py")
    assert (result.returncode, result.stderr.decode()) == (1, f"Rewriting {a}\nRewriting {b}\n")
    assert (tmp_path / "src" / "sub" / "c.txt").read_text() == MASKED
    assert (tmp_path / "src" / ".git" / "d.py").read_text() == MASKED


def test_left_alone_handler_is_named_with_its_line(tmp_path: Path) -> None:
    write(tmp_path / "m.py", "import json\n" + MASKED.replace("engine = None", "engine = json"))
    write(tmp_path / "n.py", "x = 1\ntry:\n    from . import a, b\nexcept ImportError:\n    a = None\n    b = x\n")
    result = fix("m.py", "n.py", cwd=tmp_path)
    assert (result.returncode, result.stderr.decode()) == (
        0,
        "n.py:4:1: not fixed: the handler gives 'b' a real fallback; decide there by hand\n",
    )


def test_missing_undecodable_and_unparsable_files_exit_2_and_others_are_fixed(tmp_path: Path) -> None:
    write(tmp_path / "a.py", MASKED)
    (tmp_path / "bad_cookie.py").write_bytes(b"# coding: klingon\n")
    (tmp_path / "bad_encoding.py").write_bytes(b"x = 1\ny = 2\nz = '\xff'\n")
    (tmp_path / "broken.py").write_bytes(b"def f(:\n")
    write(tmp_path / "z.py", MASKED)
    result = fix("a.py", "missing.py", "bad_cookie.py", "bad_encoding.py", "broken.py", "z.py", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "Rewriting a.py",
        "missing.py: error: no such file or directory",
        "bad_cookie.py: error: cannot decode: unknown encoding: klingon; file left untouched",
        "bad_encoding.py: error: cannot decode: 'utf-8' codec can't decode byte 0xff in position 17: "
        "invalid start byte; file left untouched",
        "broken.py:1: error: cannot parse: invalid syntax; file left untouched",
        "Rewriting z.py",
    ]
    assert (tmp_path / "z.py").read_text() == FIXED
    assert (tmp_path / "broken.py").read_text() == "def f(:\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.py", MASKED)
    path.chmod(0)
    try:
        result = fix("secret.py", cwd=tmp_path)
    finally:
        path.chmod(0o644)
    assert (result.returncode, result.stderr) == (2, b"secret.py: error: cannot read: Permission denied\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--diff", "--check", "m.py"], b"not allowed with argument", id="diff-and-check"),
        pytest.param([], b"the following arguments are required: PATH", id="no-path"),
        pytest.param(["--select=E501", "m.py"], b"unknown code 'E501'", id="unknown-code"),
        pytest.param(["--config=nowhere.cfg", "m.py"], b"The specified config file does not exist", id="no-config"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: bytes) -> None:
    write(tmp_path / "m.py", MASKED)
    result = fix(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert (tmp_path / "m.py").read_text() == MASKED


def test_missing_subcommand_exits_2(tmp_path: Path) -> None:
    result = subprocess.run([console_script()], cwd=tmp_path, capture_output=True, timeout=60, check=False)
    assert result.returncode == 2 and b"COMMAND" in result.stderr


@pytest.mark.parametrize("config", ["setup.cfg", "tox.ini", ".flake8"])
def test_options_come_from_the_flake8_config_like_the_plugin(tmp_path: Path, config: str) -> None:
    write(tmp_path / config, "[flake8]\nfailfast-first-party = acme\nfailfast_optional_modules = acme.extras\n")
    source = (
        "try:\n    from acme import core\nexcept ImportError:\n    core = None\n"
        "try:\n    from acme.extras import extra\nexcept ImportError:\n    extra = None\n"
    )
    write(tmp_path / "m.py", source)
    fixed = "from acme import core\n" + source.split("\n", 4)[4]
    assert fix("--diff", "--isolated", "m.py", cwd=tmp_path).returncode == 0
    assert fix("m.py", cwd=tmp_path).returncode == 1
    assert (tmp_path / "m.py").read_text() == fixed


def test_command_line_options_win_over_the_config(tmp_path: Path) -> None:
    write(tmp_path / "setup.cfg", "[flake8]\nfailfast-first-party = acme\n")
    write(tmp_path / "m.py", "try:\n    import other\nexcept ImportError:\n    other = None\n")
    result = fix("--check", "--failfast-first-party=other", "m.py", cwd=tmp_path)
    assert result.returncode == 1
    assert fix("--check", "--failfast-first-party=", "m.py", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(
    ("config", "fixed"),
    [
        pytest.param("", {"app/core.py", "app/legacy/old.py", "app/swallowed.py"}, id="no-config"),
        pytest.param("extend-ignore = FF2\n", {"app/core.py", "app/legacy/old.py"}, id="extend-ignore"),
        pytest.param("ignore = FF101\n", {"app/swallowed.py"}, id="ignore"),
        pytest.param("select = E,W\n", set(), id="select-without-FF"),
        pytest.param("select = E,F,W\n", {"app/core.py", "app/legacy/old.py", "app/swallowed.py"}, id="F-selects-FF"),
        pytest.param("per-file-ignores =\n    app/legacy/*: FF1\n", {"app/core.py", "app/swallowed.py"}, id="per-file"),
        pytest.param(
            "per-file-ignores =\n    app/*: FF2\n    app/legacy/*: FF1\n",
            {"app/core.py"},
            id="most-specific-per-file",
        ),
    ],
)
def test_the_fixer_skips_what_the_flake8_config_does_not_report(tmp_path: Path, config: str, fixed: set[str]) -> None:
    """The same config, read by real flake8 and by the fixer: a file is rewritten exactly where flake8 reports."""
    write(tmp_path / "setup.cfg", "[flake8]\n" + config)
    files = {
        "app/core.py": MASKED,
        "app/legacy/old.py": MASKED,
        "app/swallowed.py": "try:\n    from . import engine\nexcept ImportError:\n    pass\n",
    }
    for name, text in files.items():
        write(tmp_path / name, text)
    reported = run_flake8(*files, cwd=tmp_path)
    flagged = {line.split(":", 1)[0] for line in reported.stdout.splitlines() if ": FF" in line}
    assert flagged == fixed, reported.stdout
    fix("app", cwd=tmp_path)
    assert {name for name, text in files.items() if (tmp_path / name).read_text() != text} == fixed


def test_select_widens_to_optional_imports(tmp_path: Path) -> None:
    write(tmp_path / "m.py", "try:\n    import yaml\nexcept ImportError:\n    yaml = None\nyaml.load\n")
    assert fix("--check", "m.py", cwd=tmp_path).returncode == 0
    result = fix("--select", "FF102", "m.py", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "m.py").read_text() == "import yaml\nyaml.load\n"


def test_read_errors_exit_2_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The unreadable-file path even where the tests run as root (who can read any file)."""

    def refuse(path: str) -> bytes:
        raise PermissionError(13, "Permission denied", path)

    write(tmp_path / "m.py", MASKED)
    monkeypatch.setattr(cli, "_read", refuse)
    assert cli.main(["fix", "--isolated", str(tmp_path / "m.py")]) == 2
    assert capsys.readouterr().err == f"{tmp_path / 'm.py'}: error: cannot read: Permission denied\n"


def test_an_unsafe_rewrite_leaves_the_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "m.py", MASKED)
    broken = Rewrite("engine = (\n")
    monkeypatch.setattr(fix_module, "rewrite_statement", lambda text, indices, parsed, guard, runs_more: broken)
    assert cli.main(["fix", "--isolated", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"{path}: error: not fixed: the rewrite would not parse: '(' was never closed (line 1); file left untouched\n"
    )
    assert path.read_text() == MASKED


def test_pyproject_options_with_flake8_pyproject_agree_with_flake8(tmp_path: Path) -> None:
    """With flake8-pyproject installed, flake8 reads `[tool.flake8]`: so does the fixer."""
    pytest.importorskip("flake8p")
    write(tmp_path / "pyproject.toml", '[tool.flake8]\nfailfast-first-party = ["acme"]\n')
    write(tmp_path / "m.py", "try:\n    from acme import core\nexcept ImportError:\n    core = None\n")
    linted = run_flake8("--select=FF", "m.py", cwd=tmp_path)
    assert linted.stdout.startswith("m.py:3:1: FF101 "), linted
    assert fix("m.py", cwd=tmp_path).returncode == 1
    assert (tmp_path / "m.py").read_text() == "from acme import core\n"
    assert run_flake8("--select=FF", "m.py", cwd=tmp_path).stdout == ""


def test_precommit_hook_rewrites_and_then_passes(tmp_path: Path) -> None:
    """`pre-commit try-repo` installs the `flake8-failfast-fix` hook from this checkout and runs it."""
    root = Path(__file__).resolve().parent.parent
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    if pre_commit is None:
        pytest.fail("pre-commit is not installed beside the running interpreter: pip install -e '.[test]'")
    if not (root / ".git").exists():
        pytest.skip("pre-commit try-repo needs this checkout to be a git repository")
    env = {**git_env(), "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    repo = tmp_path / "repo"
    write(repo / "pkg" / "__init__.py", MASKED)
    for args in (["init", "--quiet"], ["add", "."]):
        git(repo, *args, env=env)

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [pre_commit, "try-repo", str(root), "flake8-failfast-fix", "--all-files", "--color=never"],
            cwd=repo, env=env, capture_output=True, text=True, timeout=600, check=False,
        )

    first = run()
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Rewriting pkg/__init__.py" in first.stdout and "files were modified by this hook" in first.stdout
    assert (repo / "pkg" / "__init__.py").read_text() == FIXED
    second = run()
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout


def test_python_warnings_about_the_checked_code_stay_quiet(tmp_path: Path) -> None:
    write(tmp_path / "m.py", 'pattern = "\\d"\nif pattern is 1:\n    pass\n' + MASKED)
    result = subprocess.run(
        [sys.executable, "-W", "default", "-m", "flake8_failfast", "fix", "m.py"],
        cwd=tmp_path, capture_output=True, timeout=120, check=False,
    )
    assert (result.returncode, result.stderr) == (1, b"Rewriting m.py\n")
