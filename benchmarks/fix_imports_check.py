"""Does fixed code still import? The fixer run over copies of an environment, then every changed module imported.

The standard library and the site-packages of an environment (default: the
interpreter running this script; `--python` names another) are copied into a
temporary directory; `flake8-failfast fix --isolated` (default selection, or
with `--select CODES`) rewrites the copies. Each module whose file changed is
then imported in a fresh interpreter twice, both times the environment's own
interpreter run as

    python -s -S -X frozen_modules=off -X pycache_prefix=TMP -c ...

"before" from the original environment, "after" with that module's fix alone
put in front of it: an overlay directory first on PYTHONPATH mirrors the
module's tree (links to the original entries, and the fixed file). One module
per import keeps each failure where it belongs: under `--select=FF` the fixed
`io` stops every interpreter at startup, and a test of the fixed world as a
whole would blame every other module for it. That whole
world is checked once: does an interpreter start on the fixed standard library
and add the fixed site-packages? A site-packages module is imported with the
site-packages added by `site.addsitedir` (their `.pth` files included); a
standard-library module without them, or setuptools' `distutils` shim would
stand in for the real one. `frozen_modules=off` lets `os`, `codecs` and the
other frozen modules come from the overlay, and modules imported at startup
(`io`, `encodings`) come from it too, as PYTHONPATH is in place before they
load; the pycache prefix keeps bytecode out of the environment.

A module counts as tested only when the import loaded its very file (its
`__spec__.origin`) from the tree under test. Otherwise it is "not testable"
and said so: modules frozen into the interpreter whatever the flags
(`importlib._bootstrap`, `zipimport`), and files shadowed by another module of
the same name (a compiled module beside its source, a package beside a
module, a backport the standard library wins over).

Never imported (counted as skipped):

- `__main__` modules: importing one runs a program;
- `antigravity` (opens a web browser) and `this` (prints);
- GUI code: `idlelib`, `turtledemo`, `tkinter`, `turtle`;
- test packages (directories named as in `corpus.SKIPPED_DIRS`: `test`,
  `tests`, `idle_test`): neither fixed nor imported unless `--include-tests`;
- files whose path is no module name (`*.dist-info`, `foo-1.0.data`, ...).

Figures: files scanned and changed, modules tested, imported before and
after, failed before (excluded), imported before and failing after (each with
the last line of its error and the codes flake8 reports on the original
file), not testable. With `--select`, a module may fail after where docs/fixing.md
allows it: an optional dependency that is absent becomes required.

    python benchmarks/fix_imports_check.py [--select CODES] [--python PYTHON] [--jobs N] [--timeout S]

Exit status 1 when any module imported before and fails after.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from corpus import SKIPPED_DIRS, corpus_files, flake8_argv

from flake8_failfast.fix.plan import select_codes

SKIPPED_MODULES = frozenset({"antigravity", "this", "idlelib", "turtledemo", "tkinter", "turtle"})
"""Top-level modules never imported: side effects (a browser, printing) or a GUI."""
TEST_DIRS = frozenset({"test", "tests", "idle_test"}) & SKIPPED_DIRS
NEVER_COPIED = frozenset({"__pycache__", "site-packages", "dist-packages", "lib-dynload"})
"""The copy of the standard library holds neither installed packages nor extension modules (those stay found)."""
NOT_TESTABLE = 97
"""The child's exit status when the imported module is not the file under test."""
FIXER_BATCH = 300

CHILD = f"""
import importlib, os, site, sys
expected, name, *site_dirs = sys.argv[1:]
for directory in site_dirs:
    site.addsitedir(directory)
loaded = name in sys.modules
module = importlib.import_module(name)
origin = getattr(getattr(module, "__spec__", None), "origin", None)
if not origin or not os.path.exists(origin) or os.path.realpath(origin) != os.path.realpath(expected):
    how = "loaded at startup" if loaded else "imported"
    print(f"{{how}} from {{origin}}, not from the file under test", file=sys.stderr)
    sys.exit({NOT_TESTABLE})
"""

ENVIRONMENT = (
    "import json, sys, sysconfig; p = sysconfig.get_paths(); "
    "print(json.dumps({'stdlib': p['stdlib'], 'site': sorted({p['purelib'], p['platlib']}), "
    "'version': sys.version.split()[0]}))"
)
_MISSING = re.compile(r"No module named '([^']+)'")
_REPORT = re.compile(r"^[^:]+:(\d+):\d+: (FF\d{3}) ", re.MULTILINE)


@dataclass(frozen=True)
class Tree:
    """A root of the environment (standard library or site-packages) and its copy."""

    kind: str
    original: Path
    copy: Path


