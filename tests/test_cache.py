"""The verdict cache: the store itself, and flake8 runs that must not change with it."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from flake8_failfast import cache
from flake8_failfast.cache import SCHEMA, VerdictCache, decode, encode, entry_key, prune
from flake8_failfast.codes import Outcome
from flake8_failfast.pipeline import Settings, check, split_lines
from flake8_failfast.handlers.sites import Binder, HandlerVerdict, ImportSite, MaskedName
from helpers import TESTDATA, flake8_executable, run_flake8

INCIDENT = TESTDATA / "websocket_core" / "__init__.py"
MASKED = "try:\n    import yaml\nexcept ImportError:\n    yaml = None\n\nyaml.safe_load('')\n"
REPORT = "a.py:3:1: FF102 failed import of 'yaml' is masked: 'yaml' set to None; first used unguarded at line 6;"

VERDICT = HandlerVerdict(
    0,
    True,
    (MaskedName("x", Outcome.NONE, (ImportSite("m", ("x",), "x"),), Binder.IMPORT),),
    ("y",),
    (MaskedName("z", Outcome.UNBOUND, (ImportSite("n"),), Binder.TRY_BODY),),
)


def stdlib_sample(count: int = 30) -> list[Path]:
    """The first standard-library modules, in a stable order, that hold a masked-import candidate."""
    root = Path(sysconfig.get_paths()["stdlib"])
    found: list[Path] = []
    for path in sorted(root.glob("*.py")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "except ImportError" in text or "suppress(ImportError" in text:
            found.append(path)
        if len(found) == count:
            break
    return found


def flake8(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_flake8(*args, cwd=cwd, env=env, timeout=300)


def entries(directory: Path) -> list[Path]:
    return sorted(directory.glob("??/*.json"))


def readable(path: Path) -> bool:
    """Whether the entry at `path` decodes under the key it holds."""
    try:
        inputs = json.loads(path.read_text())["key"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return isinstance(inputs, str) and VerdictCache(path.parent.parent).get(cache.Key(path.stem, inputs)) is not None


# The store


def test_verdicts_survive_encoding() -> None:
    assert decode(json.loads(json.dumps(encode([VERDICT, HandlerVerdict(-1, False, ())])))) == (
        VERDICT,
        HandlerVerdict(-1, False, ()),
    )


@pytest.mark.parametrize(
    "data",
    [
        None,
        {},
        [[0, True, [], []]],
        [[0, 1, [], [], []]],
        [["0", True, [], [], []]],
        [[0, True, [["x", "MAYBE", [], "IMPORT"]], [], []]],
    ],
)
def test_anything_else_does_not_decode(data: object) -> None:
    with pytest.raises((ValueError, TypeError, KeyError)):
        decode(data)


def test_the_key_changes_with_every_input(monkeypatch: pytest.MonkeyPatch) -> None:
    base = entry_key("try: import a\nexcept ImportError: a = None\n", [0], {"a": False})
    assert entry_key("try: import a\nexcept ImportError: a = None\n", [0], {"a": False}) == base
    assert entry_key("try: import b\nexcept ImportError: a = None\n", [0], {"a": False}) != base
    assert entry_key("try: import a\nexcept ImportError: a = None\n", [-1], {"a": False}) != base
    assert entry_key("try: import a\nexcept ImportError: a = None\n", [0], {"a": True}) != base
    assert entry_key("try: import a\nexcept ImportError: a = None\n", [0], {}) != base
    monkeypatch.setattr(cache, "libcst_version", lambda: "0.0.0")
    assert entry_key("try: import a\nexcept ImportError: a = None\n", [0], {"a": False}) != base
    monkeypatch.undo()
    monkeypatch.setattr(cache, "plugin_fingerprint", lambda: "another checkout")
    assert entry_key("try: import a\nexcept ImportError: a = None\n", [0], {"a": False}) != base


def test_the_fingerprint_changes_with_any_edit_of_a_source_file(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "notes.txt").write_text("not source\n")
    base = cache.fingerprint_of(str(tmp_path))
    assert cache.fingerprint_of(str(tmp_path)) == base
    (tmp_path / "notes.txt").write_text("still not source\n")
    assert cache.fingerprint_of(str(tmp_path)) == base
    os.utime(tmp_path / "a.py", ns=(1, 1))
    touched = cache.fingerprint_of(str(tmp_path))
    assert touched != base
    (tmp_path / "a.py").write_text("x = 2\n")
    os.utime(tmp_path / "a.py", ns=(1, 1))
    assert cache.fingerprint_of(str(tmp_path)) == touched, "same name, size and time: as Python's pyc rule"
    (tmp_path / "a.py").write_text("x = 22\n")
    os.utime(tmp_path / "a.py", ns=(1, 1))
    assert cache.fingerprint_of(str(tmp_path)) != touched
    (tmp_path / "b.py").write_text("")
    assert cache.fingerprint_of(str(tmp_path)) not in (base, touched)
    assert cache.fingerprint_of(str(tmp_path / "missing")) != cache.fingerprint_of(str(tmp_path / "missing"))


def test_the_fingerprint_covers_the_stage_folders(tmp_path: Path) -> None:
    """The analysis lives in subpackages (handlers/, judge/): an edit there is an edit of the plugin."""
    (tmp_path / "handlers").mkdir()
    (tmp_path / "handlers" / "paths.py").write_text("x = 1\n")
    (tmp_path / "__pycache__").mkdir()
    base = cache.fingerprint_of(str(tmp_path))
    (tmp_path / "__pycache__" / "paths.cpython-311.pyc").write_text("bytecode")
    assert cache.fingerprint_of(str(tmp_path)) == base
    (tmp_path / "handlers" / "paths.py").write_text("x = 22\n")
    assert cache.fingerprint_of(str(tmp_path)) != base


def test_another_keys_entry_under_the_same_file_name_is_a_miss(tmp_path: Path) -> None:
    """The file name is a checksum; the entry's whole key decides, so a checksum collision is never a wrong verdict."""
    store = VerdictCache(tmp_path)
    key, other = entry_key("try: import a\nexcept ImportError: a = None\n", [0], {}), entry_key("other", [0], {})
    colliding = cache.Key(key.name, other.inputs)
    store.put(colliding, [VERDICT])
    assert store.get(colliding) == (VERDICT,)
    assert store.get(key) is None


