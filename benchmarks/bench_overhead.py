"""How much CPU time the plugin adds to a flake8 run, side by side with flake8 alone.

Runs flake8 over a corpus (default: this interpreter's standard library without
its test suites) in subprocesses, alternating a run with the plugin and a run
with the plugin's entry point filtered out (in ABBA order, so drift in the
machine's speed falls on both), and prints both CPU times (user + system of
the child) and the overhead ratio. It also times the plugin alone,
in process, on the same files: the cost flake8 itself does not blur.

    python benchmarks/bench_overhead.py [--repeat N] [--jobs N] [PATH ...]
"""

from __future__ import annotations

import argparse
import ast
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from corpus import SKIPPED_DIRS, child_cpu_seconds, corpus_files, stdlib_corpus

EXCLUDE = ",".join(sorted(SKIPPED_DIRS))

_LAUNCHER = """
import sys
from flake8.main.cli import main
from flake8.plugins import finder

if sys.argv.pop(1) == "without":
    found = finder._find_importlib_plugins
    finder._find_importlib_plugins = lambda: (
        p for p in found() if p.package != "flake8-failfast"
    )
raise SystemExit(main())
"""


def flake8_argv(mode: str, jobs: int, paths: Sequence[Path]) -> list[str]:
    return [
        sys.executable, "-c", _LAUNCHER, mode,
        "--isolated", f"--jobs={jobs}", f"--exclude={EXCLUDE}",
        "--extend-select=FF", *map(str, paths),
    ]


def plugin_alone_seconds(files: Sequence[Path]) -> tuple[float, int]:
    """CPU time of the plugin's own work on already parsed files, and its report count."""
    from flake8_failfast.findings import Settings, check, split_lines

    prepared = []
    for path in files:
        try:
            source = path.read_bytes().decode("utf-8")
            prepared.append((ast.parse(source), split_lines(source), str(path)))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
    settings = Settings()
    start = time.process_time()
    reports = sum(len(check(tree, lines, name, settings)) for tree, lines, name in prepared)
    return time.process_time() - start, reports


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", type=Path, help="corpus (default: the standard library)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each kind, alternated")
    parser.add_argument("--jobs", type=int, default=1, help="flake8 --jobs")
    args = parser.parse_args(argv)
    paths = args.paths or stdlib_corpus()
    files = corpus_files(paths)
    print(f"corpus: {len(files)} files under {', '.join(p.name for p in paths)}")

    times: dict[str, list[float]] = {"with": [], "without": []}
    for round_ in range(args.repeat):
        for mode in ("without", "with") if round_ % 2 == 0 else ("with", "without"):
            times[mode].append(child_cpu_seconds(flake8_argv(mode, args.jobs, paths))[0])
    for mode, values in times.items():
        shown = ", ".join(f"{v:.2f}" for v in values)
        print(f"flake8 {mode:<7} plugin: median {statistics.median(values):.2f} s CPU  ({shown})")
    base = statistics.median(times["without"])
    overhead = statistics.median(times["with"]) / base - 1
    print(f"overhead (median with / median without - 1): {overhead:+.2%}")

    cold, reports = plugin_alone_seconds(files)
    warm = statistics.median(plugin_alone_seconds(files)[0] for _ in range(3))
    print(
        f"plugin alone, in process, {reports} reports: first pass {cold:.3f} s CPU "
        f"(libcst import included) = {cold / base:.2%} of flake8's CPU time; "
        f"later passes median {warm:.3f} s = {warm / base:.2%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
