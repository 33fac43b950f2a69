"""The benchmarks' shared corpus and timer: one definition of what is measured."""

from __future__ import annotations

import importlib.util
import os
import resource
import subprocess
import sys
import sysconfig
from collections.abc import Sequence
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


def child_cpu_seconds(argv: Sequence[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """CPU time (user + system) that running `argv` adds to this process's children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
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