def test_a_written_entry_is_read_back(tmp_path: Path) -> None:
    store = VerdictCache(tmp_path)
    key = entry_key("source", [0], {})
    assert store.get(key) is None
    store.put(key, [VERDICT])
    assert store.get(key) == (VERDICT,)
    assert [p.relative_to(tmp_path).as_posix() for p in entries(tmp_path)] == [f"{key.name[:2]}/{key.name}.json"]
    assert not list(tmp_path.glob("??/*.tmp"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[1, 2]",
        json.dumps({"schema": SCHEMA + 1, "key": "{key}", "verdicts": []}),
        json.dumps({"schema": SCHEMA, "key": "0" * 64, "verdicts": []}),
        json.dumps({"schema": SCHEMA, "key": "{key}", "verdicts": [[0]]}),
        "\udcff",
    ],
    ids=["empty", "partial", "foreign", "schema", "key", "verdicts", "undecodable"],
)
def test_a_corrupt_partial_or_foreign_entry_is_a_miss_and_is_rewritten(tmp_path: Path, text: str) -> None:
    store = VerdictCache(tmp_path)
    key = entry_key("source", [0], {})
    path = tmp_path / key.name[:2] / f"{key.name}.json"
    path.parent.mkdir()
    path.write_bytes(text.replace("{key}", json.dumps(key.inputs)[1:-1]).encode("utf-8", "surrogateescape"))
    assert store.get(key) is None
    store.put(key, [VERDICT])
    assert store.get(key) == (VERDICT,)


