"""libcst analysis of one candidate statement: what each handler leaves behind.

Every path through a handler that does not end in a terminator is followed;
each name at stake ends up None, a stub, a deferred placeholder, unbound, or
a real fallback. Only the first four are findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import libcst as cst

from flake8_failfast.handlers.try_body import body_bindings
from flake8_failfast.handlers.paths import HandlerPaths, TooComplex
from flake8_failfast.handlers.placeholders import is_silent
from flake8_failfast.handlers.sites import HandlerVerdict, handler_verdict


@dataclass(frozen=True)
class Context:
    """What the analysis knows beyond the statement itself."""

    prebound: Mapping[str, bool] = field(default_factory=dict)
    source: str | None = None
    """The statement's text, when known: lets a body without import calls skip the full visit."""


_WRAPPER = "if True:"


class UnparsableStatement(Exception):
    """The candidate's lines do not parse as one compound statement on their own."""


@dataclass(frozen=True)
class ParsedStatement:
    """One candidate statement as libcst parsed it, kept so that the fixer edits the same tree.

    An indented statement sits in a dummy block, `prefix` (`if True:` and the
    statement's own line ending), that keeps its indentation; `module` holds
    it and knows the indentation and line endings to render with.
    """

    module: cst.Module
    node: cst.BaseCompoundStatement
    prefix: str


def parse_statement(source: str) -> ParsedStatement:
    """Parse one compound statement; an indented one goes inside a dummy `if True:` block.

    Parsing the statement alone costs a fraction of a millisecond, where
    parsing the whole file would add about half of flake8's own time.
    """
    indented = source[:1] in (" ", "\t")
    prefix = _WRAPPER + first_line_ending(source) if indented else ""
    module = cst.parse_module(prefix + source)
    first: cst.BaseStatement = module.body[0]
    if indented:
        assert isinstance(first, cst.If) and isinstance(first.body, cst.IndentedBlock)
        first = first.body.body[0]
    if not isinstance(first, cst.BaseCompoundStatement):
        raise UnparsableStatement(source)
    return ParsedStatement(module, first, prefix)


def first_line_ending(text: str) -> str:
    """The ending of the text's first line (`\\n` when it has none)."""
    for index, char in enumerate(text):
        if char in "\r\n":
            return "\r\n" if text[index : index + 2] == "\r\n" else char
    return "\n"


def handlers_of(statement: cst.CSTNode) -> list[tuple[int, cst.BaseSuite]]:
    """The handler bodies of a try (indexed) or a suppress block (index -1, body `pass`)."""
    if isinstance(statement, cst.Try):
        return [(i, h.body) for i, h in enumerate(statement.handlers)]
    if isinstance(statement, cst.TryStar):
        return [(i, h.body) for i, h in enumerate(statement.handlers)]
    return [(-1, cst.SimpleStatementSuite(body=[cst.Pass()]))]


def analyze(statement: cst.CSTNode, handler_indices: Iterable[int], context: Context) -> list[HandlerVerdict]:
    """Verdicts for the chosen handlers of a candidate try or suppress statement.

    Nothing here depends on where a module comes from: origins and uses are
    judged afterwards, without libcst.
    """
    body = getattr(statement, "body", None)
    if not isinstance(body, (cst.IndentedBlock, cst.SimpleStatementSuite)):
        return []
    bindings = body_bindings(body, context.source)
    if not bindings.imports:
        return []
    every_site = tuple(bindings.imports)
    wanted = set(handler_indices)
    verdicts = []
    for index, suite in handlers_of(statement):
        if index not in wanted:
            continue
        paths = HandlerPaths(bindings.imports)
        try:
            envs, _ = paths.suite(suite, [{}], in_loop=False)
        except TooComplex:
            continue
        outcomes = [{name: binding.kind.value for name, binding in env.items()} for env in envs]
        handler_names = [n for n in paths.bound_order if n not in paths.helpers]
        verdicts.append(
            handler_verdict(
                index, is_silent(suite), outcomes, bindings.names, handler_names, every_site, context.prebound
            )
        )
    return verdicts
