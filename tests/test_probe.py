"""The probe on real packages: real interpreters, real imports, pytest through pytester."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers import write_tree

pytest_plugins = ["pytester"]

INCIDENT = {
    # The staging incident's shape: __init__ imports .state_machine, which needs a name defined after that import.
    "websocket_core/__init__.py": """\
        try:
            from .state_machine import get_connection_state_machine
        except ImportError:
            get_connection_state_machine = None

        CLOSE_CODE = 1011
        """,
    "websocket_core/state_machine.py": """\
        from websocket_core import CLOSE_CODE


        def get_connection_state_machine():
            return CLOSE_CODE
        """,
}
OPTIONAL = {
    "app/__init__.py": """\
        try:
            import not_installed_anywhere
        except ImportError:
            not_installed_anywhere = None
        try:
            import fancylib
        except ImportError:
            fancylib = None
        try:
            import boomlib
        except Exception:
            boomlib = None
        try:
            import yaml_not_installed
        except ImportError as exc:
            if exc.name != "yaml_not_installed":
                raise
            yaml_not_installed = None
        """,
    "site/fancylib/__init__.py": "import fancylib_inner_dependency\n",
    "site/boomlib.py": "raise RuntimeError('boom at import')\n",
}


def probe(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(cwd / "site"), "PATH": str(Path(sys.executable).parent)}
    return subprocess.run(
        [sys.executable, "-m", "flake8_failfast", "probe", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_incident_is_broken_with_pythons_circular_import_message(tmp_path: Path) -> None:
    write_tree(tmp_path, INCIDENT)
    result = probe(tmp_path, "websocket_core")
    init = tmp_path / "websocket_core" / "__init__.py"
    assert result.stdout.splitlines() == [
        "websocket_core/__init__.py:3:1: broken: a circular import; importing websocket_core.state_machine: "
        "ImportError: cannot import name 'CLOSE_CODE' from partially initialized module 'websocket_core' "
        f"(most likely due to a circular import) ({init}) "
        "(exc.name='websocket_core'; raised at websocket_core/state_machine.py:1)",
        "probe: 2 modules imported, 0 failed to import, 0 skipped; "
        "1 handlers caught an exception: 1 broken, 0 absent (expected)",
    ]
    assert result.returncode == 1, result.stderr


def test_each_verdict_in_json(tmp_path: Path) -> None:
    write_tree(tmp_path, OPTIONAL)
    result = probe(tmp_path, "--format=json", "app")
    report = json.loads(result.stdout)
    found = {c["line"]: (c["verdict"], c["reason"], c["exception"], c["name"]) for c in report["caught"]}
    assert found == {
        3: ("absent (expected)", "not_installed_anywhere is not installed (not_installed_anywhere is third-party)",
            "ModuleNotFoundError", "not_installed_anywhere"),
        7: ("broken", "fancylib is there, but its import failed on fancylib_inner_dependency",
            "ModuleNotFoundError", "fancylib_inner_dependency"),
        11: ("broken", "a catch-all caught RuntimeError, not a missing module", "RuntimeError", None),
        15: ("absent (expected)", "yaml_not_installed is not installed (yaml_not_installed is third-party)",
             "ModuleNotFoundError", "yaml_not_installed"),
    }
    raised = {c["line"]: c["raised_at"] for c in report["caught"]}
    assert raised[7] == f"{tmp_path / 'site' / 'fancylib' / '__init__.py'}:1"
    assert raised[11] == f"{tmp_path / 'site' / 'boomlib.py'}:1"
    assert (report["imported"], report["broken"], report["absent"], report["failed"]) == (1, 2, 2, [])
    assert result.returncode == 1


def test_only_absent_modules_exit_0(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pkg/__init__.py": "try:\n    import nope_zz\nexcept ImportError:\n    nope_zz = None\n"})
    result = probe(tmp_path, "pkg")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0].startswith("pkg/__init__.py:3:1: absent (expected): nope_zz is not installed")


def test_a_module_that_cannot_be_imported_is_named_with_its_traceback(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pkg/__init__.py": "", "pkg/bad.py": "raise ValueError('bad module')\n"})
    result = probe(tmp_path, "pkg")
    assert result.returncode == 2
    assert f"error: cannot import pkg.bad ({tmp_path / 'pkg' / 'bad.py'}):\nTraceback" in result.stderr
    assert result.stderr.rstrip().endswith("ValueError: bad module")
    assert result.stdout.splitlines()[-1].startswith("probe: 1 modules imported, 1 failed to import, 0 skipped;")


def test_a_module_that_hangs_or_exits_is_isolated(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a_hangs.py": "import time\ntime.sleep(60)\n",
            "pkg/b_exits.py": "import os\nos._exit(3)\n",
            "pkg/c_fine.py": "try:\n    import nope_zz\nexcept ImportError:\n    nope_zz = None\n",
            "pkg/__main__.py": "raise SystemExit('never imported')\n",
        },
    )
    result = probe(tmp_path, "--timeout=2", "pkg")
    assert "error: cannot import pkg.a_hangs" in result.stderr and "timed out after 2 s" in result.stderr
    assert "error: cannot import pkg.b_exits" in result.stderr and "exited with status 3" in result.stderr
    assert "pkg/c_fine.py:3:1: absent (expected)" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("probe: 2 modules imported, 2 failed to import, 1 skipped;")
    assert result.returncode == 2


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = probe(tmp_path, "no_such_thing_zz")
    assert result.returncode == 2
    assert "no_such_thing_zz: no such file or directory, and no module of that name is installed" in result.stderr


def test_help_warns_that_importing_runs_code() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "flake8_failfast", "probe", "--help"], capture_output=True, text=True, check=True
    )
    assert "importing executes the modules' code" in " ".join(result.stdout.split()).lower()


def run_session(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)


def test_pytest_plugin_reports_the_incident_and_strict_fails(pytester: pytest.Pytester) -> None:
    write_tree(pytester.path, INCIDENT)
    pytester.makepyfile(test_app="import websocket_core\n\ndef test_ok():\n    pass\n")
    result = run_session(pytester, "--failfast-imports=strict")
    result.stdout.fnmatch_lines(
        [
            "*= failfast imports summary =*",
            "websocket_core/__init__.py:3:1: broken: a circular import; importing websocket_core.state_machine: "
            "ImportError: cannot import name 'CLOSE_CODE' from partially initialized module 'websocket_core'*",
            "1 handlers caught an exception: 1 broken, 0 absent (expected) "
            "(the session fails: --failfast-imports=strict)",
        ]
    )
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert run_session(pytester, "--failfast-imports").ret == pytest.ExitCode.OK


def test_pytest_plugin_records_an_import_inside_a_function_at_test_time(pytester: pytest.Pytester) -> None:
    write_tree(
        pytester.path,
        {
            "lazy.py": """\
                def load():
                    try:
                        import optional_zz_missing
                    except ImportError:
                        return None
                    return optional_zz_missing
                """,
        },
    )
    pytester.makepyfile(test_lazy="import lazy\n\ndef test_load():\n    assert lazy.load() is None\n")
    pytester.makeini("[pytest]\nfailfast_imports = true\n")
    result = run_session(pytester)
    result.stdout.fnmatch_lines(
        [
            "lazy.py:4:5: absent (expected): optional_zz_missing is not installed*",
            "1 handlers caught an exception: 0 broken, 1 absent (expected)",
        ]
    )
    assert result.ret == pytest.ExitCode.OK


def test_pytest_plugin_is_inert_unless_asked(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_inert="""
        import sys

        def test_nothing_loaded_or_installed():
            assert "flake8_failfast.pytest_plugin" in sys.modules
            assert not [m for m in sys.modules if m.startswith("flake8_failfast.probe")]
            assert sys.gettrace() is None
            if sys.version_info >= (3, 12):
                assert [sys.monitoring.get_tool(i) for i in (3, 4)] == [None, None]
        """
    )
    result = run_session(pytester)
    result.assert_outcomes(passed=1)
    assert "failfast imports summary" not in result.stdout.str()


BEHAVIOUR = {
    "behaviour.py": """\
        import sys
        from contextlib import suppress

        try:
            import missing_zz_one
        except ImportError as exc:
            CAUGHT = exc
        with suppress(ImportError):
            import missing_zz_two
        try: import json
        except ImportError: json = None
        """,
}


def test_the_recorder_leaves_the_handler_and_the_program_as_they_were(pytester: pytest.Pytester) -> None:
    """The handlers sit in a module the tests import: pytest's assertion rewriting loads test files itself."""
    write_tree(pytester.path, BEHAVIOUR)
    pytester.makepyfile(
        test_behaviour="""
        import sys

        from behaviour import CAUGHT, json

        def test_handled_as_without_the_recorder():
            assert CAUGHT.name == "missing_zz_one"
            assert sys.exc_info() == (None, None, None)
            assert json is not None
        """
    )
    result = run_session(pytester, "--failfast-imports")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            "behaviour.py:6:1: absent (expected): missing_zz_one is not installed*",
            "behaviour.py:8:1: absent (expected): missing_zz_two is not installed*",
            "2 handlers caught an exception: 0 broken, 2 absent (expected)",
        ]
    )
    assert "not watched" not in result.stdout.str()


