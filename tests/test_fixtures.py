"""Every fixture in testdata/ through the real flake8: exact code, line, column and message."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

from flake8_failfast.codes import CODES, DEFAULT_OFF
from helpers import TESTDATA, run_flake8, write_tree

FIXTURES = sorted(TESTDATA.glob("FF*.py"))
_EXPECT = re.compile(r"# expect: (\d+): (FF\d{3} .*?)(?=\s+# expect: |$)")
_ARGS = "# flake8-args: "
_REQUIRES = "# requires-python: "


def required_python(path: Path) -> tuple[int, ...]:
    """A fixture whose syntax needs a newer Python says so on its first line."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    return tuple(int(p) for p in first[len(_REQUIRES) :].split(".")) if first.startswith(_REQUIRES) else (3, 10)


def runnable(paths: list[Path]) -> list[object]:
    return [
        pytest.param(
            path,
            id=path.stem,
            marks=pytest.mark.skipif(sys.version_info < required_python(path), reason="newer syntax"),
        )
        for path in paths
    ]


def expected_reports(path: Path) -> list[str]:
    """`<line>:<col>: <message>` for every `# expect: <col>: <message>` comment."""
    reports = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for col, message in _EXPECT.findall(line):
            reports.append(f"{number}:{col}: {message}")
    return reports


def header_args(path: Path) -> list[str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    return shlex.split(first[len(_ARGS):]) if first.startswith(_ARGS) else []


def reported(path: Path, *args: str) -> list[str]:
    result = run_flake8("--isolated", *args, *header_args(path), path.name, cwd=path.parent)
    assert result.stderr == ""
    assert result.returncode in (0, 1), result
    return [line.split(":", 1)[1] for line in result.stdout.splitlines()]


def test_every_code_has_a_fixture_with_expectations() -> None:
    names = {path.stem.split("_", 1)[0] for path in FIXTURES}
    assert names == set(CODES)
    for path in FIXTURES:
        code = path.stem.split("_", 1)[0]
        assert any(report.split(" ", 2)[1] == code for report in expected_reports(path)), path


@pytest.mark.parametrize("path", runnable(FIXTURES))
def test_fixture_reports_exactly_what_it_expects(path: Path) -> None:
    assert reported(path, "--select=FF") == expected_reports(path)


@pytest.mark.parametrize("path", runnable(FIXTURES))
def test_default_selection_leaves_off_by_default_codes_out(path: Path) -> None:
    expected = [r for r in expected_reports(path) if r.split(" ", 2)[1] not in DEFAULT_OFF]
    assert [r for r in reported(path) if " FF" in r] == expected


def test_motivating_incident_is_reported_and_its_fix_is_clean() -> None:
    result = run_flake8("--isolated", "--select=FF", "websocket_core", "websocket_core_fixed", cwd=TESTDATA)
    assert result.stderr == ""
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "websocket_core/__init__.py:5:1: FF101 failed import of '.state_machine' is masked: "
        "'ApplicationConnectionState', 'get_connection_state_machine' set to None; "
        "'.state_machine' cannot be absent; let the ImportError propagate"
    ]


def test_fixed_incident_alone_exits_zero() -> None:
    result = run_flake8("--isolated", "--select=FF", "websocket_core_fixed", cwd=TESTDATA)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


PROJECTS = sorted(path for path in (TESTDATA / "projects").iterdir() if path.is_dir())


def expected_in_project(project: Path) -> list[str]:
    """`path:line:col: message` for every `# expect:` comment of every module of the project."""
    return [
        f"{path.relative_to(project).as_posix()}:{report}"
        for path in sorted(project.rglob("*.py"))
        for report in expected_reports(path)
    ]


def reported_in_project(project: Path, *args: str) -> list[str]:
    result = run_flake8("--isolated", *args, ".", cwd=project)
    assert result.stderr == ""
    assert result.returncode in (0, 1), result
    return sorted(line.removeprefix("./") for line in result.stdout.splitlines())


