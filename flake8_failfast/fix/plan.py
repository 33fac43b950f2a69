"""The fixer's driver: plan which handlers to fix, rewrite them, check the result.

It fixes what the plugin reports (`pipeline.analyze_file`, same settings, the
same `# noqa` comments): each fixable statement is parsed with libcst and
rewritten (`rewrite.py`), then put back in place of its own lines, so
everything around it stays byte for byte, but for top-level imports the fix
left unused (`unused_imports.py`). The whole result is compiled before
anyone may write it. Bytes and encodings are `source_bytes.py`'s.
"""

from __future__ import annotations

import ast
import difflib
import itertools
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import libcst as cst

from flake8_failfast.fix import noqa
from flake8_failfast.fix.cst_statement import UnparsableStatement, parse_statement, statement_source
from flake8_failfast.codes import CODES
from flake8_failfast.pipeline import AnalyzedStatement, Settings, analyze_file, split_lines
from flake8_failfast.judge.discovery import dynamic_import
from flake8_failfast.judge.hazards import (
    checks_which_module_failed,
    raises_import_error_itself,
    runs_more_than_imports,
)
from flake8_failfast.judge.whole_handler import ends_in_skip
from flake8_failfast.judge.origin import ModuleClassifier, absent_dependencies, classifier_for
from flake8_failfast.fix.rewrite import NO_GUARD, SUPPRESS, CannotFix, Guard, rewrite_statement
from flake8_failfast.handlers.body import TryBody
from flake8_failfast.handlers.sites import HandlerVerdict, ImportSite
from flake8_failfast.fix.source_bytes import decode, encode
from flake8_failfast.fix.unused_imports import drop_unused_imports

__all__ = [
    "DEFAULT_SELECT", "CannotFix", "FixResult", "Note", "UnsafeFix",
    "decode", "fix_bytes", "fix_source", "rewrite_statement", "select_codes",
]

HANDLED = frozenset({"FF103", "FF203"})
"""Optional imports handled at every use: fixed into a handler that re-raises only when the module is broken."""

CANNOT_BE_ABSENT = frozenset({"FF101", "FF201"})
"""Imports that fail only when the code is broken: beside a handled optional one, the guard lets them propagate."""

DEFAULT_SELECT = frozenset({"FF101", "FF201"})
"""Imports that cannot fail on a healthy install: fixing them cannot break an intended optional dependency."""

MAX_PASSES = 16
"""Nested candidates are fixed one level per pass; a bound keeps a surprise from looping."""


class UnsafeFix(Exception):
    """The rewritten file would not compile: it must be left untouched."""


@dataclass(frozen=True)
class Note:
    """A handler the fixer leaves to a person, at its `except` (or `with`) keyword.

    `line` is in the fixed result, `original_line` in the input.
    """

    line: int
    col: int
    original_line: int
    reason: str


@dataclass(frozen=True)
class FixResult:
    source: str
    fixed: str
    notes: tuple[Note, ...] = field(default=())

    @property
    def changed(self) -> bool:
        return self.fixed != self.source


class _Place(NamedTuple):
    line: int
    col: int


class _PlannedNote(NamedTuple):
    place: _Place
    reason: str


# --- codes ------------------------------------------------------------------------


def select_codes(patterns: Iterable[str]) -> frozenset[str]:
    """The default selection widened by code prefixes (`FF102`, `FF2`, `FF`); unknown ones raise ValueError."""
    selected = set(DEFAULT_SELECT)
    for pattern in patterns:
        prefix = pattern.strip().upper()
        if not prefix:
            continue
        matching = [code for code in CODES if code.startswith(prefix)]
        if not matching:
            raise ValueError(f"unknown code {pattern.strip()!r} (known: {', '.join(CODES)})")
        selected.update(matching)
    return frozenset(selected)


# --- which handlers to fix ------------------------------------------------------------


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(repr(name) for name in names)


