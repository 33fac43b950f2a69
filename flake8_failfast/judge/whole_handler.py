"""Rules judged on a whole handler, not on the names it leaves: discovery loops, star exports, skipped tests.

Each says why a handler hurts although it masks no name the analysis
tracks: a computed `import_module` drops a broken plugin, a swallowed
`from ._ext import *` empties a package, a skip hides a broken own module.
"""

from __future__ import annotations

import ast

from flake8_failfast.candidates import Candidate, import_sites, last_name
from flake8_failfast.codes import Outcome, format_message
from flake8_failfast.handlers.sites import DYNAMIC, HandlerVerdict, ImportSite
from flake8_failfast.judge.discovery import describe, drops_silently, dynamic_import
from flake8_failfast.judge.hazards import (
    FileJudge,
    Report,
    checks_which_module_failed,
    handler_of,
    star_bound_before,
)

_DROPPED = "a plugin found on disk or named by configuration fails only when broken, and is dropped without a word"


def discovery_report(judge: FileJudge, candidate: Candidate, verdict: HandlerVerdict) -> Report | None:
    """A computed `import_module(...)` whose failure the handler swallows: one report for the whole handler.

    Modules named in a literal list the loop walks are judged like static imports: reported here
    when none of them can be absent, left to the usual rules otherwise.
    """
    dynamic = dynamic_import(candidate)
    if dynamic is None or checks_which_module_failed(candidate, verdict.index):
        return None
    swallowed, binds_none = drops_silently(candidate, verdict.index)
    if not swallowed:
        return None
    why = _DROPPED
    if dynamic.literal_names is not None:
        why_absent, always = judge.why_can_be_absent([ImportSite(name) for name in dynamic.literal_names])
        if why_absent is not None or not always:
            return None
        why = f"{', '.join(repr(site.module) for site in always)} cannot be absent"
    code = "FF101" if binds_none else "FF201"
    names: list[tuple[str, Outcome]] = [(m.name, m.outcome) for m in verdict.masked if m.outcome is Outcome.NONE]
    return Report(verdict.index, code, format_message(code, [describe(dynamic.call)], names, why))


_SKIPS = frozenset({"skip", "skipTest", "SkipTest"})


def ends_in_skip(candidate: Candidate, index: int) -> bool:
    """The handler ends the test: `pytest.skip(...)`, `self.skipTest(...)`, `raise unittest.SkipTest(...)`."""
    handler = handler_of(candidate, index)
    if handler is None or not handler.body:
        return False
    last = handler.body[-1]
    called = last.value if isinstance(last, ast.Expr) else last.exc if isinstance(last, ast.Raise) else None
    if isinstance(called, ast.Call):
        called = called.func
    return called is not None and last_name(called) in _SKIPS


def skip_report(judge: FileJudge, candidate: Candidate, verdict: HandlerVerdict) -> Report | None:
    """A test module or test that skips when a module that cannot be absent fails: the bug becomes a skip.

    Skipping is right for an optional module (that is `importorskip`); for your own module, or a
    required dependency, a skipped test hides exactly the breakage it should show.
    """
    if not ends_in_skip(candidate, verdict.index) or verdict.masked or verdict.left_unbound:
        return None
    body = getattr(candidate.node, "body", [])
    sites = [site for site in import_sites(body) if site.module != DYNAMIC and not site.module.endswith("*")]
    if not sites:
        return None
    why_absent, always = judge.why_can_be_absent(sites)
    if why_absent is not None:
        return None
    modules = list(dict.fromkeys(judge.classifier.shown_module(site) for site in always))
    names: list[tuple[str, Outcome]] = [(n, Outcome.UNBOUND) for site in always for n in site.names]
    why = f"{', '.join(repr(m) for m in modules)} cannot be absent, and the test is skipped instead of failing"
    return Report(verdict.index, "FF201", format_message("FF201", modules, names, why))


def handler_level(candidate: Candidate) -> bool:
    """Whether a handler of this statement can be reported without a masked name: discovery, star, skip."""
    return bool(
        dynamic_import(candidate)
        or star_imports(candidate)
        or any(ends_in_skip(candidate, index) for index, _, _ in candidate.handlers)
    )


def star_imports(candidate: Candidate) -> list[ImportSite]:
    """The `from m import *` statements of the try body, as import sites."""
    return [
        ImportSite("." * stmt.level + (stmt.module or ""))
        for stmt in getattr(candidate.node, "body", [])
        if isinstance(stmt, ast.ImportFrom) and stmt.names[0].name == "*"
    ]


def star_export_report(judge: FileJudge, candidate: Candidate, verdict: HandlerVerdict) -> Report | None:
    """A package `__init__` that swallows a failed star import: the package's public names vanish.

    `from ._ext import *` exports whatever `_ext` defines; when it fails, users
    meet `module 'pkg' has no attribute ...` far from the cause. A star import
    above the try (a pure-Python fallback the accelerator overrides) keeps them.
    """
    if not (verdict.silent and judge.exports.is_package and isinstance(candidate.owner, (ast.Module, type(None)))):
        return None
    sites = star_imports(candidate)
    if not sites or star_bound_before(judge.tree, candidate, judge.classifier) or _star_above(judge.tree, candidate):
        return None
    why_absent, always = judge.why_can_be_absent(sites)
    if why_absent is None:
        code, why = "FF201", f"{', '.join(repr(site.module) for site in always)} cannot be absent"
    else:
        code, why = "FF202", "the package exports what the star import binds"
    modules = [site.module for site in sites]
    return Report(verdict.index, code, format_message(code, modules, [("*", Outcome.UNBOUND)], why))


def _star_above(tree: ast.Module, candidate: Candidate) -> bool:
    return any(
        isinstance(stmt, ast.ImportFrom) and stmt.names[0].name == "*"
        for stmt in tree.body
        if stmt.lineno < candidate.first_line
    )
