"""How much CPU time the plugin adds to a flake8 run, side by side with flake8 alone.

Runs flake8 over a corpus (default: this interpreter's standard library without
its test suites) in subprocesses, alternating a run with the plugin and a run
with the plugin's entry point filtered out (in ABBA order, so drift in the
machine's speed falls on both), and prints both CPU times (user + system of
the child) and the overhead ratio. It also times the plugin alone, in
process, on the same files: the cost flake8 itself does not blur.

    python benchmarks/bench_overhead.py [--repeat N] [--jobs N] [--baseline COMMIT] [PATH ...]

With `--baseline 22e8aa9` the plugin of that commit (0.1.0's rules) runs in
the same alternation, and the whole-run ratio now / then is printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from corpus import SKIPPED_DIRS, child_cpu_seconds, corpus_files, package_at, stdlib_corpus

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


_ALONE = f"""
import ast, io, json, pathlib, sys, time
request = json.loads(sys.stdin.read())
if request["package"]:
    sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
    from corpus import load_package

    load_package(pathlib.Path(request["package"]))
prepared = []
for path in request["files"]:
    try:
        source = open(path, "rb").read().decode("utf-8")
        prepared.append((ast.parse(source), io.StringIO(source, newline="").readlines(), path))
    except (SyntaxError, UnicodeDecodeError, ValueError):
        continue
passes = []
for _ in range(4):
    start = time.process_time()
    from flake8_failfast.pipeline import Settings, check
    reports = sum(len(check(tree, lines, name, Settings())) for tree, lines, name in prepared)
    passes.append(time.process_time() - start)
print(json.dumps({{"passes": passes, "reports": reports}}))
"""


def plugin_alone_seconds(files: Sequence[Path], package: str = "") -> tuple[float, float, int]:
    """The plugin's own CPU time on already parsed files, in a fresh interpreter.

    The first pass includes importing the plugin and everything it loads on
    the way; the later passes (median of three) do not. Also the report count.
    `package`: the root of another checkout's package to time instead of this one.
    """
    request = {"files": [str(f) for f in files], "package": package}
    result = subprocess.run(
        [sys.executable, "-c", _ALONE], input=json.dumps(request), capture_output=True, text=True, check=True
    )
    measured = json.loads(result.stdout)
    first, *later = measured["passes"]
    return first, statistics.median(later), measured["reports"]


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
        modes = {"without": "without", "with": "with"}
        if args.baseline:
            modes[args.baseline] = str(package_at(args.baseline, Path(temporary, "baseline")))
        times: dict[str, list[float]] = {name: [] for name in modes}
        names = list(modes)
        for round_ in range(args.repeat):
            order = names if round_ % 2 == 0 else names[::-1]
            for name in order:
                times[name].append(child_cpu_seconds(flake8_argv(modes[name], args.jobs, paths))[0])
        for name, values in times.items():
            shown = ", ".join(f"{v:.2f}" for v in values)
            print(f"flake8 {name:<9} plugin: median {statistics.median(values):.2f} s CPU  ({shown})")
        base = statistics.median(times["without"])
        overhead = statistics.median(times["with"]) / base - 1
        print(f"overhead (median with / median without - 1): {overhead:+.2%}")
        if args.baseline:
            before = statistics.median(times[args.baseline]) / base - 1
            ratio = statistics.median(times["with"]) / statistics.median(times[args.baseline])
            print(f"overhead at {args.baseline}: {before:+.2%}; whole run, now / at {args.baseline}: {ratio:.3f}")

        packages = {"now": ""}
        if args.baseline:
            packages[args.baseline] = modes[args.baseline]
        alone: dict[str, list[tuple[float, float, int]]] = {name: [] for name in packages}
        for round_ in range(args.repeat):
            for name in list(packages) if round_ % 2 == 0 else list(packages)[::-1]:
                alone[name].append(plugin_alone_seconds(files, packages[name]))
        firsts = {name: statistics.median(run[0] for run in runs) for name, runs in alone.items()}
        for name, runs in alone.items():
            later = statistics.median(run[1] for run in runs)
            shown = ", ".join(f"{run[0]:.3f}" for run in runs)
            print(
                f"plugin alone ({name}), fresh process each run, {runs[0][2]} reports: first pass median "
                f"{firsts[name]:.3f} s CPU ({shown}; its imports included) = {firsts[name] / base:.2%} of flake8's "
                f"CPU time; later passes median {later:.3f} s = {later / base:.2%}"
            )
        if args.baseline:
            print(f"plugin alone, first pass, now / at {args.baseline}: {firsts['now'] / firsts[args.baseline]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
