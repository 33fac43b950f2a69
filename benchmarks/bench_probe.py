"""What `pytest --failfast-imports` costs: a fixed subset of this project's own suite, with and without.

The subset is the in-process tests (the libcst analysis, the judgement and the
fixer's property test): the whole suite spends most of its time in flake8
subprocesses, which the recorder does not watch, and would hide its cost.
Runs alternate (ABBA, so that drift in the machine's speed falls on both),
each in a fresh pytest process; the CPU time (user + system) of the child and
the wall time are compared by their medians. The recorder watches the
project's own files (the rootdir), as in any project: the handlers of
flake8_failfast/ and tests/.

    python benchmarks/bench_probe.py [--repeat N] [TEST_PATH ...]

Exit status 1 when the median CPU time is more than 5% higher with the probe.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from corpus import child_cpu_seconds

ROOT = Path(__file__).resolve().parent.parent
SUBSET = ["tests/test_analysis.py", "tests/test_hazards.py", "tests/test_fix_property.py"]
LIMIT = 1.05


def run(paths: list[str], probe: bool) -> tuple[float, float]:
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT), *paths]
    if probe:
        argv.append("--failfast-imports")
    started = time.perf_counter()
    cpu, result = child_cpu_seconds(argv)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"pytest failed ({result.returncode}):\n{result.stdout[-2000:]}")
    if probe and "handlers caught" not in result.stdout:
        print("note: no watched handler caught anything (the probe still watched them)", file=sys.stderr)
    return cpu, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds of ABBA (default: 3)")
    parser.add_argument("paths", nargs="*", default=SUBSET, help=f"tests to run (default: {' '.join(SUBSET)})")
    args = parser.parse_args()
    times: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for round_ in range(args.repeat):
        for probe in (False, True, True, False) if round_ % 2 == 0 else (True, False, False, True):
            times[probe].append(run([str(ROOT / p) for p in args.paths], probe))
    print(f"Python {sys.version.split()[0]}, {len(times[False])} runs each of: pytest {' '.join(args.paths)}")
    medians = {}
    for probe, label in ((False, "without"), (True, "--failfast-imports")):
        cpu = statistics.median(t[0] for t in times[probe])
        wall = statistics.median(t[1] for t in times[probe])
        medians[probe] = cpu
        print(f"  {label:>20}: median CPU {cpu:7.2f} s, median wall {wall:7.2f} s")
    ratio = medians[True] / medians[False]
    print(f"  overhead (CPU): {100 * (ratio - 1):+.1f}% (limit {100 * (LIMIT - 1):+.0f}%)")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    raise SystemExit(main())
