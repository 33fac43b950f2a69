"""From the probe's arguments to the modules to import, found on disk: nothing is imported here.

Skipped, because importing them runs programs or test set-up rather than
library code: `__main__.py`, `setup.py`, `conftest.py`, `test_*.py` and
`*_test.py` files, `test` and `tests` packages, and files whose names are no
module names (`my-script.py`).
"""

from __future__ import annotations

import importlib.machinery
import os
from collections.abc import Iterator
from typing import NamedTuple

from flake8_failfast.judge.firstparty import package_parts

SKIPPED_FILES = frozenset({"__main__.py", "setup.py", "conftest.py"})
SKIPPED_PACKAGES = frozenset({"test", "tests"})


class Module(NamedTuple):
    name: str
    path: str


class Targets(NamedTuple):
    path: list[str]
    """Directories to put first on sys.path so that the modules import by their names."""
    modules: list[Module]
    skipped: list[str]


class TargetError(Exception):
    """An argument that is neither a path nor an importable top-level name."""


def skipped(filename: str) -> bool:
    stem = filename[:-3]
    return (
        filename in SKIPPED_FILES
        or stem.startswith("test_")
        or stem.endswith("_test")
        or not stem.isidentifier()
    )


def _walk_package(directory: str, name: str, skips: list[str]) -> Iterator[Module]:
    """A package and its subpackages (folders with `__init__.py`), parents first."""
    for entry in sorted(os.listdir(directory)):
        path = os.path.join(directory, entry)
        if entry == "__init__.py":
            continue
        if os.path.isdir(path):
            if not os.path.isfile(os.path.join(path, "__init__.py")) or not entry.isidentifier():
                continue
            if entry in SKIPPED_PACKAGES:
                skips.append(f"{name}.{entry}")
                continue
            yield Module(f"{name}.{entry}", os.path.join(path, "__init__.py"))
            yield from _walk_package(path, f"{name}.{entry}", skips)
        elif entry.endswith(".py"):
            if skipped(entry):
                skips.append(path)
                continue
            yield Module(f"{name}.{entry[:-3]}", path)


def _package(directory: str, name: str, skips: list[str]) -> list[Module]:
    return [Module(name, os.path.join(directory, "__init__.py")), *_walk_package(directory, name, skips)]


def _root_of(directory: str, parts: tuple[str, ...]) -> str:
    for _ in parts:
        directory = os.path.dirname(directory)
    return directory


def resolve(target: str) -> Targets:
    """The modules of one argument: a package folder, a source tree, a `.py` file or a top-level name."""
    skips: list[str] = []
    if os.path.isdir(target):
        directory = os.path.abspath(target)
        if os.path.isfile(os.path.join(directory, "__init__.py")):
            parts = package_parts(directory)
            return Targets([_root_of(directory, parts)], _package(directory, ".".join(parts), skips), skips)
        modules: list[Module] = []
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if os.path.isfile(os.path.join(path, "__init__.py")) and entry.isidentifier():
                if entry in SKIPPED_PACKAGES:
                    skips.append(entry)
                else:
                    modules.extend(_package(path, entry, skips))
            elif entry.endswith(".py") and os.path.isfile(path):
                if skipped(entry):
                    skips.append(path)
                else:
                    modules.append(Module(entry[:-3], path))
        return Targets([directory], modules, skips)
    if os.path.isfile(target):
        if not target.endswith(".py"):
            raise TargetError(f"{target}: not a Python source file")
        path = os.path.abspath(target)
        parts = package_parts(os.path.dirname(path))
        name = ".".join((*parts, os.path.basename(path)[:-3]))
        return Targets([_root_of(os.path.dirname(path), parts)], [Module(name, path)], skips)
    return _installed(target, skips)


def _installed(name: str, skips: list[str]) -> Targets:
    """A top-level module or package found by the path finder (its code is not run)."""
    if not name.isidentifier():
        raise TargetError(f"{name}: no such file or directory, and not a top-level module name")
    spec = importlib.machinery.PathFinder.find_spec(name)
    if spec is None:
        raise TargetError(f"{name}: no such file or directory, and no module of that name is installed")
    if spec.submodule_search_locations:
        modules: list[Module] = []
        for location in spec.submodule_search_locations:
            init = os.path.join(location, "__init__.py")
            if os.path.isfile(init):
                modules.extend(_package(location, name, skips))
            else:
                modules.extend(_walk_package(location, name, skips))
        return Targets([], modules, skips)
    if spec.origin and spec.origin.endswith(".py"):
        return Targets([], [Module(name, spec.origin)], skips)
    raise TargetError(f"{name}: has no Python source to watch ({spec.origin})")
