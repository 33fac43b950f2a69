"""Does a fix leave a trace? The fixer run over copies of an environment, then every changed file linted.

A fix that makes the next `flake8` run fail is a fix users revert. The
standard library and the site-packages of an environment (default: the
interpreter running this script; `--python` names another) are copied as
`fix_imports_check.py` copies them, and `flake8-failfast fix --isolated`
rewrites the copies, once per selection (default: the fixer's default
selection, then `--select=FF`). Each changed file is linted at its own path
twice, the original put back for "before", the fix for "after", by flake8
with its default plugins and this one's codes (`--select=F,E9,FF`: pyflakes,
pycodestyle's E9, every FF code), with the fixer's view of the environment.

Per selection, with line and column numbers masked (a finding is its code
and its message, a `line N` inside the message masked too):

- findings added: what the fixed file has and the original did not;
- fixed codes left: a selected code flake8 still reports on the fixed file
  anywhere but at the handlers the fixer says it left to a person;
- orphan pragma lines added: lines holding only a `# type: ignore`,
  `# noqa` or `# pragma: no cover` comment that the original did not have.

    python benchmarks/fix_lint_check.py [--selection CODES]... [--python PYTHON] [--jobs N]

Exit status 1 when any selection leaves a trace.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus import flake8_argv
from fix_imports_check import Environment, Tree, copy_tree, files_to_fix, find_environment, fixer_messages

from flake8_failfast.fix.plan import select_codes

LINTED = "F,E9,FF"
FORMAT = "%(path)s\t%(row)d\t%(code)s\t%(text)s"
LINT_BATCH = 200
_NOTE = re.compile(r"^(.+):(\d+):\d+: not fixed: ")
_LINE_IN_MESSAGE = re.compile(r"\bline \d+")
_PRAGMA_LINE = re.compile(r"^\s*#\s*(type:\s*ignore|noqa|pragma:\s*no\s*cover)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    line: int
    code: str
    message: str

    @property
    def masked(self) -> tuple[str, str]:
        return self.code, _LINE_IN_MESSAGE.sub("line N", self.message)


@dataclass
class Traces:
    """What the fixed files of one selection have that the originals did not, by file."""

    added: list[tuple[Path, tuple[str, str]]] = field(default_factory=list)
    left: list[tuple[Path, Finding]] = field(default_factory=list)
    pragmas: list[tuple[Path, str]] = field(default_factory=list)

    def any(self) -> bool:
        return bool(self.added or self.left or self.pragmas)


def lint(files: Sequence[Path], environment: Environment, jobs: int, cwd: Path) -> dict[Path, list[Finding]]:
    """flake8's findings of each file, with the environment's site-packages at the end of its path as the fixer had."""
    launcher = (
        "import os, sys; sys.path.extend(sys.argv[1].split(os.pathsep)); sys.argv[1:2] = []; "
        "from flake8.main.cli import main; raise SystemExit(main(sys.argv[1:]))"
    )
    site = os.pathsep.join(str(tree.original) for tree in environment.site)
    empty_toml = cwd / "empty.toml"
    empty_toml.write_text("", encoding="utf-8")
    found: dict[Path, list[Finding]] = {path: [] for path in files}
    for start in range(0, len(files), LINT_BATCH):
        batch = files[start : start + LINT_BATCH]
        options = flake8_argv(empty_toml)[3:]  # after `python -m flake8`: --isolated, and the empty toml
        argv = [
            sys.executable, "-c", launcher, site, *options,
            f"--select={LINTED}", f"--format={FORMAT}", f"--jobs={jobs}", *map(str, batch),
        ]
        result = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=cwd)
        if result.returncode not in (0, 1) or result.stderr:
            raise SystemExit(f"flake8 failed with status {result.returncode}:\n{result.stderr}")
        for line in result.stdout.splitlines():
            path, row, code, message = line.split("\t", 3)
            found[Path(path)].append(Finding(int(row), code, message))
    return found


def notes_by_file(said: Sequence[str]) -> dict[Path, set[int]]:
    """The lines (in the fixed files) of the handlers the fixer left to a person."""
    notes: dict[Path, set[int]] = {}
    for line in said:
        match = _NOTE.match(line)
        if match:
            notes.setdefault(Path(match.group(1)), set()).add(int(match.group(2)))
    return notes


def pragma_lines(text: str) -> Counter[str]:
    return Counter(line.strip() for line in text.splitlines() if _PRAGMA_LINE.match(line))


def traces_of(
    selection: str, environment: Environment, jobs: int, workdir: Path
) -> tuple[int, int, Traces]:
    """Fix a fresh copy with one selection; the files scanned, the files changed, and the traces left."""
    root = workdir / (selection or "default")
    trees = [Tree(tree.kind, tree.original, root / tree.copy.name) for tree in environment.trees()]
    copied = Environment(environment.python, environment.version, trees[0], tuple(trees[1:]))
    for tree in trees:
        copy_tree(tree)
    files = [path for tree in trees for path in files_to_fix(tree, include_tests=False)]
    said = fixer_messages(files, [selection] if selection else [], jobs, copied)
    originals = {tree.copy: tree.original for tree in trees}
    changed: dict[Path, tuple[bytes, bytes]] = {}
    for path in files:
        tree_copy = next(copy for copy in originals if path.is_relative_to(copy))
        before = (originals[tree_copy] / path.relative_to(tree_copy)).read_bytes()
        after = path.read_bytes()
        if before != after:
            changed[path] = (before, after)
    ordered = sorted(changed)
    for path in ordered:
        path.write_bytes(changed[path][0])
    cwd = root / "cwd"
    cwd.mkdir()
    found_before = lint(ordered, copied, jobs, cwd)
    for path in ordered:
        path.write_bytes(changed[path][1])
    found_after = lint(ordered, copied, jobs, cwd)

    selected = select_codes([selection] if selection else [])
    notes = notes_by_file(said)
    traces = Traces()
    for path in ordered:
        had = Counter(finding.masked for finding in found_before[path])
        has = Counter(finding.masked for finding in found_after[path])
        shown = path.relative_to(root)
        traces.added += [(shown, key) for key, count in (has - had).items() for _ in range(count)]
        traces.left += [
            (shown, finding)
            for finding in found_after[path]
            if finding.code in selected and finding.line not in notes.get(path, set())
        ]
        old, new = (pragma_lines(text.decode("utf-8", "replace")) for text in changed[path])
        traces.pragmas += [(shown, line) for line, count in (new - old).items() for _ in range(count)]
    return len(files), len(changed), traces


def report(selection: str, scanned: int, changed: int, traces: Traces) -> None:
    print(f"fixer selection: {','.join(sorted(select_codes([selection] if selection else [])))}")
    print(f"    files scanned: {scanned}, changed: {changed}")
    print(f"    findings added ({LINTED}): {len(traces.added)}")
    for path, (code, message) in traces.added:
        print(f"        {path}: {code} {message}")
    print(f"    fixed codes left (not at a handler the fixer left to a person): {len(traces.left)}")
    for path, finding in traces.left:
        print(f"        {path}:{finding.line}: {finding.code} {finding.message}")
    print(f"    orphan pragma lines added: {len(traces.pragmas)}")
    for path, line in traces.pragmas:
        print(f"        {path}: {line}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--selection", action="append", metavar="CODES",
        help="a fixer --select value, one run each; '' for the default (default: '' and FF)",
    )
    parser.add_argument("--python", default=sys.executable, help="the environment's interpreter (default: this one)")
    parser.add_argument("--jobs", type=int, default=2, help="fixers and flake8 jobs run side by side")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory and print where it is")
    args = parser.parse_args(argv)
    selections = args.selection if args.selection is not None else ["", "FF"]
    workdir = Path(tempfile.mkdtemp(prefix="fix-lint-check-"))
    try:
        environment = find_environment(args.python, workdir)
        print(f"python {environment.version} ({environment.python})")
        print(f"trees: {', '.join(str(tree.original) for tree in environment.trees())}")
        status = 0
        for selection in selections:
            scanned, changed, traces = traces_of(selection, environment, args.jobs, workdir)
            report(selection, scanned, changed, traces)
            status = max(status, int(traces.any()))
        return status
    finally:
        if args.keep:
            print(f"kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
