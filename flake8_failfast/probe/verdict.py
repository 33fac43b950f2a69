"""Broken or absent: is what a handler caught a failure, or an optional module that is not installed?

Only one thing is expected on a healthy install: an optional module that is
not installed (`exc.name` is that module, or a module it imports that can be
absent too, and no finder finds it). Everything else a masking handler
caught is broken: a module that cannot be absent failed, an installed
module raised, an import ran into a circular import, or a catch-all caught
something other than a missing module.
"""

from __future__ import annotations

import enum
import importlib.util
import re
import sys
from collections.abc import Callable
from typing import NamedTuple

from flake8_failfast.codes import Origin
from flake8_failfast.handlers.sites import DYNAMIC, ImportSite, dotted_prefixes
from flake8_failfast.judge.firstparty import read_top_level
from flake8_failfast.judge.origin import ModuleClassifier, absent_dependencies, classifier_for, resolve_relative
from flake8_failfast.pipeline import Settings
from flake8_failfast.probe.recorder import Caught

CIRCULAR = "partially initialized module"
"""What Python says when `from m import name` meets a module that is still running its own imports."""
_NAME = re.compile(r"cannot import name '([^']+)'")


class Kind(enum.Enum):
    BROKEN = "broken"
    ABSENT = "absent (expected)"
    EXPECTED = "expected"
    """Control flow the code chose: an ImportError its own `try` raises, an error class the handler names."""


class Verdict(NamedTuple):
    kind: Kind
    reason: str


def is_installed(module: str) -> bool:
    """Whether a finder finds the module; a parent package that raises counts as installed (and broken)."""
    if sys.modules.get(module) is not None:
        return True
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False
    except Exception:
        return True


def absolute_modules(classifier: ModuleClassifier, sites: tuple[ImportSite, ...]) -> list[str]:
    """The modules a `try` imports, relative ones made absolute."""
    return list(dict.fromkeys(resolve_relative(site.module, classifier.package) for site in sites))


def _failing_site(classifier: ModuleClassifier, sites: tuple[ImportSite, ...], missing: str) -> ImportSite | None:
    """The import whose own module (or a package on its way, or a submodule it names) is `missing`.

    An import by a computed name (`import_module(name)`) is taken to be the
    one that failed when no literal import is.
    """
    for site in sites:
        module = resolve_relative(site.module, classifier.package)
        submodule = f"{module}.{site.attribute}" if site.attribute else ""
        if missing in dotted_prefixes(module) or missing == submodule:
            return site
    return next((site for site in sites if site.module == DYNAMIC), None)


def judge(caught: Caught, settings: Settings, installed: Callable[[str], bool] = is_installed) -> Verdict:
    """The verdict on one caught exception, by the linter's own rules for what can be absent."""
    handler = caught.handler
    classifier = classifier_for(handler.path, settings.first_party, settings.optional_modules, settings.min_python)
    if _raised_by_the_try_itself(caught):
        return Verdict(Kind.EXPECTED, f"the try raises {caught.exception} itself (control flow)")
    if not caught.import_error:
        if handler.catch_all:
            return Verdict(Kind.BROKEN, f"a catch-all caught {caught.exception}, not a missing module")
        return Verdict(Kind.EXPECTED, f"caught {caught.exception}, which the handler names")
    missing = caught.name
    if missing is None:
        return Verdict(Kind.BROKEN, "an ImportError raised without a module name: the imported code raised it")
    if CIRCULAR in caught.message:
        submodule = _missing_submodule(caught, missing, installed)
        if submodule is None:
            return Verdict(Kind.BROKEN, "a circular import")
        missing = submodule
    site = _failing_site(classifier, handler.sites, missing)
    if site is None:
        return _other_module(classifier, handler.sites, missing, installed)
    module = resolve_relative(site.module, classifier.package)
    if site.module == DYNAMIC:
        why: str | None = "is imported by a name computed at run time"
    else:
        why = classifier.why_can_be_absent(site)
    if why is None:
        return Verdict(Kind.BROKEN, f"{module} cannot be absent on a healthy install")
    if site.attribute and missing == module and installed(module):
        return _lacks_name(classifier, site, module, why)
    if installed(missing):
        return Verdict(Kind.BROKEN, f"{missing} is installed, but importing it failed")
    return Verdict(Kind.ABSENT, f"{missing} is not installed ({module} {why})")


def _raised_by_the_try_itself(caught: Caught) -> bool:
    """`raise ImportError(...)` in the try body (`if not WINDOWS: raise ImportError`): the linter's FF103/FF203 case."""
    path, _, line = caught.raised_at.rpartition(":")
    first, last = caught.handler.body_lines
    return (
        caught.import_error
        and caught.name is None
        and path == caught.handler.path
        and line.isdigit()
        and first <= int(line) <= last
    )


def _missing_submodule(caught: Caught, package: str, installed: Callable[[str], bool]) -> str | None:
    """`from . import hook` in a package still initialising, when no module `hook` exists: absent, not circular.

    Python words both alike. The import is circular when the package's own
    source defines the name (later, as in the incident), or when it cannot tell.
    """
    match = _NAME.search(caught.message)
    module = sys.modules.get(package)
    path = getattr(module, "__file__", None)
    if match is None or not isinstance(path, str):
        return None
    name = match.group(1)
    top = read_top_level(path)
    own = {bound for site in caught.handler.sites for bound in site.names}
    if top is None or top.star_import or name in (top.names | top.conditional_names) - own:
        return None
    submodule = f"{package}.{name}"
    return None if installed(submodule) else submodule


def _lacks_name(classifier: ModuleClassifier, site: ImportSite, module: str, why: str) -> Verdict:
    """An installed module without the name imported from it: expected where it varies by Python or platform."""
    if classifier.origin(site.module) is Origin.STDLIB or module == "__main__":
        return Verdict(Kind.ABSENT, f"this Python's {module} has no {site.attribute!r}")
    if classifier.origin(site.module) is Origin.FIRST_PARTY:
        return Verdict(Kind.ABSENT, f"{module} has no {site.attribute!r} here ({module} {why})")
    return Verdict(Kind.BROKEN, f"{module} is installed but has no {site.attribute!r}")


def _other_module(
    classifier: ModuleClassifier, sites: tuple[ImportSite, ...], missing: str, installed: Callable[[str], bool]
) -> Verdict:
    """`exc.name` is none of the try's modules: one of them imports it.

    An installed third-party module that cannot import its own dependency is
    a broken install. Own source, or a standard module, that imports a module
    which can be absent by design (`from dbm import ndbm` without `_dbm`) is
    absent when that module is not installed.
    """
    modules = ", ".join(absolute_modules(classifier, sites)) or "the imported module"
    for site in sites:
        if classifier.origin(site.module) is Origin.THIRD_PARTY:
            continue
        dependencies = absent_dependencies(classifier, site)
        if any(missing in dotted_prefixes(d) or d in dotted_prefixes(missing) for d in dependencies):
            if not installed(missing):
                return Verdict(Kind.ABSENT, f"{missing} is not installed (an optional import of {modules})")
    return Verdict(Kind.BROKEN, f"{modules} is there, but its import failed on {missing}")
