"""What fixed code does: it changes behaviour only where the import fails (issue 8).

The fixture pairs `catch_all`, `fallback_used` and `comments` show items 2, 6
and 7 whole; the tests here pin the rest and the one model of what a
statement binds that the plugin's paths and the fixer's pruning share.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from flake8_failfast.cli import main
from flake8_failfast.pipeline import Settings, check, split_lines
from flake8_failfast.fix.plan import Note, fix_bytes, fix_source, select_codes
from flake8_failfast.fix.rewrite import expected_modules, rewrite_statement
from flake8_failfast.handlers.sites import ImportSite
from helpers import write_tree

UNNAMED = "-"
MASKED = "try:\n    from . import a\nexcept ImportError:{comment}\n    a = None\n"


def families(source: str) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in check(ast.parse(source), split_lines(source), UNNAMED, Settings())]


# --- 1: the default fix keeps a working install working -------------------------------------


def test_the_default_fix_leaves_a_distributor_hook_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`_local` is a hook distributors may add: the import can fail on a healthy install."""
    hook = "try:\n    from . import _local\nexcept ImportError:\n    pass\n"
    write_tree(tmp_path, {"pkg/__init__.py": "from . import _distributor_init\n", "pkg/_distributor_init.py": hook})
    status = main(["fix", "--isolated", str(tmp_path / "pkg")])
    assert (status, capsys.readouterr().err) == (0, "")
    assert (tmp_path / "pkg" / "_distributor_init.py").read_text() == hook
    imported = subprocess.run(
        [sys.executable, "-c", "import pkg"], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert (imported.returncode, imported.stderr) == (0, "")


# --- 3: what flake8 does not report is not fixed --------------------------------------------


@pytest.mark.parametrize("comment", ["  # noqa: FF101", "  # noqa", "  # NOQA:FF1", "  # noqa: E501,FF10"])
def test_a_handler_silenced_with_noqa_is_left_as_it_is(comment: str) -> None:
    source = MASKED.format(comment=comment)
    result = fix_source(source, UNNAMED, Settings())
    assert (result.fixed, result.notes) == (source, ())


def test_noqa_for_another_code_does_not_stop_the_fix() -> None:
    source = MASKED.format(comment="  # noqa: FF2")
    assert fix_source(source, UNNAMED, Settings()).fixed == "from . import a\n"


def test_noqa_on_a_handler_header_spanning_lines() -> None:
    source = "try:\n    from . import a\nexcept (\n    ImportError,  # noqa: FF101\n):\n    a = None\n"
    assert fix_source(source, UNNAMED, Settings()).fixed == source


def test_a_file_flake8_skips_is_left_as_it_is() -> None:
    source = "# flake8: noqa\n" + MASKED.format(comment="")
    assert fix_source(source, UNNAMED, Settings()).fixed == source


def test_a_handler_with_one_code_silenced_and_another_selected_is_named() -> None:
    source = "try:\n    import yaml\n    from . import a\nexcept ImportError:  # noqa: FF101\n    a = yaml = None\n"
    result = fix_source(source, UNNAMED, Settings(), select_codes(["FF"]))
    assert result.fixed == source
    assert result.notes == (Note(4, 0, 4, "the handler also masks names reported as FF101, silenced by `# noqa`"),)


# --- 4: a handler that blocks another is the one named -------------------------------------


def test_the_blocked_handler_is_named_and_the_others_are_fixed() -> None:
    source = (
        "try:\n    from . import a\n"
        "except ModuleNotFoundError:\n    a = None\n"
        "except (ImportError, OSError):\n    a = None\n"
        "except ImportError:\n    pass\n"
    )
    result = fix_source(source, UNNAMED, Settings())
    assert result.fixed == source.replace("ModuleNotFoundError:\n    a = None", "ModuleNotFoundError:\n    raise")
    assert result.notes == (
        Note(
            5, 0, 5,
            "the handler also catches other errors, and the later `except ImportError:` would catch "
            "the ImportError if this one were narrowed; decide there by hand",
        ),
    )


# --- 5: old Mac line endings ----------------------------------------------------------------


def test_lone_carriage_returns_are_line_endings() -> None:
    source = "x = 1\r" + MASKED.format(comment="").replace("\n", "\r")
    assert families(source) == [(4, "FF101")]
    fixed, result = fix_bytes(source.encode(), UNNAMED, Settings())
    assert fixed == b"x = 1\rfrom . import a\r"
    indented = "if x:\r    try:\r        from . import a\r    except ImportError:\r        a = None\r    y = 2\r"
    assert fix_source(indented, UNNAMED, Settings()).fixed == "if x:\r    from . import a\r    y = 2\r"


# --- 6, 7: the fixture pairs, and two corner cases -------------------------------------------


def test_a_fallback_the_finally_reads_is_kept() -> None:
    source = "try:\n    from . import a\nexcept ImportError:\n    a = None\nfinally:\n    print(a)\n"
    fixed = "try:\n    from . import a\nexcept ImportError:\n    a = None\n    raise\nfinally:\n    print(a)\n"
    assert fix_source(source, UNNAMED, Settings()).fixed == fixed


def test_comments_of_an_unwrapped_handler_stay_after_the_body_but_pragmas_go_with_their_lines() -> None:
    source = "try:\n    from . import a\nexcept ImportError:  # why\n    # above\n    a = None  # type: ignore\n"
    fixed = "from . import a\n# why\n# above\n"
    assert fix_source(source, UNNAMED, Settings()).fixed == fixed


def test_a_silent_handler_keeps_its_trailing_comment() -> None:
    source = (
        "try:\n    from . import a\n    b = 1\n"
        "except ImportError:\n    pass  # best effort\nexcept KeyError:\n    pass\n"
    )
    fixed = source.replace("    pass  # best effort\n", "    # best effort\n    raise\n")
    assert fix_source(source, UNNAMED, Settings()).fixed == fixed


def test_suppress_of_every_error_keeps_suppressing_the_rest() -> None:
    source = "with suppress(Exception):\n    from . import a\n    TABLE[key].append(a)\n"
    fixed = "from . import a\nwith suppress(Exception):\n    TABLE[key].append(a)\n"
    assert fix_source(source, UNNAMED, Settings()).fixed == fixed


# --- one model of what a statement binds -----------------------------------------------------


SYS_MODULES = (
    "import sys\n"
    "try:\n    from . import core\n    import numpy\nexcept ImportError:\n"
    "    class _Missing:\n        def __getattr__(self, name):\n            raise ImportError(name)\n"
    "    sys.modules['numpy'] = _Missing()\n    core = None\n"
)


def test_a_raising_sys_modules_placeholder_is_no_masking_and_stays() -> None:
    """The analysis ignores it, so the pruning keeps it, and the stub class it reads stays with it."""
    assert families(SYS_MODULES) == [(5, "FF101")]
    statement = SYS_MODULES.split("\n", 1)[1]
    assert rewrite_statement(statement, frozenset({0})).text == statement + "    raise\n"


def test_a_fix_that_would_make_an_optional_import_required_is_named() -> None:
    result = fix_source(SYS_MODULES, UNNAMED, Settings())
    assert result.fixed == SYS_MODULES
    assert result.notes == (
        Note(
            5, 0, 5,
            "the try also imports 'numpy', which can be absent on a healthy install; "
            "fixing the handler would make it required",
        ),
    )
    assert fix_source(SYS_MODULES, UNNAMED, Settings(), select_codes(["FF102"])).notes == result.notes


def test_a_tuple_assignment_reads_every_value_before_binding() -> None:
    source = "try:\n    from . import a, b\nexcept ImportError:\n    a, b = None, a\n"
    [finding] = check(ast.parse(source), split_lines(source), UNNAMED, Settings())
    assert finding.message == (
        "FF101 failed import of '.a' is masked: 'a' set to None; '.a' cannot be absent; let the ImportError propagate"
    )
    result = fix_source(source, UNNAMED, Settings())
    assert result.fixed == source
    assert result.notes == (Note(3, 0, 3, "the handler gives 'b' a real fallback; decide there by hand"),)


def test_a_nested_try_in_a_handler_is_pruned_as_the_analysis_follows_it() -> None:
    source = (
        "try:\n    from . import m\nexcept ImportError:\n"
        "    try:\n        m = None\n        log()\n    except Exception:\n        pass\n"
    )
    fixed = (
        "try:\n    from . import m\nexcept ImportError:\n"
        "    try:\n        log()\n    except Exception:\n        pass\n    raise\n"
    )
    assert families(source) == [(3, "FF101")]
    assert fix_source(source, UNNAMED, Settings()).fixed == fixed


# --- handled optional imports: re-raise only when the module is there but broken -------------

HANDLED = select_codes(["FF103", "FF203"])


@pytest.mark.parametrize(
    ("source", "fixed"),
    [
        pytest.param(
            "try:\n    import yaml\nexcept ImportError:\n    yaml = None\n\nif yaml:\n    yaml.load()\n",
            "try:\n    import yaml\nexcept ImportError as exc:\n    if exc.name != \"yaml\":\n        raise\n"
            "    yaml = None\n\nif yaml:\n    yaml.load()\n",
            id="third-party",
        ),
        pytest.param(
            "try:\n    import a.b\nexcept ModuleNotFoundError: pass\n",
            "try:\n    import a.b\nexcept ModuleNotFoundError as exc:\n    if exc.name not in (\"a\", \"a.b\"):\n"
            "        raise\n    pass\n",
            id="dotted-prefixes",
        ),
        pytest.param(
            "try:\n    from ._speedups import fast\nexcept ImportError as error:  # no C\n    # pure Python\n"
            "    fast = None\n\nif fast:\n    fast()\n",
            "try:\n    from ._speedups import fast\nexcept ImportError as error:  # no C\n    # pure Python\n"
            "    if error.name not in (f\"{__package__}._speedups\", f\"{__package__}._speedups.fast\"):\n"
            "        raise\n    fast = None\n\nif fast:\n    fast()\n",
            id="relative-with-own-name",
        ),
    ],
)
def test_handled_optional_imports_are_guarded_by_the_module_name(source: str, fixed: str) -> None:
    assert families(source)[0][1] in HANDLED
    result = fix_source(source, "pkg/mod.py", Settings(), HANDLED)
    assert (result.fixed, result.notes) == (fixed, ())
    assert fix_source(fixed, "pkg/mod.py", Settings(), HANDLED).fixed == fixed


def test_the_guard_binds_the_exception_to_a_name_the_scope_does_not_use() -> None:
    """`except ... as exc` unbinds `exc` when the handler ends: a module's own `exc` must survive."""
    source = "exc = 1\ntry:\n    import yaml\nexcept ImportError:\n    yaml = None\n\nif yaml:\n    yaml.load(exc)\n"
    fixed = source.replace(
        "except ImportError:\n",
        "except ImportError as import_error:\n    if import_error.name != \"yaml\":\n        raise\n",
    )
    assert fix_source(source, UNNAMED, Settings(), HANDLED).fixed == fixed


def test_the_guard_changes_behaviour_only_when_the_module_is_installed_but_broken(tmp_path: Path) -> None:
    source = "try:\n    import maybe\nexcept ImportError:\n    maybe = None\n\nif maybe:\n    maybe.go()\n"
    fixed = fix_source(source, "mod.py", Settings(), HANDLED).fixed
    (tmp_path / "mod.py").write_text(fixed)

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", "import mod; print(mod.maybe)"],
            cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
        )

    assert run().stdout == "None\n"
    (tmp_path / "maybe.py").write_text("import not_installed_anywhere\n")
    broken = run()
    assert broken.returncode == 1
    assert "No module named 'not_installed_anywhere'" in broken.stderr


