"""The benchmarks' shared corpus and timer: one definition of what is measured."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import resource
import subprocess
import sys
import sysconfig
import tarfile
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

SKIPPED_DIRS = frozenset({"test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__"})
"""Test suites (`test`, `tests`, `idlelib/idle_test`, `lib2to3/tests`) and installed packages."""


def stdlib_corpus() -> list[Path]:
    """The running interpreter's standard library (its test suites are skipped by corpus_files)."""
    return [Path(sysconfig.get_paths()["stdlib"])]


def corpus_files(paths: Sequence[Path], skipped: frozenset[str] = SKIPPED_DIRS) -> list[Path]:
    """The `.py` files under `paths`, in a stable order, without the `skipped` directories."""
    files: list[Path] = []
    for root in paths:
        if root.is_file():
            files.append(root)
            continue
        for directory, subdirs, names in os.walk(root):
            subdirs[:] = sorted(d for d in subdirs if d not in skipped)
            files.extend(Path(directory, name) for name in sorted(names) if name.endswith(".py"))
    return files


def child_cpu_seconds(
    argv: Sequence[str], env: Mapping[str, str] | None = None
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """CPU time (user + system) that running `argv` (in `env`, default this one's) adds to this process's children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(argv, capture_output=True, text=True, check=False, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result


def flake8_argv(empty_toml: Path) -> list[str]:
    """flake8 of this interpreter, isolated from the linted project's own config.

    flake8-pyproject reads a project's `[tool.flake8]` even under `--isolated`;
    pointing its `--toml-config` at an empty file keeps it out.
    """
    argv = [sys.executable, "-m", "flake8", "--isolated"]
    if importlib.util.find_spec("flake8p") is not None:
        argv.append(f"--toml-config={empty_toml}")
    return argv


def package_at(commit: str, destination: Path) -> Path:
    """The plugin's package as it was at `commit`, from git, under `destination` (returned).

    Raises LookupError when this clone does not hold the commit.
    """
    root = Path(__file__).resolve().parent.parent
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", commit, "flake8_failfast"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise LookupError(f"commit {commit} is not in this clone: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        if sys.version_info >= (3, 12):
            tar.extractall(destination, filter="data")
        else:
            tar.extractall(destination)
    return destination


def load_package(root: Path) -> None:
    """Make `flake8_failfast` the package under `root`, whatever is installed (editable installs too)."""
    package = Path(root, "flake8_failfast")
    spec = importlib.util.spec_from_file_location(
        "flake8_failfast", package / "__init__.py", submodule_search_locations=[str(package)]
    )
    if spec is None or spec.loader is None:
        raise ImportError(f"no flake8_failfast package under {root}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["flake8_failfast"] = module
    spec.loader.exec_module(module)


Report = tuple[str, int, int, str, str]
"""Path, line, column, code and message of one finding."""

_REPORTS_CHILD = r"""
import ast, json, pathlib, sys, time, tokenize, warnings

sys.path.insert(0, sys.argv[2])
from corpus import load_package

load_package(pathlib.Path(sys.argv[1]))
# 0.1.0 and 0.2.0 named the pipeline `findings`; an editable install would find today's `pipeline` for them.
if pathlib.Path(sys.argv[1], "flake8_failfast", "pipeline.py").is_file():
    from flake8_failfast.pipeline import Settings, check, split_lines
else:
    from flake8_failfast.findings import Settings, check, split_lines

seconds = 0.0
for path in pathlib.Path(sys.argv[3]).read_text(encoding="utf-8").splitlines():
    try:
        with tokenize.open(path) as handle:
            source = handle.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
    except (SyntaxError, UnicodeDecodeError, OSError, ValueError, RecursionError):
        continue
    start = time.process_time()
    try:
        found = check(tree, split_lines(source), path, Settings())
    except RecursionError:
        print(json.dumps([path, 0, 0, "RecursionError", "check() raised"]))
        continue
    finally:
        seconds += time.process_time() - start
    for f in found:
        print(json.dumps([path, f.line, f.col, f.code, f.message]))
print(json.dumps(["", 0, 0, "seconds", str(seconds)]))
"""


def start_reports(package_root: Path, file_list: Path) -> subprocess.Popen[str]:
    """The plugin package under `package_root` checking the files listed in `file_list`, in a child process.

    Two packages' children run side by side, so that drift in the machine's speed falls on both.
    """
    return subprocess.Popen(
        [sys.executable, "-c", _REPORTS_CHILD, str(package_root), str(Path(__file__).resolve().parent), str(file_list)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def collect_reports(process: subprocess.Popen[str]) -> tuple[Counter[Report], float]:
    """The child's reports (a counter: the same report twice counts twice) and its CPU time in `check`.

    A file whose check raised RecursionError gives one report of code "RecursionError".
    """
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(stderr)
    found: Counter[Report] = Counter()
    seconds = 0.0
    for line in stdout.splitlines():
        path, number, col, code, message = json.loads(line)
        if code == "seconds":
            seconds = float(message)
        else:
            found[(path, number, col, code, message)] += 1
    return found, seconds
