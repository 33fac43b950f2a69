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
import tempfile
import time
from collections import Counter
from pathlib import Path

from corpus import SKIPPED_DIRS, collect_reports, corpus_files, package_at, start_reports, stdlib_corpus

ROOT = Path(__file__).resolve().parent.parent
BASE_COMMIT = "348bce4"
"""0.2.0's rules before the one-pass use analysis."""


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
        processes = [start_reports(base_root, file_list), start_reports(ROOT, file_list)]
        (old, old_seconds), (new, new_seconds) = (collect_reports(p) for p in processes)
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