def _header_text(analyzed: AnalyzedStatement, index: int, lines: Sequence[str]) -> str:
    """The lines of a handler's `except ...:` (or the `with` items), where flake8 looks for `# noqa`."""
    node = analyzed.candidate.node
    first = last = next(line for i, line, _ in analyzed.candidate.handlers if i == index)
    if isinstance(node, ast.With):
        last = max(item.context_expr.end_lineno or first for item in node.items)
    elif node is not None and index != SUPPRESS:
        kind = node.handlers[index].type  # type: ignore[attr-defined]
        last = kind.end_lineno if kind is not None else first
    return "".join(lines[first - 1 : last])


def _reason_to_leave(
    verdict: HandlerVerdict, reported: set[str], silenced: set[str], select: frozenset[str]
) -> str | None:
    """Why a handler with a selected finding must be left to a person, if it must."""
    if verdict.real_fallbacks:
        return f"the handler gives {_quoted(verdict.real_fallbacks)} a real fallback; decide there by hand"
    if silenced:
        return f"the handler also masks names reported as {', '.join(sorted(silenced))}, silenced by `# noqa`"
    unselected = sorted(reported - select)
    if unselected:
        return (
            f"the handler also masks names reported as {', '.join(unselected)}; "
            f"add --select {','.join(unselected)} to fix it"
        )
    return None


def _free_name(owner: ast.AST) -> str:
    """A name for the caught exception that the scope (module, class or function) does not use."""
    used = {node.id for node in ast.walk(owner) if isinstance(node, ast.Name)}
    used |= {node.arg for node in ast.walk(owner) if isinstance(node, ast.arg)}
    used |= {node.name for node in ast.walk(owner) if isinstance(node, ast.ExceptHandler) and node.name}
    candidates = itertools.chain(("exc", "import_error"), (f"exc{i}" for i in itertools.count(1)))
    return next(name for name in candidates if name not in used)


class _Edit(NamedTuple):
    """A statement to rewrite: the handlers to fix, and those among them to guard with `exc.name`."""

    analyzed: AnalyzedStatement
    indices: frozenset[int]
    guard: Guard


OPTIONAL = frozenset({"FF102", "FF202"})
"""Optional imports that can hurt: selecting them accepts making such imports required."""


class _OptionalImports:
    """Which imports of a try can be absent on a healthy install: a re-raise would make them required."""

    def __init__(self, filename: str, settings: Settings) -> None:
        self.filename = filename
        self.settings = settings
        self._classifier: ModuleClassifier | None = None
        self._by_statement: dict[int, list[ImportSite]] = {}

    def _sites(self, analyzed: AnalyzedStatement) -> list[ImportSite]:
        """The imports of the try that can be absent on a healthy install, in order (asked once per statement)."""
        line = analyzed.candidate.first_line
        if line not in self._by_statement:
            self._by_statement[line] = self._classified(analyzed)
        return self._by_statement[line]

    def _classified(self, analyzed: AnalyzedStatement) -> list[ImportSite]:
        classifier = self._classifier_of_file()
        imports = TryBody(getattr(analyzed.candidate.node, "body", [])).imports
        return [site for site in imports if classifier.why_can_be_absent(site) is not None]

    def _classifier_of_file(self) -> ModuleClassifier:
        if self._classifier is None:
            s = self.settings
            self._classifier = classifier_for(
                self.filename, s.first_party, s.optional_modules, s.min_python, s.required_modules
            )
        return self._classifier

    def of(self, analyzed: AnalyzedStatement) -> list[str]:
        """The modules the try imports that can be absent on a healthy install, in order."""
        return list(dict.fromkeys(site.module for site in self._sites(analyzed)))

    def dependencies(self, analyzed: AnalyzedStatement) -> tuple[str, ...]:
        """What those modules import that can be absent too: a healthy install can fail with these names."""
        classifier = self._classifier_of_file()
        found = (name for site in self._sites(analyzed) for name in absent_dependencies(classifier, site))
        return tuple(dict.fromkeys(found))

    def reason_to_leave(self, analyzed: AnalyzedStatement) -> str | None:
        """Why re-raising would break a healthy install, if it would: the try imports an optional module too."""
        absent = self.of(analyzed)
        if not absent:
            return None
        return (
            f"the try also imports {_quoted(absent)}, which can be absent on a healthy install; "
            "fixing the handler would make it required"
        )