def test_an_unwritable_location_is_no_cache_and_no_error(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("")
    store = VerdictCache(tmp_path / "afile" / "cache")
    key = entry_key("source", [0], {})
    store.put(key, [VERDICT])
    assert store.get(key) is None
    assert not store.writable


def test_prune_deletes_entries_unused_for_thirty_days_at_most_once_a_day(tmp_path: Path) -> None:
    store = VerdictCache(tmp_path)
    old, recent = entry_key("old", [0], {}), entry_key("recent", [0], {})
    store.put(old, [])
    store.put(recent, [])
    now = time.time()
    month_ago = now - cache.MAX_AGE_SECONDS - 60
    os.utime(tmp_path / old.name[:2] / f"{old.name}.json", (month_ago, month_ago))
    (tmp_path / cache.PRUNE_MARKER).unlink(missing_ok=True)
    assert prune(tmp_path, now) == 1
    assert store.get(old) is None and store.get(recent) == ()
    store.put(old, [])
    os.utime(tmp_path / old.name[:2] / f"{old.name}.json", (month_ago, month_ago))
    assert prune(tmp_path, now + 3600) == 0, "the marker says a prune ran within the day"
    assert prune(tmp_path, now + cache.PRUNE_EVERY_SECONDS + 60) == 1


def test_a_read_counts_as_use(tmp_path: Path) -> None:
    store = VerdictCache(tmp_path)
    key = entry_key("used", [0], {})
    store.put(key, [])
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(tmp_path / key.name[:2] / f"{key.name}.json", (week_ago, week_ago))
    assert store.get(key) == ()
    assert time.time() - (tmp_path / key.name[:2] / f"{key.name}.json").stat().st_mtime < 3600


def test_the_cache_is_read_and_a_changed_plugin_or_libcst_does_not_read_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries emptied by hand silence the finding, so they are read; under another fingerprint they are not."""
    lines = split_lines(MASKED)
    settings = Settings(cache_dir=tmp_path)
    expected = check(ast.parse(MASKED), lines, "a.py", Settings())
    assert [f.code for f in expected] == ["FF102"]
    assert check(ast.parse(MASKED), lines, "a.py", settings) == expected
    (path,) = entries(tmp_path)
    entry = json.loads(path.read_text())
    path.write_text(json.dumps({**entry, "verdicts": []}))
    assert check(ast.parse(MASKED), lines, "a.py", settings) == []
    monkeypatch.setattr(cache, "plugin_fingerprint", lambda: "another checkout")
    assert check(ast.parse(MASKED), lines, "a.py", settings) == expected
    monkeypatch.setattr(cache, "libcst_version", lambda: "0.0.0")
    assert check(ast.parse(MASKED), lines, "a.py", settings) == expected
    assert len(entries(tmp_path)) == 3


# flake8 runs


def test_off_cold_and_warm_give_the_same_output_on_the_standard_library(tmp_path: Path) -> None:
    files = [str(p) for p in stdlib_sample()]
    common = ["--isolated", "--select=FF", "--extend-select=FF103,FF203,FF301"]
    off = flake8(*common, "--failfast-no-cache", *files, cwd=tmp_path)
    assert off.stderr == "" and off.stdout.count(": FF") >= 10
    assert not (tmp_path / "c").exists()
    cold = flake8(*common, f"--failfast-cache-dir={tmp_path / 'c'}", *files, cwd=tmp_path)
    written = entries(tmp_path / "c")
    warm = flake8(*common, f"--failfast-cache-dir={tmp_path / 'c'}", *files, cwd=tmp_path)
    assert (cold.stdout, cold.stderr, cold.returncode) == (off.stdout, "", off.returncode)
    assert (warm.stdout, warm.stderr, warm.returncode) == (off.stdout, "", off.returncode)
    assert len(written) >= len(files) and entries(tmp_path / "c") == written


def test_concurrent_writers_leave_a_readable_cache_and_the_same_output(tmp_path: Path) -> None:
    files = [str(p) for p in stdlib_sample(16)]
    common = ["--isolated", "--select=FF", *files]
    off = flake8(*common, "--failfast-no-cache", cwd=tmp_path)
    directory = f"--failfast-cache-dir={tmp_path / 'c'}"
    runs = [flake8(*common, "--jobs=4", directory, cwd=tmp_path) for _ in range(2)]
    processes = [
        subprocess.Popen(
            [flake8_executable(), *common, f"--failfast-cache-dir={tmp_path / 'd'}"],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(3)
    ]
    runs += [subprocess.CompletedProcess(p.args, p.wait(300), *p.communicate()) for p in processes]
    assert {(r.stdout, r.stderr) for r in runs} == {(off.stdout, "")}
    for directory_name in ("c", "d"):
        written = entries(tmp_path / directory_name)
        assert written and all(readable(p) for p in written)
        assert not list((tmp_path / directory_name).glob("??/*.tmp"))


COSTLY_IMPORTS = ("libcst", "hashlib", "dataclasses")
"""Modules flake8 itself does not import, each costing milliseconds: a warm lint must not import them either."""


def test_a_lint_cold_or_warm_never_imports_libcst_nor_other_costly_modules(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_bytes(INCIDENT.read_bytes())
    script = (
        "import sys\nimport flake8.main.cli, flake8.checker, pycodestyle, pyflakes.checker\n"
        "before = set(sys.modules)\n"
        f"flake8.main.cli.main(['--isolated', '--failfast-cache-dir={tmp_path / 'c'}', 'a.py'])\n"
        f"print('imported:', sorted((set(sys.modules) - before) & set({COSTLY_IMPORTS!r})))\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
        for _ in range(2)
    ]
    assert [run.stdout.splitlines()[-1] for run in runs] == ["imported: []"] * 2
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]
    assert any(": FF102 " in line for line in runs[1].stdout.splitlines())


def test_an_unwritable_cache_directory_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(MASKED)
    (tmp_path / "afile").write_text("")
    off = flake8("--isolated", "--failfast-no-cache", "a.py", cwd=tmp_path)
    result = flake8("--isolated", f"--failfast-cache-dir={tmp_path / 'afile' / 'cache'}", "a.py", cwd=tmp_path)
    assert (result.stdout, result.stderr, result.returncode) == (off.stdout, "", 1)
    assert result.stdout.startswith(REPORT)


def test_corrupt_entries_are_ignored_and_rewritten(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_bytes(INCIDENT.read_bytes())
    directory = f"--failfast-cache-dir={tmp_path / 'c'}"
    first = flake8("--isolated", directory, "a.py", cwd=tmp_path)
    written = entries(tmp_path / "c")
    assert written
    for path in written:
        path.write_text(path.read_text()[:20])
    again = flake8("--isolated", directory, "a.py", cwd=tmp_path)
    assert (again.stdout, again.stderr) == (first.stdout, "")
    assert ": FF102 " in again.stdout
    assert all(readable(p) for p in written)


def test_the_options_and_the_environment_variable_choose_the_directory(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(MASKED)
    env = {**os.environ, "FLAKE8_FAILFAST_CACHE_DIR": str(tmp_path / "from-env")}
    expected = flake8("--isolated", "--failfast-no-cache", "a.py", cwd=tmp_path).stdout
    assert expected.startswith(REPORT)

    def lint(*args: str) -> None:
        result = flake8(*args, "a.py", cwd=tmp_path, env=env)
        assert (result.stdout, result.stderr) == (expected, "")

    lint("--isolated", "--failfast-no-cache")
    assert not (tmp_path / "from-env").exists()
    lint("--isolated")
    assert len(entries(tmp_path / "from-env")) == 1
    lint("--isolated", f"--failfast-cache-dir={tmp_path / 'from-option'}")
    assert len(entries(tmp_path / "from-option")) == 1
    (tmp_path / "setup.cfg").write_text(f"[flake8]\nfailfast-cache-dir = {tmp_path / 'from-config'}\n")
    lint()
    assert len(entries(tmp_path / "from-config")) == 1
    (tmp_path / "setup.cfg").write_text(
        f"[flake8]\nfailfast-cache-dir = {tmp_path / 'off'}\nfailfast-no-cache = true\n"
    )
    lint()
    assert not (tmp_path / "off").exists()


def test_the_settings_reach_flake8_s_worker_processes(tmp_path: Path) -> None:
    for name in "abcd":
        (tmp_path / f"{name}.py").write_text(MASKED.replace("yaml", f"yaml_{name}"))
    env = {**os.environ, "FLAKE8_FAILFAST_CACHE_DIR": str(tmp_path / "from-env")}
    files = ["a.py", "b.py", "c.py", "d.py"]
    chosen = f"--failfast-cache-dir={tmp_path / 'chosen'}"
    result = flake8("--isolated", "--jobs=2", chosen, *files, cwd=tmp_path, env=env)
    assert result.stdout.count(": FF102 ") == 4 and result.stderr == ""
    assert len(entries(tmp_path / "chosen")) == 4
    assert not (tmp_path / "from-env").exists()
    result = flake8("--isolated", "--jobs=2", "--failfast-no-cache", *files, cwd=tmp_path, env=env)
    assert result.stdout.count(": FF102 ") == 4
    assert not (tmp_path / "from-env").exists()
