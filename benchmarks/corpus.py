"""The benchmarks' shared corpus and timer: one definition of what is measured."""

from __future__ import annotations

import os
import resource
import subprocess
import sysconfig
from collections.abc import Sequence
from pathlib import Path

SKIPPED_DIRS = frozenset({"test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__"})
"""Test suites (`test`, `tests`, `idlelib/idle_test`, `lib2to3/tests`) and installed packages."""


def stdlib_corpus() -> list[Path]:
    """The running interpreter's standard library (its test suites are skipped by corpus_files)."""
    return [Path(sysconfig.get_paths()["stdlib"])]


def corpus_files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for root in paths:
        if root.is_file():
            files.append(root)
            continue
        for directory, subdirs, names in os.walk(root):
            subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS)
            files.extend(Path(directory, name) for name in sorted(names) if name.endswith(".py"))
    return files


def child_cpu_seconds(argv: Sequence[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """CPU time (user + system) that running `argv` adds to this process's children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result
