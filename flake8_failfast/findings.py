"""From a file's `ast` tree and lines to findings: the pipeline the plugin and the fixer share."""

from __future__ import annotations

import ast
import functools
import gc
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flake8_failfast.candidates import Candidate, find_candidates, prebound_names
from flake8_failfast.codes import Outcome, code_for, format_message
from flake8_failfast.origin import ModuleClassifier, package_of

if TYPE_CHECKING:
    import libcst as cst

    from flake8_failfast.analysis import HandlerVerdict


@dataclass(frozen=True)
class Settings:
    """The plugin's options, read once per run."""

    first_party: frozenset[str] = frozenset()
    optional_modules: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Finding:
    line: int
    col: int
    code: str
    message: str


@dataclass(frozen=True)
class AnalyzedStatement:
    """A candidate, its statement as libcst parsed it alone, and its handlers' verdicts."""

    candidate: Candidate
    statement: cst.BaseCompoundStatement = field(repr=False)
    verdicts: tuple[HandlerVerdict, ...]


def split_lines(source: str) -> list[str]:
    """Lines as flake8 hands them to plugins: split at newlines only, endings kept.

    `str.splitlines` would also split at form feeds and other separators and
    put the ast's line numbers out of step.
    """
    return io.StringIO(source, newline="").readlines()


def statement_source(candidate: Candidate, lines: Sequence[str]) -> str:
    """The candidate's own lines as they stand in the file, less a BOM.

    A form feed in an indentation resets Python's column count but stops
    libcst's parser, so the indentation keeps only what follows it
    (positions come from `ast`, not from this text).
    """
    segment = lines[candidate.first_line - 1 : candidate.last_line]
    return "".join(_without_form_feed(line) if "\f" in line else line for line in segment).lstrip("\ufeff")


def _without_form_feed(line: str) -> str:
    code = line.lstrip(" \t\f")
    indent = line[: len(line) - len(code)]
    return indent[indent.rfind("\f") + 1 :] + code


@functools.cache
def _load_libcst_once() -> None:
    """Import libcst on the first candidate only, and keep its objects out of the GC's way.

    The import costs about 80 ms, so files without a candidate never pay it.
    It also leaves some hundred thousand long-lived objects that every later
    full collection of the host flake8 process would scan again: on the
    standard library that cost several times the plugin's own work. Freezing
    them (the objects alive now move to the permanent generation) removes it;
    reference counting still frees them as usual.
    """
    import libcst  # noqa: F401

    import flake8_failfast.analysis  # noqa: F401

    gc.freeze()


def analyze_file(
    tree: ast.Module, lines: Sequence[str], filename: str, settings: Settings
) -> Iterator[AnalyzedStatement]:
    """Analyse every candidate; one that libcst cannot parse or recurses too deep gives nothing."""
    candidates = find_candidates(tree, lines)
    if not candidates:
        return
    _load_libcst_once()
    from flake8_failfast.analysis import Context, UnparsableStatement, analyze, parse_statement
    from libcst import ParserSyntaxError

    classifier = ModuleClassifier(package_of(filename), settings.first_party, settings.optional_modules)
    for candidate in candidates:
        try:
            source = statement_source(candidate, lines)
            statement = parse_statement(source)
            context = Context(classifier, prebound_names(candidate.scope, candidate.first_line), source)
            verdicts = analyze(statement, [h[0] for h in candidate.handlers], context)
        except (ParserSyntaxError, UnparsableStatement, RecursionError):
            continue
        yield AnalyzedStatement(candidate, statement, tuple(verdicts))


def findings_of(analyzed: AnalyzedStatement) -> Iterator[Finding]:
    """One finding per handler and code, at the handler's `except` (or `with`) keyword."""
    positions = {index: (line, col) for index, line, col in analyzed.candidate.handlers}
    for verdict in analyzed.verdicts:
        line, col = positions[verdict.index]
        by_code: dict[str, list[tuple[str, Outcome]]] = {}
        modules: dict[str, dict[str, None]] = {}
        for masked in verdict.masked:
            code = code_for(masked.outcome, masked.origin)
            by_code.setdefault(code, []).append((masked.name, masked.outcome))
            modules.setdefault(code, {}).update(dict.fromkeys(masked.modules))
        for code in sorted(by_code):
            yield Finding(line, col, code, format_message(code, list(modules[code]), by_code[code]))


def check(tree: ast.Module, lines: Sequence[str], filename: str, settings: Settings) -> list[Finding]:
    """All findings of one file, in source order."""
    found = [f for analyzed in analyze_file(tree, lines, filename, settings) for f in findings_of(analyzed)]
    return sorted(found, key=lambda f: (f.line, f.col, f.code))
