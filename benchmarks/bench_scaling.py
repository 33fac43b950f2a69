"""How the plugin's time grows with the size of one file: linear is the aim.

Generates a module with N masked imports and N functions that use them
(every other use guarded, each function calling the one before) for each N,
and times, in a child process per package (the working tree, and a base
commit taken from git as compare_reports.py does), run in turn ABBA:

- check: the plugin's whole check of the file (the handlers' analysis included);
- uses: the use analysis alone (building `UseSites` and answering its questions).

For each N it prints the median times, the file's node count and the time
per node, then the exponent of time against node count fitted by least
squares on log-log: 1.0 is linear, 2.0 quadratic.

    python benchmarks/bench_scaling.py [--sizes 100,200,400,800] [--repeat N] [--base COMMIT | --base '']
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from compare_reports import BASE_COMMIT
from corpus import package_at

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import ast, json, pathlib, statistics, sys, time

sys.path.insert(0, sys.argv[2])
from corpus import load_package

load_package(pathlib.Path(sys.argv[1]))
import flake8_failfast.judge.hazards as hazards
from flake8_failfast.pipeline import Settings, check, split_lines

spent = [0.0]
UseSites = hazards.UseSites


def timed(method):
    def measured(*args, **kwargs):
        start = time.process_time()
        try:
            return method(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start
    return measured


class TimedUseSites(UseSites):
    pass


for method in ("__init__", "is_read", "is_read_after", "replaced_later", "first_unguarded"):
    setattr(TimedUseSites, method, timed(getattr(UseSites, method)))


hazards.UseSites = TimedUseSites
repeat = int(sys.argv[3])
for number, path in enumerate(sys.argv[4:]):
    source = pathlib.Path(path).read_text(encoding="utf-8")
    tree, lines = ast.parse(source), split_lines(source)
    if number == 0:
        check(tree, lines, path, Settings())  # imports and first-use costs, outside the timings
    checks, uses = [], []
    for _ in range(repeat):
        spent[0] = 0.0
        start = time.process_time()
        reports = len(check(tree, lines, path, Settings()))
        checks.append(time.process_time() - start)
        uses.append(spent[0])
    print(json.dumps({"path": path, "check": checks, "uses": uses, "reports": reports}))
"""


def generated_module(size: int) -> str:
    """N masked imports, each used by a function; even uses guarded, odd ones not; each calls the one before."""
    parts = []
    for i in range(size):
        call = f"use_{i - 1}(value)" if i else "value"
        if i % 2 == 0:
            body = f"    if scaled_{i} is not None:\n        return scaled_{i}.run(value)\n    return {call}\n"
        else:
            body = f"    value = scaled_{i}.run(value)\n    return {call}\n"
        parts.append(
            f"try:\n    import scaled_{i}\nexcept ImportError:\n    scaled_{i} = None\n\n\n"
            f"def use_{i}(value):\n{body}\n\n"
        )
    return "".join(parts)


def exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """The slope of log(time) against log(size), least squares."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in times]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)


class Timings(NamedTuple):
    """One file's timed checks, from one or more children."""

    check: list[float]
    uses: list[float]
    reports: int


def child_times(package_root: Path, files: Sequence[Path], repeat: int) -> dict[str, Timings]:
    """Each file's timings in one child process running the package at `package_root`."""
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(package_root), str(Path(__file__).resolve().parent), str(repeat),
         *map(str, files)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {row["path"]: Timings(row["check"], row["uses"], row["reports"]) for row in rows}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="100,200,400,800", help="the N to generate, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="timed checks of each file in each child")
    parser.add_argument("--base", default=BASE_COMMIT, help="also time this commit's package ('' for none)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]

    with tempfile.TemporaryDirectory() as temporary:
        files: list[Path] = []
        nodes: list[int] = []
        for size in sizes:
            source = generated_module(size)
            files.append(Path(temporary, f"scaled_{size}.py"))
            files[-1].write_text(source, encoding="utf-8")
            nodes.append(sum(1 for _ in ast.walk(ast.parse(source))))
        packages = {"working tree": ROOT}
        if args.base:
            packages[args.base] = package_at(args.base, Path(temporary, "base"))
        measured: dict[str, dict[str, Timings]] = {name: {} for name in packages}
        for name in [*packages, *reversed(packages)]:
            for path, timings in child_times(packages[name], files, args.repeat).items():
                kept = measured[name].setdefault(path, Timings([], [], timings.reports))
                kept.check.extend(timings.check)
                kept.uses.extend(timings.uses)

    print(f"generated modules, N masked imports and N functions using them; median of {2 * args.repeat} "
          f"checks per file and package (imports outside the timings)")
    for name in packages:
        print(f"{name}:")
        print(f"  {'N':>5} {'nodes':>7} {'reports':>7} {'check ms':>9} {'us/node':>8} {'uses ms':>8} {'us/node':>8}")
        checks, uses = [], []
        for size, file, count in zip(sizes, files, nodes):
            kept = measured[name][str(file)]
            checks.append(statistics.median(kept.check))
            uses.append(statistics.median(kept.uses))
            print(f"  {size:>5} {count:>7} {kept.reports:>7} {checks[-1] * 1000:>9.1f} "
                  f"{checks[-1] / count * 1e6:>8.2f} {uses[-1] * 1000:>8.1f} {uses[-1] / count * 1e6:>8.2f}")
        print(f"  fitted exponent of time against nodes: check {exponent(nodes, checks):.2f}, "
              f"uses {exponent(nodes, uses):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