@dataclass(frozen=True)
class _Plan:
    edits: list[_Edit]
    notes: list[_PlannedNote]


def _plan(
    tree: ast.Module, lines: Sequence[str], filename: str, settings: Settings, select: frozenset[str]
) -> _Plan:
    """The handlers to fix: those with a selected code flake8 would report, and nothing that blocks them.

    A handler reported only as FF103 or FF203 is guarded rather than made to
    re-raise, unless it already checks which module failed.
    """
    edits: list[_Edit] = []
    notes: list[_PlannedNote] = []
    if noqa.file_is_ignored(lines):
        return _Plan(edits, notes)
    optional = _OptionalImports(filename, settings)
    for found in analyze_file(tree, lines, filename, settings):
        positions = {index: _Place(line, col) for index, line, col in found.candidate.handlers}
        analyzed = _with_tree(found, lines)
        if analyzed is None:
            notes.extend(
                _PlannedNote(positions[verdict.index], _UNREADABLE)
                for verdict in found.verdicts
                if found.codes_of(verdict.index) & select
            )
            continue
        fixable: set[int] = set()
        guard: set[int] = set()
        for verdict in analyzed.verdicts:
            codes = analyzed.codes_of(verdict.index)
            silenced = noqa.silenced(codes, _header_text(analyzed, verdict.index, lines)) if codes else set()
            reported = codes - silenced
            if not reported & select:
                continue
            reason = _reason_to_leave(verdict, reported, silenced, select)
            if reason is None and ends_in_skip(analyzed.candidate, verdict.index):
                reason = "the handler skips the test; delete the skip and the try so that the ImportError fails it"
            if reason is None and dynamic_import(analyzed.candidate) is not None:
                reason = (
                    "plugin discovery: let a broken plugin's ImportError propagate, or re-raise unless exc.name "
                    "is a missing optional dependency of the plugin; decide there by hand"
                )
            if reason is None and raises_import_error_itself(analyzed.candidate):
                reason = "the try raises ImportError itself and the handler is for that too; decide there by hand"
            if reason is None and not reported & (HANDLED | OPTIONAL):
                reason = optional.reason_to_leave(analyzed)
            if reason is not None:
                notes.append(_PlannedNote(positions[verdict.index], reason))
            elif reported <= HANDLED | CANNOT_BE_ABSENT and reported & HANDLED:
                # Only the optional modules stay handled; one that cannot be absent then propagates too.
                if not checks_which_module_failed(analyzed.candidate, verdict.index):
                    fixable.add(verdict.index)
                    guard.add(verdict.index)
            else:
                fixable.add(verdict.index)
        if fixable:
            guarded = NO_GUARD
            if guard:
                exc_name = _free_name(analyzed.candidate.owner or tree)
                may_be_absent = frozenset(optional.of(analyzed))
                guarded = Guard(frozenset(guard), exc_name, may_be_absent, optional.dependencies(analyzed))
            edits.append(_Edit(analyzed, frozenset(fixable), guarded))
    return _Plan(edits, notes)


# --- the driver -------------------------------------------------------------------------


_UNREADABLE = "libcst cannot read this statement as the plugin does; fix it by hand"


def _with_tree(analyzed: AnalyzedStatement, lines: Sequence[str]) -> AnalyzedStatement | None:
    """The statement with libcst's tree, which the lint never builds; None when libcst cannot read it as `ast` does."""
    try:
        return analyzed._replace(parsed=parse_statement(statement_source(analyzed.candidate, lines)))
    except (cst.ParserSyntaxError, UnparsableStatement):
        return None