def test_a_missing_submodule_of_from_dot_import_stays_handled_and_an_own_module_propagates(tmp_path: Path) -> None:
    """`from . import _config` fails with the package's name; beside it, an own module (FF201) must propagate.

    numpy.distutils does this: a generated `__config__`, then numpy's own
    `_pytesttester`, under one `except ImportError: pass`.
    """
    source = (
        "try:\n    from . import _config\n    from pkg import _tester\n    test = _tester.run\n"
        "except ImportError:\n    pass\n"
    )
    write_tree(tmp_path, {"pkg/__init__.py": source, "pkg/_tester.py": "run = print\n"})
    init = tmp_path / "pkg" / "__init__.py"
    assert [code for _, code in families_of_file(init)] == ["FF201", "FF203"]
    result = fix_source(source, str(init), Settings(), select_codes(["FF"]))
    assert result.notes == ()
    assert "    if exc.name not in (__package__, f\"{__package__}._config\"):\n        raise\n" in result.fixed
    init.write_text(result.fixed)

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", "import pkg; print(hasattr(pkg, 'test'))"],
            cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
        )

    assert (run().stdout, run().returncode) == ("False\n", 0), "no _config: a healthy install still imports"
    (tmp_path / "pkg" / "_config.py").write_text("")
    assert (run().stdout, run().returncode) == ("True\n", 0)
    (tmp_path / "pkg" / "_tester.py").write_text("raise ImportError('broken', name='pkg._tester')\n")
    broken = run()
    assert (broken.returncode, broken.stderr.splitlines()[-1]) == (1, "ImportError: broken")


