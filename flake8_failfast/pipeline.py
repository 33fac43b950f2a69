"""From a file's `ast` tree and lines to findings: the pipeline the plugin and the fixer share.

Every flake8 process imports this module, and most files hold no candidate
(and most of the rest mask nothing): the handlers' analysis and the judge are
imported when a file first needs them, so an editor's lint of such a file
pays for neither.
"""

from __future__ import annotations

import ast
import io
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from flake8_failfast.candidates import Candidate, Prebound, find_candidates
from flake8_failfast.handlers.sites import HandlerVerdict
from flake8_failfast.judge.stdlib import DEFAULT_MIN_PYTHON

if TYPE_CHECKING:
    from flake8_failfast.fix.cst_statement import ParsedStatement
    from flake8_failfast.judge.hazards import FileJudge, Report


class Settings(NamedTuple):
    """The plugin's options, read once per run."""

    first_party: frozenset[str] = frozenset()
    optional_modules: frozenset[str] = frozenset()
    min_python: tuple[int, int] = DEFAULT_MIN_PYTHON
    required_modules: frozenset[str] = frozenset()
    """Import names a healthy install has, besides what the project's metadata declares."""


def parse_min_python(text: str | None) -> tuple[int, int]:
    """`3.9` -> (3, 9); empty means the default. Raises ValueError with a message for anything else."""
    if not text or not text.strip():
        return DEFAULT_MIN_PYTHON
    parts = text.strip().split(".")
    if len(parts) != 2 or not all(part.isdigit() for part in parts) or parts[0] != "3":
        raise ValueError(f"--failfast-min-python must look like 3.9, not {text.strip()!r}")
    return int(parts[0]), int(parts[1])


class Finding(NamedTuple):
    line: int
    col: int
    code: str
    message: str


class AnalyzedStatement(NamedTuple):
    """A candidate, its handlers' verdicts and reports, and the statement's libcst tree once the fixer parsed it.

    The lint never builds `parsed`: only the fixer needs libcst, to edit the statement.
    """

    candidate: Candidate
    verdicts: tuple[HandlerVerdict, ...]
    reports: tuple[Report, ...] = ()
    parsed: ParsedStatement | None = None

    def codes_of(self, index: int) -> set[str]:
        """The codes reported for one handler."""
        return {report.code for report in self.reports if report.index == index}


def split_lines(source: str) -> list[str]:
    """Lines as flake8 hands them to plugins: split at newlines only, endings kept.

    `str.splitlines` would also split at form feeds and other separators and
    put the ast's line numbers out of step.
    """
    return io.StringIO(source, newline="").readlines()


def analyze_file(
    tree: ast.Module, lines: Sequence[str], filename: str, settings: Settings
) -> list[AnalyzedStatement]:
    """Analyse every candidate, then judge what its handlers leave behind.

    A candidate that recurses too deep for the interpreter's limit gives nothing.
    """
    candidates = find_candidates(tree, lines)
    if not candidates:
        return []
    from flake8_failfast.judge.whole_handler import handler_level

    analyzed: list[AnalyzedStatement] = []
    bindings = Prebound(tree)
    for candidate in candidates:
        try:
            prebound = bindings.before(candidate.scope, candidate.first_line, candidate.owner)
            found = _verdicts(candidate, prebound)
        except RecursionError:
            continue
        if found:
            analyzed.append(AnalyzedStatement(candidate, found))
    masks = any(v.masked or v.left_unbound for a in analyzed for v in a.verdicts)
    if not masks and not any(handler_level(a.candidate) for a in analyzed):
        return analyzed
    from flake8_failfast.judge.hazards import FileJudge
    from flake8_failfast.judge.origin import classifier_for

    classifier = classifier_for(
        filename, settings.first_party, settings.optional_modules, settings.min_python, settings.required_modules
    )
    judge = FileJudge(tree, filename, classifier, lines)
    judge.prepare([(a.candidate, a.verdicts) for a in analyzed])
    return [
        AnalyzedStatement(
            a.candidate,
            a.verdicts,
            tuple(report for verdict in a.verdicts for report in _safe_reports(judge, a.candidate, verdict)),
            a.parsed,
        )
        for a in analyzed
    ]


def _verdicts(candidate: Candidate, prebound: dict[str, bool]) -> tuple[HandlerVerdict, ...]:
    """The verdicts on one statement's handlers."""
    if candidate.node is None:
        return ()
    from flake8_failfast.handlers.verdicts import verdicts

    return verdicts(candidate.node, [index for index, _, _ in candidate.handlers], prebound)


def _safe_reports(judge: FileJudge, candidate: Candidate, verdict: HandlerVerdict) -> list[Report]:
    """A walk too deep for the recursion limit means no finding for that handler, never a crash."""
    from flake8_failfast.judge.reports import reports_of

    try:
        return reports_of(judge, candidate, verdict)
    except RecursionError:
        return []


def findings_of(analyzed: AnalyzedStatement) -> Iterator[Finding]:
    """One finding per handler and code, at the handler's `except` (or `with`) keyword."""
    positions = {index: (line, col) for index, line, col in analyzed.candidate.handlers}
    for report in analyzed.reports:
        line, col = positions[report.index]
        yield Finding(line, col, report.code, report.message)


def check(tree: ast.Module, lines: Sequence[str], filename: str, settings: Settings) -> list[Finding]:
    """All findings of one file, in source order."""
    found = [f for analyzed in analyze_file(tree, lines, filename, settings) for f in findings_of(analyzed)]
    return sorted(found, key=lambda f: (f.line, f.col, f.code))