def _original_lines(source: str, fixed: str) -> dict[int, int]:
    """Line numbers of the fixed text mapped back to the input, for lines the fix kept."""
    matcher = difflib.SequenceMatcher(None, split_lines(fixed), split_lines(source), autojunk=False)
    return {
        new + offset + 1: old + offset + 1
        for new, old, size in matcher.get_matching_blocks()
        for offset in range(size)
    }


def fix_source(source: str, filename: str, settings: Settings, select: frozenset[str] = DEFAULT_SELECT) -> FixResult:
    """Fix the selected findings of one file's text.

    Raises SyntaxError when the input does not parse and UnsafeFix when the
    result would not compile. Nested candidates are fixed in later passes:
    each pass rewrites only statements that do not overlap.
    """
    with warnings.catch_warnings():
        # Python warns about invalid escapes and `is` with a literal when it parses: not ours to say.
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        return _fix_source(source, filename, settings, select)


def _fix_pass(lines: list[str], plan: _Plan) -> list[tuple[int, int, str]]:
    """Rewrite the planned statements that do not overlap; notes for handlers left alone go on the plan."""
    done_up_to = 0
    replaced: list[tuple[int, int, str]] = []
    for analyzed, indices, guard in plan.edits:
        candidate = analyzed.candidate
        if candidate.first_line <= done_up_to:
            continue
        positions = {index: _Place(line, col) for index, line, col in candidate.handlers}
        text = statement_source(candidate, lines)
        try:
            rewrite = rewrite_statement(text, indices, analyzed.parsed, guard, runs_more_than_imports(candidate))
        except CannotFix as reason:
            plan.notes.append(_PlannedNote(positions[min(indices)], str(reason)))
            continue
        plan.notes.extend(_PlannedNote(positions[index], reason) for index, reason in rewrite.left)
        if rewrite.text != text:
            replaced.append((candidate.first_line, candidate.last_line, rewrite.text))
            done_up_to = candidate.last_line
    return replaced


def _fix_source(source: str, filename: str, settings: Settings, select: frozenset[str]) -> FixResult:
    current = source
    tree = ast.parse(current, filename)
    plan = _Plan([], [])
    for _ in range(MAX_PASSES):
        lines = split_lines(current)
        plan = _plan(tree, lines, filename, settings, select)
        replaced = _fix_pass(lines, plan)
        if not replaced:
            break
        for first, last, fixed in reversed(replaced):
            lines[first - 1 : last] = [fixed]
        current = "".join(lines)
        try:
            tree = ast.parse(current, filename)
        except SyntaxError as error:
            raise UnsafeFix(f"the rewrite would not parse: {error.msg} (line {error.lineno})") from error
    places = sorted(set(plan.notes))
    if current != source:
        rewritten, current = current, drop_unused_imports(source, current, filename)
        if current != rewritten:
            onward = _original_lines(current, rewritten)
            places = [_PlannedNote(p.place._replace(line=onward[p.place.line]), p.reason) for p in places]
        try:
            compile(current, filename, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            raise UnsafeFix(f"the rewrite would not compile: {error}") from error
    back = _original_lines(source, current) if current != source else {}
    notes = tuple(Note(place.line, place.col, back.get(place.line, place.line), reason) for place, reason in places)
    return FixResult(source, current, notes)


def fix_bytes(
    data: bytes, filename: str, settings: Settings, select: frozenset[str] = DEFAULT_SELECT
) -> tuple[bytes, FixResult]:
    """Decode, fix, encode back in the same encoding; unchanged input comes back as the same bytes."""
    source, encoding = decode(data)
    result = fix_source(source, filename, settings, select)
    return (encode(result.fixed, encoding) if result.changed else data), result
