"""Classify an imported module as first-party, third-party or standard library."""

from __future__ import annotations

import functools
import os.path
import sys
from dataclasses import dataclass, field
from pathlib import PurePath

from flake8_failfast.codes import Origin

DYNAMIC = "<dynamic>"
"""Module name recorded for `import_module(<not a literal>)`: third-party by rule."""


@functools.lru_cache(maxsize=1024)
def _package_parts(directory: str) -> tuple[str, ...]:
    """Dotted package path of a directory: walk up while `__init__.py` is there."""
    parts: list[str] = []
    current = os.path.abspath(directory)
    while os.path.isfile(os.path.join(current, "__init__.py")):
        parent = os.path.dirname(current)
        parts.append(os.path.basename(current))
        if parent == current:
            break
        current = parent
    return tuple(reversed(parts))


def package_of(filename: str) -> tuple[str, ...]:
    """The package a checked file belongs to, outermost first; empty for a loose module.

    Uses only directories, never the file itself, so standard input with a
    `--stdin-display-name` is classified like the file it stands for.
    """
    if not filename or filename in ("-", "stdin"):
        return ()
    return _package_parts(str(PurePath(filename).parent) or ".")


def resolve_relative(module: str, package: tuple[str, ...]) -> str:
    """Absolute name of a relative module inside `package`, or `module` when unknown."""
    level = len(module) - len(module.lstrip("."))
    if not level or level > len(package):
        return module
    base = list(package[: len(package) - level + 1])
    rest = module[level:]
    return ".".join(base + ([rest] if rest else []))


def _matches(module: str, prefixes: frozenset[str]) -> bool:
    parts = module.split(".")
    return any(".".join(parts[:i]) in prefixes for i in range(1, len(parts) + 1))


@dataclass(frozen=True)
class ModuleClassifier:
    """Answers origin and optionality questions for the modules of one file."""

    package: tuple[str, ...] = ()
    first_party: frozenset[str] = frozenset()
    optional_modules: frozenset[str] = frozenset()
    _stdlib: frozenset[str] = field(default=frozenset(sys.stdlib_module_names), repr=False)

    def origin(self, module: str) -> Origin:
        if module.startswith("."):
            return Origin.FIRST_PARTY
        if module == DYNAMIC:
            return Origin.THIRD_PARTY
        top = module.split(".", 1)[0]
        if (self.package and top == self.package[0]) or top in self.first_party:
            return Origin.FIRST_PARTY
        if top in self._stdlib:
            return Origin.STDLIB
        return Origin.THIRD_PARTY

    def is_optional(self, module: str) -> bool:
        """Failures of `--failfast-optional-modules` (and their submodules) are accepted."""
        if not self.optional_modules or module == DYNAMIC:
            return False
        if _matches(module, self.optional_modules):
            return True
        absolute = resolve_relative(module, self.package)
        return absolute != module and _matches(absolute, self.optional_modules)