def test_the_guard_also_names_what_an_optional_module_needs(tmp_path: Path) -> None:
    """`from dbm import ndbm` fails with `_dbm` missing: the guard must know, or a healthy install breaks."""
    source = "try:\n    from pkg import fast\nexcept ImportError:\n    fast = None\n\nif fast:\n    fast.go()\n"
    write_tree(tmp_path, {"pkg/__init__.py": source, "pkg/fast.py": "from _fast_c import go\n"})
    init = tmp_path / "pkg" / "__init__.py"
    assert [code for _, code in families_of_file(init)] == ["FF103"]
    result = fix_source(source, str(init), Settings(), HANDLED)
    assert 'if exc.name not in ("pkg", "pkg.fast", "_fast_c"):\n        raise\n' in result.fixed
    init.write_text(result.fixed)

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", "import pkg; print(pkg.fast)"],
            cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
        )

    assert (run().stdout, run().returncode) == ("None\n", 0), "no _fast_c: a healthy install still imports"
    (tmp_path / "pkg" / "fast.py").write_text("from _fast_c import go\nimport json.broken_part\n")
    (tmp_path / "_fast_c.py").write_text("go = print\n")
    broken = run()
    assert (broken.returncode, broken.stderr.splitlines()[-1]) == (
        1,
        "ModuleNotFoundError: No module named 'json.broken_part'",
    )