@pytest.mark.parametrize("project", PROJECTS, ids=[p.name for p in PROJECTS])
def test_project_fixture_reports_exactly_what_it_expects(project: Path) -> None:
    """Each project declares its requirements its own way; the rules read them from the checked file's project."""
    expected = sorted(expected_in_project(project))
    assert expected, project
    assert reported_in_project(project, "--select=E9,FF") == expected
    on_by_default = [r for r in expected if r.split(" ", 2)[1] not in DEFAULT_OFF]
    assert [r for r in reported_in_project(project) if " FF" in r] == on_by_default


def test_without_metadata_an_own_module_importing_a_third_party_one_stays_optional(tmp_path: Path) -> None:
    """No pyproject.toml, setup.cfg, setup.py or requirements.txt above the file: the rules behave as 0.2 did."""
    project = tmp_path / "no_metadata"
    write_tree(
        project,
        {
            "app/__init__.py": "",
            "app/state_machine.py": "from starlette.websockets import WebSocket\n",
            "app/handler.py": """\
                try:
                    from app.state_machine import WebSocket
                except ImportError:
                    WebSocket = None
                """,
        },
    )
    assert reported_in_project(project, "--select=E9,FF") == [
        "app/handler.py:3:1: FF103 failed import of 'app.state_machine' is masked: 'WebSocket' set to None; "
        "'app.state_machine' imports 'starlette.websockets', which is third-party; re-raise unless exc.name is "
        "the missing module, to fail fast when it is installed but broken"
    ]
    (project / "pyproject.toml").write_text('[project]\nname = "app"\ndependencies = ["starlette"]\n')
    assert reported_in_project(project, "--select=E9,FF") == [
        "app/handler.py:3:1: FF101 failed import of 'app.state_machine' is masked: 'WebSocket' set to None; "
        "'app.state_machine' cannot be absent; let the ImportError propagate"
    ]


def test_required_modules_option_stands_in_for_metadata_that_cannot_be_read(tmp_path: Path) -> None:
    write_tree(tmp_path, {"svc.py": "try:\n    import redis\nexcept ImportError:\n    redis = None\n"})
    assert reported_in_project(tmp_path, "--select=E9,FF", "--failfast-required-modules=redis") == [
        "svc.py:3:1: FF101 failed import of 'redis' is masked: 'redis' set to None; 'redis' cannot be absent; "
        "let the ImportError propagate"
    ]


@pytest.mark.parametrize(
    "metadata",
    [
        ("pyproject.toml", 'project = "not a table"\n[tool]\npoetry = 3\n'),
        ("pyproject.toml", "[project\nname = broken toml\n"),
        ("pyproject.toml", '[project]\ndependencies = "requests"\noptional-dependencies = ["x"]\n'),
        ("pyproject.toml", '[tool.poetry]\npackages = "src"\n[tool.poetry.dependencies]\nrequests = 3\n'),
        ("setup.cfg", "[options\ninstall_requires = x\n"),
        ("setup.py", "setup(install_requires=open('r.txt').read().split())\n"),
        ("setup.py", "def broken(:\n"),
        ("requirements.txt", "not a requirement !!\n-e .\ngit+https://example.invalid/x.git\n"),
    ],
)
def test_metadata_that_cannot_be_read_is_no_crash(tmp_path: Path, metadata: tuple[str, str]) -> None:
    """Malformed project files are read as far as they go; flake8 still runs and reports the module."""
    name, text = metadata
    module = "try:\n    import redis\nexcept ImportError:\n    redis = None\n"
    write_tree(tmp_path, {f"proj/{name}": text, "proj/svc.py": module})
    # From the folder above, so that flake8-pyproject (which reads ./pyproject.toml) never sees the broken file.
    result = run_flake8("--isolated", "--select=E9,FF", "proj/svc.py", cwd=tmp_path)
    assert result.stderr == "" and result.returncode == 1, result
    assert [line.split(" ", 2)[1] for line in result.stdout.splitlines()] == ["FF103"], result.stdout
