"""Nothing lost since 0.1.0: the default and opt-in codes report every handler 0.1.0 reported.

Takes 0.1.0's package out of the git history (commit V01_COMMIT), runs it and
the working tree's package over the same files in two interpreters, every
code selected, and compares the findings by place (file, line, column) and
family (FF1 masked, FF2 swallowed, FF3 deferred). Prints how many 0.1.0
reported, how many of them the current code reports too, the ones it lost and
the new ones, by code. Two kinds of 0.1.0 findings are not lost but intended
now: a handler that re-raises unless the expected module is the missing one
(`exc.name`, `find_spec`, a platform test; the form FF103/FF203 ask for), and
a silent handler whose names a `from m import *` above the try binds.

    python benchmarks/compare_v01.py [--with-tests] [PATH ...]   (default: the standard library)

Exit status 1 when a 0.1.0 finding is lost (other than those intended ones).
"""

from __future__ import annotations

import argparse
import ast
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus import SKIPPED_DIRS, collect_reports, corpus_files, package_at, start_reports, stdlib_corpus

from flake8_failfast.candidates import Candidate, find_candidates
from flake8_failfast.pipeline import split_lines
from flake8_failfast.judge.hazards import checks_which_module_failed, star_bound_before
from flake8_failfast.judge.origin import classifier_for

ROOT = Path(__file__).resolve().parent.parent
V01_COMMIT = "22e8aa9"
"""The last commit of 0.1.0's rules."""

Place = tuple[str, int, int, str]
"""File, line, column and family (FF1, FF2, FF3) of one finding."""


@dataclass(frozen=True)
class Comparison:
    old: dict[Place, str]
    new: dict[Place, str]
    intended: frozenset[Place] = frozenset()
    """0.1.0's findings no longer reported on purpose (see the module's docstring)."""

    @property
    def lost(self) -> list[Place]:
        return sorted(set(self.old) - set(self.new) - self.intended)

    @property
    def added(self) -> list[Place]:
        return sorted(set(self.new) - set(self.old))


def findings(package_root: Path, files: Sequence[Path]) -> dict[Place, str]:
    """Every finding of the package found at `package_root`, by place, with its code."""
    with tempfile.TemporaryDirectory() as temporary:
        file_list = Path(temporary, "files.txt")
        file_list.write_text("\n".join(str(f) for f in files), encoding="utf-8")
        reports, _ = collect_reports(start_reports(package_root, file_list))
    return {(path, line, col, code[:3]): code for path, line, col, code, _ in reports if code.startswith("FF")}


def intended_losses(places: Sequence[Place]) -> frozenset[Place]:
    """The places whose handler is in the recommended form, or silent under a star import that binds its names."""
    found: set[Place] = set()
    for path in {place[0] for place in places}:
        source = Path(path).read_text(encoding="utf-8", errors="surrogateescape")
        tree = ast.parse(source)
        classifier = classifier_for(path, frozenset(), frozenset())
        for candidate in find_candidates(tree, split_lines(source)):
            star_bound = star_bound_before(tree, candidate, classifier)
            for index, line, col in candidate.handlers:
                here = [p for p in places if p[:3] == (path, line, col)]
                recommended = checks_which_module_failed(candidate, index)
                if here and (recommended or silent_under_star(candidate, index, star_bound)):
                    found.update(here)
    return frozenset(found)


def silent_under_star(candidate: Candidate, index: int, star_bound: frozenset[str]) -> bool:
    """The handler only passes, and a star import above binds a name the try imports."""
    handlers: list[ast.ExceptHandler] = getattr(candidate.node, "handlers", [])
    if not 0 <= index < len(handlers) or not all(isinstance(stmt, ast.Pass) for stmt in handlers[index].body):
        return False
    imported = {
        (alias.asname or alias.name).split(".")[0]
        for stmt in getattr(candidate.node, "body", [])
        if isinstance(stmt, (ast.Import, ast.ImportFrom))
        for alias in stmt.names
    }
    return bool(imported & star_bound)


def compare(files: Sequence[Path]) -> Comparison:
    with tempfile.TemporaryDirectory() as temporary:
        old_root = package_at(V01_COMMIT, Path(temporary))
        old, new = findings(old_root, files), findings(ROOT, files)
    return Comparison(old, new, intended_losses(sorted(set(old) - set(new))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--show", type=int, default=10, help="how many lost and new findings to list")
    parser.add_argument("--with-tests", action="store_true", help="also the test suites (skipped by default)")
    args = parser.parse_args(argv)
    skipped = frozenset({"__pycache__"}) if args.with_tests else SKIPPED_DIRS
    files = corpus_files(args.paths or stdlib_corpus(), skipped)
    result = compare(files)
    kept = len(set(result.old) & set(result.new))
    print(f"files: {len(files)}")
    print(
        f"0.1.0 findings (every code): {len(result.old)}; reported now too: {kept}; "
        f"intended (recommended form, star-bound): {len(result.intended)}; lost: {len(result.lost)}"
    )
    print(f"findings now (every code): {len(result.new)}; new since 0.1.0: {len(result.added)}")
    print("now, by code:", dict(sorted(Counter(result.new.values()).items())))
    print("0.1.0, by code:", dict(sorted(Counter(result.old.values()).items())))
    print("new, by code:", dict(sorted(Counter(result.new[p] for p in result.added).items())))
    for title, places in (("intended", sorted(result.intended)), ("lost", result.lost), ("new", result.added)):
        for path, line, col, family in places[: args.show]:
            print(f"  {title}: {path}:{line}:{col + 1} {family}")
    return 1 if result.lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
