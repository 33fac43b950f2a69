"""CPU time of `flake8-failfast fix --check` next to flake8's own, on the same files.

Both run in subprocesses over a corpus (default: this interpreter's standard
library without its test suites); each is timed by the CPU time (user +
system) its process tree adds to RUSAGE_CHILDREN. Target: the fixer takes at
most a tenth of flake8's time.

    python benchmarks/bench_fix.py [--repeat N] [PATH ...]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from corpus import child_cpu_seconds, corpus_files, stdlib_corpus

TARGET = 0.10


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", type=Path, help="corpus (default: the standard library)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command, alternated")
    args = parser.parse_args(argv)
    files = [str(f) for f in corpus_files(args.paths or stdlib_corpus())]
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