def test_a_missing_submodule_python_words_as_circular_is_absent_and_control_flow_is_expected(tmp_path: Path) -> None:
    """numpy's `_distributor_init_local` shape, and pip's `raise ImportError` in its own try."""
    write_tree(
        tmp_path,
        {
            "pkg/__init__.py": """\
                try:
                    from . import _distributor_hook
                except ImportError:
                    pass
                try:
                    import os
                    if os.sep:
                        raise ImportError("not on this platform")
                except ImportError:
                    os = None
                """,
        },
    )
    result = probe(tmp_path, "--format=json", "pkg")
    found = {c["line"]: (c["verdict"], c["reason"]) for c in json.loads(result.stdout)["caught"]}
    assert found == {
        3: (
            "absent (expected)",
            "pkg._distributor_hook is not installed (pkg._distributor_hook has no Python source in the package)",
        ),
        9: ("expected", "the try raises ImportError itself (control flow)"),
    }
    assert result.returncode == 0


RECORDED = """\
    import json
    import sys
    import traceback

    from flake8_failfast.probe.recorder import Recorder
    from flake8_failfast.probe.watchlist import Watchlist, under_roots

    record = sys.argv[1] == "record"
    if sys.argv[2:]:
        import early
    recorder = Recorder(Watchlist(under_roots(["."])))
    if record:
        recorder.start()
    import pkg
    shown = []
    for call in (pkg.fails_in_handler, pkg.fails_in_suppress, pkg.fails_past_suppress):
        try:
            call()
        except Exception:
            shown.append(traceback.format_exc())
    recorder.stop()
    caught = [[c.handler.line, c.name, c.times] for c in recorder.caught()]
    print(json.dumps({"tracebacks": shown, "caught": caught, "unwatched": recorder.unwatched()}))
    """
