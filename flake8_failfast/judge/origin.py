"""Classify an imported module as first-party, third-party or standard library."""

from __future__ import annotations

import os.path
from pathlib import PurePath
from typing import NamedTuple

from flake8_failfast.handlers.sites import DYNAMIC, ImportSite, dotted_prefixes
from flake8_failfast.codes import Origin
from flake8_failfast.judge.firstparty import (
    absences_from,
    first_party_absence,
    is_submodule,
    package_parts,
    source_of,
    stdlib_absence,
)
from flake8_failfast.judge.requirements import Declared, declared_for
from flake8_failfast.judge.stdlib import DEFAULT_MIN_PYTHON, is_stdlib, why_stdlib_can_be_absent

VENDOR_FOLDERS = frozenset({"_vendor", "vendor", "_vendored", "vendored", "extern", "_extern", "_vendorized"})


def package_of(filename: str) -> tuple[str, ...]:
    """The package a checked file belongs to, outermost first; empty for a loose module.

    Uses only directories, never the file itself, so standard input with a
    `--stdin-display-name` is classified like the file it stands for.
    """
    if not filename or filename in ("-", "stdin"):
        return ()
    return package_parts(str(PurePath(filename).parent) or ".")


def resolve_relative(module: str, package: tuple[str, ...]) -> str:
    """Absolute name of a relative module inside `package`, or `module` when unknown."""
    level = len(module) - len(module.lstrip("."))
    if not level or level > len(package):
        return module
    base = list(package[: len(package) - level + 1])
    rest = module[level:]
    return ".".join(base + ([rest] if rest else []))


def _matches(module: str, prefixes: frozenset[str]) -> bool:
    return any(prefix in prefixes for prefix in dotted_prefixes(module))


class ModuleClassifier(NamedTuple):
    """Answers origin and availability questions for the modules of one file.

    `directory` is the checked file's directory, None when it is unknown
    (standard input without a display name): first-party source is then
    taken to be there. `declared` is what the file's project declares (its
    own packages, required and optional dependencies), with
    `--failfast-required-modules` added; None when nothing is known.
    """

    package: tuple[str, ...] = ()
    first_party: frozenset[str] = frozenset()
    optional_modules: frozenset[str] = frozenset()
    directory: str | None = None
    min_python: tuple[int, int] = DEFAULT_MIN_PYTHON
    declared: Declared | None = None

    def origin(self, module: str) -> Origin:
        if module.startswith("."):
            return Origin.FIRST_PARTY
        if module == DYNAMIC:
            return Origin.THIRD_PARTY
        top = module.split(".", 1)[0]
        own_package = bool(self.package) and top == self.package[0]
        if own_package or top in self.first_party or (self.declared is not None and self.declared.is_own(top)):
            return Origin.THIRD_PARTY if self.is_vendored(module) else Origin.FIRST_PARTY
        if is_stdlib(top):
            return Origin.STDLIB
        return Origin.THIRD_PARTY

    def is_optional(self, module: str) -> bool:
        """Whether `--failfast-optional-modules` names the module or a package above it."""
        if not self.optional_modules or module == DYNAMIC:
            return False
        if _matches(module, self.optional_modules):
            return True
        absolute = resolve_relative(module, self.package)
        return absolute != module and _matches(absolute, self.optional_modules)

    def is_vendored(self, module: str) -> bool:
        """Another project's code copied into a `_vendor` (or `extern`) folder of ours.

        It stays third-party: distributors remove such copies and install
        the originals instead (pip documents this "debundling").
        """
        parts = module.split(".")
        for index, part in enumerate(parts[:-1]):
            if part in VENDOR_FOLDERS:
                vendored = parts[: index + 2]
                return tuple(self.package[: len(vendored)]) != tuple(vendored)
        if parts[-1] in VENDOR_FOLDERS:
            return True
        return False

    def reaches_beyond_package(self, module: str) -> bool:
        """A relative import with more dots than the checked file's package is deep: it always fails.

        A loose module (no package found) keeps its relative imports beside it, as standard input does.
        """
        level = len(module) - len(module.lstrip("."))
        return bool(self.package) and level > len(self.package)

    def is_own_submodule(self, module: str) -> bool:
        """A module inside the checked file's own package (what a package `__init__` re-exports)."""
        if module.startswith("."):
            return not self.reaches_beyond_package(module)
        dotted = ".".join(self.package)
        return bool(dotted) and module.startswith(dotted + ".")

    def why_can_be_absent(self, site: ImportSite) -> str | None:
        """Why this import can fail on a healthy install; None when only a bug can make it fail."""
        module = site.module
        if self.is_optional(module):
            return "is an optional module (--failfast-optional-modules)"
        origin = self.origin(module)
        if origin is Origin.THIRD_PARTY:
            return self._third_party_absence(site)
        if origin is Origin.STDLIB:
            why = why_stdlib_can_be_absent(module, self.min_python)
            if why is None and site.from_import:
                return f"may lack {site.attribute!r} on some Pythons"
            return why or stdlib_absence(module)
        if self.directory is None:
            return None
        if self.reaches_beyond_package(module):
            return "reaches beyond the top-level package"
        return first_party_absence(self.directory, self.package, module, site.attribute, self.declared)

    def shown_module(self, site: ImportSite) -> str:
        """The module a report names: `pkg.sub` for `from pkg import sub` when `sub` is a module, else `pkg`."""
        if not site.from_import or site.module == DYNAMIC:
            return site.module
        if not is_submodule(self.directory, self.package, site.module, site.attribute, self.declared):
            return site.module
        return site.module + site.attribute if site.module.endswith(".") else f"{site.module}.{site.attribute}"

    def _third_party_absence(self, site: ImportSite) -> str | None:
        """A plain import of a required dependency cannot be absent; a name from it is a version shim."""
        declared = self.declared
        if declared is None or site.module == DYNAMIC:
            return "is third-party"
        if declared.is_required(site.module):
            if site.from_import:
                return f"may lack {site.attribute!r} in some versions of a required dependency"
            if site.module in declared.required:
                return None
            return "is a submodule of a required dependency, which may not ship it"
        if declared.is_optional(site.module):
            return "is an optional dependency"
        return "is third-party"


def absent_dependencies(classifier: ModuleClassifier, site: ImportSite) -> list[str]:
    """What else can be missing when this import fails on a healthy install, as absolute module names.

    `from dbm import ndbm` fails with `_dbm` missing, not `dbm.ndbm`: the
    imports that can be absent, followed from the module's own source.
    Empty when that source is not at hand (an installed third-party module).
    """
    declared = classifier.declared
    source = source_of(classifier.directory, classifier.package, site.module, site.attribute, declared)
    if source is None:
        return []
    return list(dict.fromkeys(resolve_relative(a.module, a.package) for a in absences_from(source, declared)))


def classifier_for(
    filename: str,
    first_party: frozenset[str],
    optional_modules: frozenset[str],
    min_python: tuple[int, int] = DEFAULT_MIN_PYTHON,
    required_modules: frozenset[str] = frozenset(),
) -> ModuleClassifier:
    """The classifier of one checked file (or of what standard input stands for), with its project's metadata."""
    known = bool(filename) and filename not in ("-", "stdin")
    directory = os.path.abspath(str(PurePath(filename).parent) or ".") if known else None
    declared = declared_for(directory)
    if required_modules:
        base = declared or Declared("", (), frozenset(), frozenset())
        declared = base._replace(required=base.required | required_modules, optional=base.optional - required_modules)
    return ModuleClassifier(package_of(filename), first_party, optional_modules, directory, min_python, declared)
