"""Same reports as a base revision: every finding of every FF code, message included, file by file.

Takes the plugin's package as it was at a base commit out of the git history
(default: BASE_COMMIT), runs it and the working tree's package over the same
files in two interpreters side by side, every code selected, and prints the
findings (path, line, column, code, message) that only one of them gives.
A change meant to keep the judgements (a faster walk, a refactoring) must
print zero differences.

    python benchmarks/compare_reports.py [--base COMMIT] [--with-tests] [PATH ...]   (default: the standard library)

Exit status 1 when the two differ.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from corpus import SKIPPED_DIRS, corpus_files, package_at, stdlib_corpus

ROOT = Path(__file__).resolve().parent.parent
BASE_COMMIT = "348bce4"
"""0.2.0's rules before the one-pass use analysis."""

Report = tuple[str, int, int, str, str]
"""Path, line, column, code and message of one finding."""

_DUMP = r"""
import json, pathlib, sys, time, tokenize, warnings

sys.path.insert(0, sys.argv[2])
from corpus import load_package

load_package(pathlib.Path(sys.argv[1]))
from flake8_failfast.pipeline import Settings, check, split_lines

seconds = 0.0
for path in pathlib.Path(sys.argv[3]).read_text(encoding="utf-8").splitlines():
    try:
        with tokenize.open(path) as handle:
            source = handle.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import ast
            tree = ast.parse(source)
    except (SyntaxError, UnicodeDecodeError, OSError, ValueError, RecursionError):
        continue
    start = time.process_time()
    try:
        found = check(tree, split_lines(source), path, Settings())
    except RecursionError:
        print(json.dumps([path, 0, 0, "RecursionError", "check() raised"]))
        continue
    finally:
        seconds += time.process_time() - start
    for f in found:
        print(json.dumps([path, f.line, f.col, f.code, f.message]))
print(json.dumps(["", 0, 0, "seconds", str(seconds)]))
"""


def _start(package_root: Path, file_list: Path) -> subprocess.Popen[str]:
    """The package at `package_root` checking the files listed in `file_list`, running beside the other one."""
    return subprocess.Popen(
        [sys.executable, "-c", _DUMP, str(package_root), str(Path(__file__).resolve().parent), str(file_list)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _collect(process: subprocess.Popen[str]) -> tuple[Counter[Report], float]:
    """The process's reports (a counter: the same report twice counts twice) and its CPU time in `check`."""
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(stderr)
    found: Counter[Report] = Counter()
    seconds = 0.0
    for line in stdout.splitlines():
        path, number, col, code, message = json.loads(line)
        if code == "seconds":
            seconds = float(message)
        else:
            found[(path, number, col, code, message)] += 1
    return found, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--base", default=BASE_COMMIT, help=f"the revision to compare with (default {BASE_COMMIT})")
    parser.add_argument("--show", type=int, default=20, help="how many differences to list")
    parser.add_argument("--with-tests", action="store_true", help="also the test suites (skipped by default)")
    args = parser.parse_args(argv)
    skipped = frozenset({"__pycache__"}) if args.with_tests else SKIPPED_DIRS
    files = corpus_files(args.paths or stdlib_corpus(), skipped)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as temporary:
        base_root = package_at(args.base, Path(temporary))
        file_list = Path(temporary, "files.txt")
        file_list.write_text("\n".join(str(f) for f in files), encoding="utf-8")
        processes = [_start(base_root, file_list), _start(ROOT, file_list)]
        (old, old_seconds), (new, new_seconds) = (_collect(p) for p in processes)
    only_old, only_new = old - new, new - old
    print(f"files: {len(files)} under {', '.join(str(p) for p in args.paths) or 'the standard library'}")
    print(f"findings at {args.base}: {sum(old.values())} in {old_seconds:.2f} s CPU; "
          f"working tree: {sum(new.values())} in {new_seconds:.2f} s CPU ({time.monotonic() - started:.0f} s wall)")
    print("by code:", dict(sorted(Counter(report[3] for report in new.elements()).items())))
    print(f"differences: {sum(only_old.values()) + sum(only_new.values())} "
          f"(only at {args.base}: {sum(only_old.values())}, only in the working tree: {sum(only_new.values())})")
    for sign, reports in (("-", only_old), ("+", only_new)):
        for path, line, col, code, message in sorted(reports)[: args.show]:
            print(f"  {sign} {path}:{line}:{col + 1}: {code} {message}")
    return 1 if only_old or only_new else 0


if __name__ == "__main__":
    raise SystemExit(main())
