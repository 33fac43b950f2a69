"""CPU time of `flake8-failfast fix --check` next to flake8's own, on the same files.

Both run in subprocesses over a corpus (default: this interpreter's standard
library without its test suites); each is timed by the CPU time (user +
system) its process tree adds to RUSAGE_CHILDREN. Target: the fixer takes at
most a tenth of flake8's time.

    python benchmarks/bench_fix.py [--repeat N] [PATH ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path

SKIPPED_DIRS = frozenset({"test", "tests", "idle_test", "site-packages", "dist-packages", "__pycache__"})
"""Test suites (`test`, `tests`, `idlelib/idle_test`, `lib2to3/tests`) and installed packages."""
TARGET = 0.10


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
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", type=Path, help="corpus (default: the standard library)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command, alternated")
    args = parser.parse_args(argv)
    files = [str(f) for f in corpus_files(args.paths or [Path(sysconfig.get_paths()["stdlib"])])]
    print(f"corpus: {len(files)} files, {sys.implementation.name} {sys.version.split()[0]}")

    commands = {
        "flake8": [sys.executable, "-m", "flake8", "--isolated", "--jobs=1", *files],
        "fix --check": [sys.executable, "-m", "flake8_failfast", "fix", "--check", "--isolated", *files],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    last: dict[str, subprocess.CompletedProcess[str]] = {}
    for _ in range(args.repeat):
        for name, command in commands.items():
            seconds, last[name] = child_cpu_seconds(command)
            times[name].append(seconds)
    for name, values in times.items():
        shown = ", ".join(f"{v:.2f}" for v in values)
        print(f"{name:<12} median {statistics.median(values):8.2f} s CPU  ({shown}), exit {last[name].returncode}")
    checked = last["fix --check"].stderr.splitlines()
    would = sum(line.startswith("Would rewrite ") for line in checked)
    notes = sum(": not fixed: " in line for line in checked)
    errors = sum(": error: " in line for line in checked)
    print(f"fix --check: {would} files would change, {notes} handlers left to a person, {errors} files not handled")
    ratio = statistics.median(times["fix --check"]) / statistics.median(times["flake8"])
    verdict = "within" if ratio <= TARGET else "OVER"
    print(f"ratio fix --check / flake8: {ratio:.3f} ({verdict} the target of {TARGET:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
