"""How much CPU time the plugin adds to a flake8 run, side by side with flake8 alone.

Runs flake8 over a corpus (default: this interpreter's standard library without
its test suites) in subprocesses, alternating a run with the plugin and a run
with the plugin's entry point filtered out (in ABBA order, so drift in the
machine's speed falls on both), and prints both CPU times (user + system of
the child) and the overhead ratio. The plugin runs twice in each round: with
a cold verdict cache (a new, empty directory each run) and with a warm one
(filled by an earlier run). It also times the plugin alone, in process, on
the same files: the cost flake8 itself does not blur.

    python benchmarks/bench_overhead.py [--repeat N] [--jobs N] [--baseline COMMIT] [PATH ...]

With `--baseline 22e8aa9` the plugin of that commit (0.1.0's rules) runs in
the same alternation, and the whole-run ratio now / then is printed.
"""

from __future__ import annotations

import argparse
import ast
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from corpus import SKIPPED_DIRS, child_cpu_seconds, corpus_files, package_at, stdlib_corpus

from flake8_failfast.cache import ENV_VAR
from flake8_failfast.pipeline import Settings

EXCLUDE = ",".join(sorted(SKIPPED_DIRS))

_LAUNCHER = f"""
import pathlib, sys
from flake8.main.cli import main
from flake8.plugins import finder

mode = sys.argv.pop(1)
if mode == "without":
    found = finder._find_importlib_plugins
    finder._find_importlib_plugins = lambda: (
        p for p in found() if p.package != "flake8-failfast"
    )
elif mode != "with":
    sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
    from corpus import load_package

    load_package(pathlib.Path(mode))
raise SystemExit(main())
"""


def flake8_argv(mode: str, jobs: int, paths: Sequence[Path]) -> list[str]:
    return [
        sys.executable, "-c", _LAUNCHER, mode,
        "--isolated", f"--jobs={jobs}", f"--exclude={EXCLUDE}",
        "--extend-select=FF", *map(str, paths),
    ]


def plugin_alone_seconds(files: Sequence[Path], settings: Settings) -> tuple[float, int]:
    """CPU time of the plugin's own work on already parsed files, and its report count."""
    from flake8_failfast.pipeline import check, split_lines

    prepared = []
    for path in files:
        try:
            source = path.read_bytes().decode("utf-8")
            prepared.append((ast.parse(source), split_lines(source), str(path)))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
    start = time.process_time()
    reports = sum(len(check(tree, lines, name, settings)) for tree, lines, name in prepared)
    return time.process_time() - start, reports


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", type=Path, help="corpus (default: the standard library)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each kind, alternated")
    parser.add_argument("--jobs", type=int, default=1, help="flake8 --jobs")
    parser.add_argument(
        "--baseline",
        metavar="COMMIT",
        help="also time the plugin as it was at COMMIT (taken from git), in the same alternation",
    )
    args = parser.parse_args(argv)
    paths = args.paths or stdlib_corpus()
    files = corpus_files(paths)
    print(f"corpus: {len(files)} files under {', '.join(p.name for p in paths)}")

    with tempfile.TemporaryDirectory() as temporary:
        modes = {"without": "without", "with cold": "with", "with warm": "with"}
        if args.baseline:
            modes[args.baseline] = str(package_at(args.baseline, Path(temporary, "baseline")))
        warm = Path(temporary, "warm")
        child_cpu_seconds(flake8_argv("with", args.jobs, paths), {**os.environ, ENV_VAR: str(warm)})
        times: dict[str, list[float]] = {name: [] for name in modes}
        names = list(modes)
        for round_ in range(args.repeat):
            order = names if round_ % 2 == 0 else names[::-1]
            for name in order:
                cache_dir = warm if name == "with warm" else Path(tempfile.mkdtemp(dir=temporary))
                env = {**os.environ, ENV_VAR: str(cache_dir)}
                times[name].append(child_cpu_seconds(flake8_argv(modes[name], args.jobs, paths), env)[0])
        for name, values in times.items():
            shown = ", ".join(f"{v:.2f}" for v in values)
            print(f"flake8 {name:<9} plugin: median {statistics.median(values):.2f} s CPU  ({shown})")
        base = statistics.median(times["without"])
        for name in ("with cold", "with warm"):
            overhead = statistics.median(times[name]) / base - 1
            print(f"overhead {name} cache (median with / median without - 1): {overhead:+.2%}")
        if args.baseline:
            before = statistics.median(times[args.baseline]) / base - 1
            ratio = statistics.median(times["with cold"]) / statistics.median(times[args.baseline])
            print(f"overhead at {args.baseline}: {before:+.2%}; whole run, cold cache, now / at {args.baseline}: "
                  f"{ratio:.3f}")

        cold, reports = plugin_alone_seconds(files, Settings())
        later = statistics.median(plugin_alone_seconds(files, Settings())[0] for _ in range(3))
        print(
            f"plugin alone, in process, no cache, {reports} reports: first pass {cold:.3f} s CPU "
            f"(libcst import included) = {cold / base:.2%} of flake8's CPU time; "
            f"later passes median {later:.3f} s = {later / base:.2%}"
        )
        cached, reports = plugin_alone_seconds(files, Settings(cache_dir=warm))
        print(
            f"plugin alone, in process, warm cache, {reports} reports: {cached:.3f} s CPU "
            f"= {cached / base:.2%} of flake8's CPU time"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