def test_an_accelerator_may_fail_under_its_public_name() -> None:
    """`from _io import _WindowsConsoleIO` fails with exc.name 'io' up to 3.11: the guard counts both."""
    expected = expected_modules([ImportSite("_io", ("_WindowsConsoleIO",), "_WindowsConsoleIO")])
    assert expected == ['"_io"', '"_io._WindowsConsoleIO"', '"io"']
    expected = expected_modules([ImportSite("a._speedups", ("f",), "f")])
    assert expected == ['"a"', '"a._speedups"', '"a._speedups.f"', '"a.speedups"']
    assert expected_modules([ImportSite("__future__", ("x",), "x")]) == ['"__future__"', '"__future__.x"']


def families_of_file(path: Path) -> list[tuple[int, str]]:
    source = path.read_text()
    return [(f.line, f.code) for f in check(ast.parse(source), split_lines(source), str(path), Settings())]


def test_a_handled_catch_all_is_named_not_guarded() -> None:
    source = "try:\n    import yaml\nexcept (ImportError, OSError):\n    yaml = None\n\nif yaml:\n    yaml.load()\n"
    result = fix_source(source, UNNAMED, Settings(), HANDLED)
    assert result.fixed == source
    assert result.notes == (
        Note(3, 0, 3, "the handler catches more than import errors, or of a module not known by name; "
             "decide there by hand"),
    )


