"""Nothing lost since 0.1.0: the default and opt-in codes report every handler 0.1.0 reported.

Takes 0.1.0's package out of the git history (commit V01_COMMIT), runs it and
the working tree's package over the same files in two interpreters, every
code selected, and compares the findings by place (file, line, column) and
family (FF1 masked, FF2 swallowed, FF3 deferred). Prints how many 0.1.0
reported, how many of them the current code reports too, the ones it lost and
the new ones, by code.

    python benchmarks/compare_v01.py [--with-tests] [PATH ...]   (default: the standard library)

Exit status 1 when a 0.1.0 finding is lost.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus import SKIPPED_DIRS, corpus_files, stdlib_corpus

ROOT = Path(__file__).resolve().parent.parent
V01_COMMIT = "22e8aa9"
"""The last commit of 0.1.0's rules."""

Place = tuple[str, int, int, str]
"""File, line, column and family (FF1, FF2, FF3) of one finding."""

_DUMP = r"""
import ast, importlib.util, json, pathlib, sys, tokenize, warnings

package = pathlib.Path(sys.argv[1], "flake8_failfast")
spec = importlib.util.spec_from_file_location(
    "flake8_failfast", package / "__init__.py", submodule_search_locations=[str(package)]
)
module = importlib.util.module_from_spec(spec)
sys.modules["flake8_failfast"] = module
spec.loader.exec_module(module)
from flake8_failfast.findings import Settings, check, split_lines
assert pathlib.Path(sys.modules["flake8_failfast.findings"].__file__).parent == package

for path in sys.stdin.read().splitlines():
    try:
        with tokenize.open(path) as handle:
            source = handle.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
    except (SyntaxError, UnicodeDecodeError, OSError, ValueError, RecursionError):
        continue
    try:
        found = check(tree, split_lines(source), path, Settings())
    except RecursionError:
        continue
    for f in found:
        print(json.dumps([path, f.line, f.col, f.code]))
"""


@dataclass(frozen=True)
class Comparison:
    old: dict[Place, str]
    new: dict[Place, str]

    @property
    def lost(self) -> list[Place]:
        return sorted(set(self.old) - set(self.new))

    @property
    def added(self) -> list[Place]:
        return sorted(set(self.new) - set(self.old))


def v01_source(destination: Path) -> Path:
    """0.1.0's package, extracted from git into `destination`; raises LookupError without the history."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", V01_COMMIT, "flake8_failfast"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise LookupError(f"commit {V01_COMMIT} is not in this clone: {archive.stderr.decode().strip()}")
    tar_path = destination / "v01.tar"
    tar_path.write_bytes(archive.stdout)
    with tarfile.open(tar_path) as tar:
        tar.extractall(destination, filter="data") if sys.version_info >= (3, 12) else tar.extractall(destination)
    return destination


def findings(package_root: Path, files: Sequence[Path]) -> dict[Place, str]:
    """Every finding of the package found at `package_root`, by place, with its code."""
    result = subprocess.run(
        [sys.executable, "-c", _DUMP, str(package_root)],
        input="\n".join(str(f) for f in files),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    found: dict[Place, str] = {}
    for line in result.stdout.splitlines():
        path, number, col, code = json.loads(line)
        found[(path, number, col, code[:3])] = code
    return found


def compare(files: Sequence[Path]) -> Comparison:
    with tempfile.TemporaryDirectory() as temporary:
        old_root = v01_source(Path(temporary))
        return Comparison(findings(old_root, files), findings(ROOT, files))


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
    print(f"0.1.0 findings (every code): {len(result.old)}; reported now too: {kept}; lost: {len(result.lost)}")
    print(f"findings now (every code): {len(result.new)}; new since 0.1.0: {len(result.added)}")
    print("now, by code:", dict(sorted(Counter(result.new.values()).items())))
    print("0.1.0, by code:", dict(sorted(Counter(result.old.values()).items())))
    print("new, by code:", dict(sorted(Counter(result.new[p] for p in result.added).items())))
    for title, places in (("lost", result.lost), ("new", result.added)):
        for path, line, col, family in places[: args.show]:
            print(f"  {title}: {path}:{line}:{col + 1} {family}")
    return 1 if result.lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