@dataclass(frozen=True)
class Environment:
    python: str
    version: str
    stdlib: Tree
    site: tuple[Tree, ...]

    def trees(self) -> tuple[Tree, ...]:
        return (self.stdlib, *self.site)


@dataclass(frozen=True)
class Module:
    name: str
    tree: Tree
    relative: Path


@dataclass(frozen=True)
class Attempt:
    """One import: "ok", "error", "timeout" or "not testable", and the last line said about it."""

    status: str
    detail: str = ""


@dataclass(frozen=True)
class Verdict:
    module: Module
    before: Attempt
    after: Attempt | None


def find_environment(python: str, workdir: Path) -> Environment:
    """The standard library and site-packages of `python`, each with the place of its copy under `workdir`."""
    said = subprocess.run([python, "-I", "-c", ENVIRONMENT], capture_output=True, text=True, check=True)
    found = json.loads(said.stdout)
    stdlib = Tree("stdlib", Path(found["stdlib"]), workdir / "stdlib")
    site = tuple(
        Tree("site-packages", Path(path), workdir / f"site-packages-{number}")
        for number, path in enumerate(found["site"])
        if Path(path).is_dir()
    )
    return Environment(python, found["version"], stdlib, site)


def copy_tree(tree: Tree) -> None:
    """A plain copy: symbolic links are followed, so that no rewrite can reach the original through one."""
    shutil.copytree(
        tree.original,
        tree.copy,
        symlinks=False,
        ignore=shutil.ignore_patterns(*NEVER_COPIED),
        ignore_dangling_symlinks=True,
    )


def files_to_fix(tree: Tree, include_tests: bool) -> list[Path]:
    skipped = frozenset({"__pycache__"}) | (frozenset() if include_tests else TEST_DIRS)
    return [path for path in corpus_files([tree.copy], skipped) if not path.is_symlink()]


def run_fixer(
    files: Sequence[Path], select: Sequence[str], jobs: int, environment: Environment
) -> tuple[int, int]:
    """Fix the files in place; the counts of notes and of files not handled."""
    said = fixer_messages(files, select, jobs, environment)
    return sum(": not fixed: " in line for line in said), sum(": error: " in line for line in said)


def fixer_messages(files: Sequence[Path], select: Sequence[str], jobs: int, environment: Environment) -> list[str]:
    """Fix the files in place, in batches run side by side; what the fixer said on standard error, by line.

    The fixer sees the environment's original site-packages at the end of
    its path, as it would when installed there (it reads installed modules'
    sources to know what they import, never importing them).
    """
    batches = [files[start : start + FIXER_BATCH] for start in range(0, len(files), FIXER_BATCH)]
    options = [f"--select={','.join(select)}"] if select else []
    # Appended, not prepended: the environment's own flake8 or libcst must not replace the fixer's.
    launcher = (
        "import os, sys; sys.path.extend(sys.argv[1].split(os.pathsep)); sys.argv[1:2] = []; "
        "from flake8_failfast.cli import main; raise SystemExit(main(sys.argv[1:]))"
    )
    site = os.pathsep.join(str(tree.original) for tree in environment.site)

    def fix(batch: Sequence[Path]) -> str:
        argv = [sys.executable, "-c", launcher, site, "fix", "--isolated", *options, *map(str, batch)]
        result = subprocess.run(argv, capture_output=True, text=True, check=False)
        if result.returncode not in (0, 1, 2):
            raise SystemExit(f"the fixer failed with status {result.returncode}:\n{result.stderr}")
        return result.stderr

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return "".join(pool.map(fix, batches)).splitlines()