# --- a try that raises ImportError itself ------------------------------------------------------


def test_a_try_that_raises_import_error_itself_is_left_with_a_note() -> None:
    """No rewrite keeps `raise ImportError(...)` as control flow: unwrapping lets it escape, exc.name is None."""
    source = (
        "try:\n    from . import compat\n    if not compat.WINDOWS:\n        raise ImportError('not here')\n"
        "    import cryptography\nexcept ImportError:\n    pass\n"
    )
    result = fix_source(source, UNNAMED, Settings(), select_codes(["FF"]))
    assert result.fixed == source
    assert [(note.line, note.reason) for note in result.notes] == [
        (6, "the try raises ImportError itself and the handler is for that too; decide there by hand")
    ]


def test_a_long_guard_puts_one_name_per_line_at_the_handler_s_depth() -> None:
    source = (
        "if FAST:\n    try:\n        import alpha.beta.gamma.delta\n        import epsilon.zeta.eta\n"
        "    except ImportError:\n        alpha = epsilon = None\n"
    )
    fixed = fix_source(source, UNNAMED, Settings(), HANDLED).fixed
    assert fixed == source.replace(
        "    except ImportError:\n",
        "    except ImportError as exc:\n        if exc.name not in (\n"
        + "".join(
            f'            "{name}",\n'
            for name in [
                "alpha", "alpha.beta", "alpha.beta.gamma", "alpha.beta.gamma.delta",
                "epsilon", "epsilon.zeta", "epsilon.zeta.eta",
            ]
        )
        + "        ):\n            raise\n",
    )


def test_the_guard_follows_an_installed_module_without_importing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """requests.help: `from urllib3.contrib import pyopenssl` fails with OpenSSL missing on a healthy install."""
    write_tree(
        tmp_path / "site",
        {
            "extlib/__init__.py": "raise AssertionError('the fixer must not import extlib')\n",
            "extlib/contrib/__init__.py": "",
            "extlib/contrib/secure.py": "import OpenSSL.SSL\n",
        },
    )
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    source = "try:\n    from extlib.contrib import secure\nexcept ImportError:\n    secure = None\n"
    fixed = fix_source(source, UNNAMED, Settings(), HANDLED).fixed
    assert '"extlib.contrib.secure",\n        "OpenSSL",\n        "OpenSSL.SSL",\n    ):\n        raise\n' in fixed


SUPPRESSED = "with contextlib.suppress(ImportError):\n    import proj.signals\n"
PROJ = Settings(first_party=frozenset({"proj"}))


@pytest.mark.parametrize(
    ("head", "filename", "kept"),
    [
        pytest.param("import contextlib\n", "mod.py", "", id="last-use-removed"),
        pytest.param("import contextlib, os\n", "mod.py", "import os\n", id="other-names-stay"),
        pytest.param("import contextlib  # noqa: F401\n", "mod.py", "import contextlib  # noqa: F401\n", id="noqa"),
        pytest.param("import contextlib  # for suppress\n", "mod.py", "# for suppress\n", id="comment-stays"),
        pytest.param(
            "import contextlib\n__all__ = ['contextlib']\n", "mod.py",
            "import contextlib\n__all__ = ['contextlib']\n", id="exported",
        ),
        pytest.param("import contextlib\n", "pkg/__init__.py", "", id="init-plain-import"),
    ],
)
def test_an_import_the_fix_left_unused_goes(head: str, filename: str, kept: str) -> None:
    fixed = fix_source(head + SUPPRESSED, filename, PROJ).fixed
    assert fixed == kept + "import proj.signals\n"


def test_a_from_import_of_an_init_may_be_a_re_export_and_stays() -> None:
    source = "from contextlib import suppress\nwith suppress(ImportError):\n    import proj.signals\n"
    in_init = "from contextlib import suppress\nimport proj.signals\n"
    assert fix_source(source, "pkg/__init__.py", PROJ).fixed == in_init
    assert fix_source(source, "pkg/mod.py", PROJ).fixed == "import proj.signals\n"