WATCHED = {
    "pkg/__init__.py": """\
        from contextlib import suppress


        def fails_in_handler():
            try:
                import missing_zz_one
            except ImportError:
                missing_zz_one = None; {}["key"]
            return missing_zz_one


        def fails_in_suppress():
            with suppress(ImportError):
                import missing_zz_two
            with suppress(ImportError):
                import os
                os.no_such_attribute


        def fails_past_suppress():
            with suppress(ImportError):
                import missing_zz_three
            try:
                import missing_zz_four
            except ImportError: missing_zz_four = None; 1 / 0
        """,
    "early.py": "try:\n    import missing_zz_early\nexcept ImportError:\n    missing_zz_early = None\n",
    "run.py": RECORDED,
}


def run_recorded(cwd: Path, *args: str) -> dict[str, Any]:
    """run.py in a fresh interpreter that writes bytecode caches, whatever this one does."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, "run.py", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_recorded_code_keeps_its_tracebacks_and_records_each_handler(tmp_path: Path) -> None:
    write_tree(tmp_path, WATCHED)
    plain = run_recorded(tmp_path, "plain")
    recorded = run_recorded(tmp_path, "record")
    assert recorded["tracebacks"] == plain["tracebacks"]
    assert [t.splitlines()[-1] for t in plain["tracebacks"]] == [
        "KeyError: 'key'",
        "AttributeError: module 'os' has no attribute 'no_such_attribute'",
        "ZeroDivisionError: division by zero",
    ]
    assert recorded["caught"] == [
        [7, "missing_zz_one", 1],
        [13, "missing_zz_two", 1],
        [21, "missing_zz_three", 1],
        [25, "missing_zz_four", 1],
    ]


def test_recorded_code_stays_out_of_the_bytecode_cache(tmp_path: Path) -> None:
    write_tree(tmp_path, WATCHED)
    cache = tmp_path / "pkg" / "__pycache__"
    assert len(run_recorded(tmp_path, "record")["caught"]) == 4
    written = list(cache.iterdir()) if cache.exists() else []
    assert bool(written) == (sys.version_info >= (3, 12)), "3.10 and 3.11 compile the calls in and cache nothing"
    assert run_recorded(tmp_path, "plain")["caught"] == []
    (pyc,) = cache.iterdir()
    assert b"__flake8_failfast_caught__" not in pyc.read_bytes()
    assert len(run_recorded(tmp_path, "record")["caught"]) == 4, "the cached code compiled without the calls is used"
    assert [p.name for p in cache.iterdir()] == [pyc.name]


def test_a_module_imported_before_the_recording_is_named_on_310_and_311(tmp_path: Path) -> None:
    write_tree(tmp_path, WATCHED)
    recorded = run_recorded(tmp_path, "record", "early")
    if sys.version_info >= (3, 12):
        assert recorded["unwatched"] == []
    else:
        assert recorded["unwatched"] == [str((tmp_path / "early.py").resolve())]


def test_pytest_plugin_names_the_test_files_it_cannot_watch_on_310_and_311(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_guarded="""
        try:
            import missing_zz_in_a_test
        except ImportError:
            missing_zz_in_a_test = None

        def test_ok():
            assert missing_zz_in_a_test is None
        """
    )
    result = run_session(pytester, "--failfast-imports")
    result.assert_outcomes(passed=1)
    if sys.version_info >= (3, 12):
        result.stdout.fnmatch_lines(["test_guarded.py:3:1: absent (expected): missing_zz_in_a_test is not installed*"])
    else:
        result.stdout.fnmatch_lines(
            ["not watched on Python 3.1? (imported before the session or by pytest's assertion rewriting): "
             "test_guarded.py"]
        )
