"""Run the plugin on every .py file installed in this environment; exit 1 on any crash.

The test suite checks a fixed corpus, the standard library
(tests/test_robustness.py); this sweep also covers whatever happens to be
installed (site-packages: the test tools, libcst, flake8 ...), so its cost and
coverage vary. Run it by hand when the analysis changes and quote its output:

    python benchmarks/sweep_environment.py [PATH ...]

Prints the files checked and skipped (flake8 could not decode or parse them:
E902/E999, the plugin is never called), the number of reports, then every crash
and malformed report in full.
"""

from __future__ import annotations

import argparse
import sys
import sysconfig
import time
from collections.abc import Sequence
from pathlib import Path

# The in-process runner is shared with the suite's robustness tests.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from in_process import sweep  # noqa: E402


def installed_roots() -> list[Path]:
    """The standard library and the environment's site-packages (purelib and platlib)."""
    roots = {Path(sysconfig.get_paths()[key]) for key in ("stdlib", "purelib", "platlib")}
    return sorted(roots)


def python_files(roots: Sequence[Path]) -> list[Path]:
    return sorted({path for root in roots for path in ([root] if root.is_file() else root.rglob("*.py"))})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the plugin on every .py file installed in this environment.")
    parser.add_argument("paths", nargs="*", type=Path, help="files or directories (default: the environment)")
    args = parser.parse_args(argv)
    roots = args.paths or installed_roots()
    files = python_files(roots)
    if not files:
        print(f"no .py files under {', '.join(map(str, roots))}", file=sys.stderr)
        return 2
    started = time.process_time()
    result = sweep(files)
    cpu = time.process_time() - started
    print(f"python {sys.version.split()[0]}: {len(files)} files under {', '.join(map(str, roots))}")
    print(f"checked {result.checked}, skipped {result.skipped} (E902/E999), {result.reports} reports, {cpu:.0f} s CPU")
    print(f"crashes: {len(result.crashes)}, malformed reports: {len(result.malformed)}")
    for problem in result.crashes + result.malformed:
        print(problem)
    return 1 if result.crashes or result.malformed else 0


if __name__ == "__main__":
    raise SystemExit(main())