def module_name(relative: Path) -> str | None:
    """`pkg/sub/mod.py` -> `pkg.sub.mod`, `pkg/__init__.py` -> `pkg`; None when the path is no module name."""
    parts = list(relative.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    if not parts or not all(part.isidentifier() for part in parts):
        return None
    return ".".join(parts)


def skip_reason(name: str) -> str | None:
    parts = name.split(".")
    if parts[-1] == "__main__":
        return "a __main__ module runs a program"
    if parts[0] in SKIPPED_MODULES:
        return f"{parts[0]}: side effects or a GUI"
    return None


def child_env(front: Path) -> dict[str, str]:
    """A clean environment: only what a shell gives, and `front` first on the module search path."""
    kept = {key: value for key, value in os.environ.items() if key in {"PATH", "HOME", "TMPDIR", "LANG"}}
    kept.update({key: value for key, value in os.environ.items() if key.startswith("LC_")})
    return {**kept, "PYTHONPATH": str(front)}


class Importer:
    """Imports one module in a fresh interpreter of the environment, as it was or with that module's fix alone."""

    def __init__(self, environment: Environment, workdir: Path, timeout: float) -> None:
        self.environment = environment
        self.timeout = timeout
        self.workdir = workdir
        self.cwd = workdir / "cwd"
        self.cwd.mkdir()
        self.flags = ["-s", "-S", "-X", "frozen_modules=off", "-X", f"pycache_prefix={workdir / 'pycache'}"]

    def run(
        self, code: str, args: Sequence[str], front: Path, site: Sequence[Path] = ()
    ) -> subprocess.CompletedProcess[str]:
        """`code` with `args` and then the site-packages to add as its arguments; `front` first on the path."""
        return subprocess.run(
            [self.environment.python, *self.flags, "-c", code, *args, *map(str, site)],
            cwd=self.cwd,
            env=child_env(front),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=self.timeout,
            check=False,
        )

    def attempt(self, module: Module, front: Path, expected: Path) -> Attempt:
        site = [tree.original for tree in self.environment.site] if module.tree.kind != "stdlib" else []
        try:
            result = self.run(CHILD, [str(expected), module.name], front, site)
        except subprocess.TimeoutExpired:
            return Attempt("timeout", f"no answer within {self.timeout:g} s")
        last = next((line.strip() for line in reversed(result.stderr.splitlines()) if line.strip()), "")
        if result.returncode == 0:
            return Attempt("ok")
        if result.returncode == NOT_TESTABLE:
            return Attempt("not testable", last)
        return Attempt("error", last or f"exit status {result.returncode}")

    def verdict(self, numbered: tuple[int, Module]) -> Verdict:
        number, module = numbered
        overlay = self.workdir / "overlays" / str(number)
        overlay.mkdir(parents=True)
        before = self.attempt(module, overlay, module.tree.original / module.relative)
        if before.status != "ok":
            return Verdict(module, before, None)
        overlay_module(module, overlay)
        return Verdict(module, before, self.attempt(module, overlay, overlay / module.relative))

    def whole(self) -> str | None:
        """Why no interpreter starts on the fixed stdlib and adds the fixed site-packages; None if one does."""
        code = "import site, sys\nfor directory in sys.argv[1:]:\n    site.addsitedir(directory)\n"
        site = [tree.copy for tree in self.environment.site]
        try:
            result = self.run(code, [], self.environment.stdlib.copy, site)
        except subprocess.TimeoutExpired:
            return f"no answer within {self.timeout:g} s"
        if result.returncode == 0:
            return None
        return next((line.strip() for line in reversed(result.stderr.splitlines()) if line.strip()), "?")

    def absent(self, top_level: str) -> bool:
        """Whether the original environment has no module of that name at all."""
        code = "import importlib.util, sys, site\n[site.addsitedir(d) for d in sys.argv[2:]]\n"
        code += "sys.exit(importlib.util.find_spec(sys.argv[1]) is not None)"
        try:
            site = [tree.original for tree in self.environment.site]
            return self.run(code, [top_level], self.cwd, site).returncode == 0
        except subprocess.TimeoutExpired:
            return False


def overlay_module(module: Module, overlay: Path) -> None:
    """The module's tree under `overlay`: links to the original entries, but the fixed file.

    Only the directories on the way to the file are real. The root's other
    entries are linked too, so that a library's `$ORIGIN`-relative search for
    a sibling directory (`scipy.libs`) finds it from the overlay as well.
    """
    original, fixed = module.tree.original, module.tree.copy
    parts = module.relative.parts
    for depth in range(len(parts)):
        here = Path(*parts[:depth])
        if depth:
            (overlay / here).mkdir()
        for entry in os.scandir(original / here):
            if entry.name not in ("__pycache__", parts[depth]):
                (overlay / here / entry.name).symlink_to(entry.path)
    shutil.copyfile(fixed / module.relative, overlay / module.relative)


def changed_modules(environment: Environment, fixed: Iterable[Path]) -> tuple[list[Module], list[tuple[str, str]]]:
    """The modules of the changed files, and the skipped ones with why."""
    modules: list[Module] = []
    skipped: list[tuple[str, str]] = []
    for path in fixed:
        tree = next(tree for tree in environment.trees() if path.is_relative_to(tree.copy))
        relative = path.relative_to(tree.copy)
        if (tree.original / relative).read_bytes() == path.read_bytes():
            continue
        name = module_name(relative)
        reason = "the path is no module name" if name is None else skip_reason(name)
        if name is None or reason is not None:
            skipped.append((name or str(relative), reason or ""))
            continue
        modules.append(Module(name, tree, relative))
    return modules, skipped


def codes_on(original: Path, selected: frozenset[str], workdir: Path) -> str:
    """The selected codes flake8 reports on the original file, `FF101@12` each."""
    empty_toml = workdir / "empty.toml"
    empty_toml.write_text("", encoding="utf-8")
    argv = [*flake8_argv(empty_toml), "--select=FF", str(original)]
    result = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=workdir / "cwd")
    found = [f"{code}@{line}" for line, code in _REPORT.findall(result.stdout) if code in selected]
    return " ".join(found) or "no selected code reported"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--select", action="append", default=[], metavar="CODES", help="passed to the fixer (e.g. FF)")
    parser.add_argument("--python", default=sys.executable, help="the environment's interpreter (default: this one)")
    parser.add_argument("--jobs", type=int, default=2, help="fixers and imports run side by side")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds for one import")
    parser.add_argument("--include-tests", action="store_true", help="fix and import test packages too")
    parser.add_argument("--verbose", action="store_true", help="list every module tested, with its outcome")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory and print where it is")
    args = parser.parse_args(argv)
    selected = select_codes(code for value in args.select for code in value.split(","))

    workdir = Path(tempfile.mkdtemp(prefix="fix-imports-check-"))
    try:
        return check(args, selected, workdir)
    finally:
        if args.keep:
            print(f"kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def check(args: argparse.Namespace, selected: frozenset[str], workdir: Path) -> int:
    started = time.monotonic()
    environment = find_environment(args.python, workdir)
    for tree in environment.trees():
        copy_tree(tree)
    files = [path for tree in environment.trees() for path in files_to_fix(tree, args.include_tests)]
    notes, errors = run_fixer(files, args.select, args.jobs, environment)
    fixed_at = time.monotonic()
    modules, skipped = changed_modules(environment, files)
    importer = Importer(environment, workdir, args.timeout)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        verdicts = list(pool.map(importer.verdict, enumerate(modules)))
    whole = importer.whole()
    imported_at = time.monotonic()

    failed_before = [v for v in verdicts if v.before.status != "ok" and v.before.status != "not testable"]
    not_testable = [v for v in verdicts if "not testable" in (v.before.status, v.after and v.after.status)]
    both = [v for v in verdicts if v.after is not None and v.after.status == "ok"]
    broken = [v for v in verdicts if v.after is not None and v.after.status in ("error", "timeout")]

    scanned = Counter(next(t.kind for t in environment.trees() if f.is_relative_to(t.copy)) for f in files)
    print(f"python {environment.version} ({environment.python}); fixer selection: {','.join(sorted(selected))}")
    print(f"files scanned: {len(files)} ({', '.join(f'{kind} {n}' for kind, n in scanned.items())})")
    print(f"files changed: {len(modules) + len(skipped)} (fixer: {notes} handlers left to a person, "
          f"{errors} files not handled)")
    print(f"the fixed environment as a whole: {'starts' if whole is None else 'fails: ' + whole}")
    print(f"skipped: {len(skipped)}")
    for name, reason in sorted(skipped):
        print(f"    {name}: {reason}")
    print(f"modules tested: {len(modules)}")
    print(f"imported before & after: {len(both)}")
    print(f"failed before (excluded): {len(failed_before)}")
    for verdict in sorted(failed_before, key=lambda v: v.module.name):
        print(f"    {verdict.module.name}: {verdict.before.detail}")
    print(f"not testable: {len(not_testable)}")
    for verdict in sorted(not_testable, key=lambda v: v.module.name):
        attempt = verdict.before if verdict.before.status == "not testable" else verdict.after
        assert attempt is not None
        print(f"    {verdict.module.name}: {attempt.detail}")
    print(f"imported before and fail after: {len(broken)}")
    for verdict in sorted(broken, key=lambda v: v.module.name):
        assert verdict.after is not None
        codes = codes_on(verdict.module.tree.original / verdict.module.relative, selected, workdir)
        missing = _MISSING.search(verdict.after.detail)
        absent = ""
        if missing and importer.absent(missing.group(1).split(".")[0]):
            absent = f" [{missing.group(1).split('.')[0]} is not installed]"
        print(f"    {verdict.module.name} [{codes}]: {verdict.after.detail}{absent}")
    if args.verbose:
        print("every module tested:")
        for verdict in sorted(verdicts, key=lambda v: v.module.name):
            after = verdict.after.status if verdict.after is not None else "-"
            kind = verdict.module.tree.kind
            print(f"    {verdict.module.name} ({kind}): before {verdict.before.status}, after {after}")
    print(f"time: copy and fix {fixed_at - started:.0f} s, imports {imported_at - fixed_at:.0f} s")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
