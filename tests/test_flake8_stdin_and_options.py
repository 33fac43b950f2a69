"""Standard input and the command-line options, through the real flake8 executable."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import TESTDATA, run_flake8

MASKED_ABSOLUTE = (
    "try:\n"
    "    from websocket_core.state_machine import get_connection_state_machine\n"
    "except ImportError:\n"
    "    get_connection_state_machine = None\n"
)


def test_stdin_uses_the_display_name_for_first_party_detection() -> None:
    result = run_flake8(
        "--isolated", "--select=FF", "-", "--stdin-display-name=websocket_core/__init__.py",
        cwd=TESTDATA, stdin=MASKED_ABSOLUTE,
    )
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        "websocket_core/__init__.py:3:1: FF101 failed import of 'websocket_core.state_machine' is masked: "
        "'get_connection_state_machine' set to None; 'websocket_core.state_machine' cannot be absent; "
        "let the ImportError propagate"
    ]


def test_stdin_outside_a_package_is_third_party(tmp_path: Path) -> None:
    result = run_flake8(
        "--isolated", "--select=FF", "-", "--stdin-display-name=loose.py", cwd=tmp_path, stdin=MASKED_ABSOLUTE
    )
    assert result.stdout.splitlines() == [
        "loose.py:3:1: FF103 failed import of 'websocket_core.state_machine' is masked: "
        "'get_connection_state_machine' set to None; 'websocket_core.state_machine' is third-party; "
        "re-raise unless exc.name is the missing module, to fail fast when it is installed but broken"
    ]


def test_stdin_never_reopens_the_display_name(tmp_path: Path) -> None:
    (tmp_path / "on_disk.py").write_text("x = 1\n")
    result = run_flake8(
        "--isolated", "--select=FF", "-", "--stdin-display-name=on_disk.py", cwd=tmp_path, stdin=MASKED_ABSOLUTE
    )
    assert [line.split(": ", 1)[1][:5] for line in result.stdout.splitlines()] == ["FF103"]


def test_first_party_option_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "mod.py").write_text(MASKED_ABSOLUTE)
    result = run_flake8(
        "--isolated", "--select=FF", "--failfast-first-party=other,websocket_core", "mod.py", cwd=tmp_path
    )
    assert [line.split(" ", 2)[1] for line in result.stdout.splitlines()] == ["FF101"]


def test_optional_modules_option_accepts_the_module_and_its_submodules(tmp_path: Path) -> None:
    (tmp_path / "mod.py").write_text(MASKED_ABSOLUTE)
    first_party = "--failfast-first-party=websocket_core"
    for optional in ("websocket_core", "websocket_core.state_machine"):
        result = run_flake8(
            "--isolated", first_party, f"--failfast-optional-modules={optional}", "mod.py", cwd=tmp_path
        )
        assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
        result = run_flake8(
            "--isolated", "--select=FF", first_party, f"--failfast-optional-modules={optional}", "mod.py", cwd=tmp_path
        )
        assert [line.split(" ", 2)[1] for line in result.stdout.splitlines()] == ["FF103"]
    result = run_flake8("--isolated", first_party, "--failfast-optional-modules=websocket", "mod.py", cwd=tmp_path)
    assert [line.split(" ", 2)[1] for line in result.stdout.splitlines()] == ["FF101"]


def test_min_python_option_and_its_errors(tmp_path: Path) -> None:
    (tmp_path / "mod.py").write_text("try:\n    import tomllib\nexcept ImportError:\n    tomllib = None\n")
    result = run_flake8("--isolated", "--select=FF", "mod.py", cwd=tmp_path)
    assert [line.split(" ", 2)[1] for line in result.stdout.splitlines()] == ["FF103"]
    result = run_flake8("--isolated", "--select=FF", "--failfast-min-python=3.11", "mod.py", cwd=tmp_path)
    assert [line.split(" ", 2)[1] for line in result.stdout.splitlines()] == ["FF101"]
    result = run_flake8("--isolated", "--failfast-min-python=eleven", "mod.py", cwd=tmp_path)
    assert result.returncode != 0 and result.stdout == ""
    assert "--failfast-min-python must look like 3.9, not 'eleven'" in result.stderr
    assert "Traceback" not in result.stderr


def test_plugin_is_registered_with_its_version() -> None:
    from flake8_failfast import __version__

    result = run_flake8("--version")
    assert f"flake8-failfast: {__version__}" in result.stdout


MASKED_LOOSE = "try:\n    import yaml\nexcept ImportError:\n    yaml = None\n\nyaml.safe_load('')\n"


def test_the_removed_cache_options_are_accepted_and_change_nothing(tmp_path: Path) -> None:
    """0.2's cache options, on the command line, in a config file or as the variable, keep working until 0.4."""
    (tmp_path / "a.py").write_text(MASKED_LOOSE)
    plain = run_flake8("--isolated", "a.py", cwd=tmp_path)
    assert ": FF102 " in plain.stdout and plain.stderr == ""
    cache = tmp_path / "cache"
    old_ways = [
        run_flake8("--isolated", "--failfast-no-cache", "a.py", cwd=tmp_path),
        run_flake8("--isolated", f"--failfast-cache-dir={cache}", "a.py", cwd=tmp_path),
        run_flake8("--isolated", "a.py", cwd=tmp_path, env={**os.environ, "FLAKE8_FAILFAST_CACHE_DIR": str(cache)}),
    ]
    (tmp_path / "setup.cfg").write_text(f"[flake8]\nfailfast-cache-dir = {cache}\nfailfast-no-cache = true\n")
    old_ways.append(run_flake8("a.py", cwd=tmp_path))
    for result in old_ways:
        assert (result.stdout, result.stderr, result.returncode) == (plain.stdout, "", 1)
    assert not cache.exists()


def test_the_settings_reach_flake8_s_worker_processes(tmp_path: Path) -> None:
    """With --jobs, each worker process judges with the options the main process parsed."""
    files = []
    for name in "abcd":
        (tmp_path / f"{name}.py").write_text(MASKED_LOOSE.replace("yaml", f"yaml_{name}"))
        files.append(f"{name}.py")
    required = "--failfast-required-modules=yaml_a,yaml_b,yaml_c,yaml_d"
    alone = run_flake8("--isolated", "--jobs=1", "--select=FF", required, *files, cwd=tmp_path)
    workers = run_flake8("--isolated", "--jobs=2", "--select=FF", required, *files, cwd=tmp_path)
    default = run_flake8("--isolated", "--jobs=2", "--select=FF", *files, cwd=tmp_path)
    assert workers.stdout == alone.stdout and workers.stderr == ""
    assert workers.stdout != default.stdout
    assert workers.stdout.count(": FF101 ") == 4
