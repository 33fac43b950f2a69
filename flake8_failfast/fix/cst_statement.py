"""One candidate statement parsed by libcst, for the fixer to edit without losing a comment or a blank."""

from __future__ import annotations

import ast
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import libcst as cst

from flake8_failfast.candidates import Candidate
from flake8_failfast.fix.twins import ShapesDiffer, pair

_WRAPPER = "if True:"


class UnparsableStatement(Exception):
    """The candidate's lines do not parse as one compound statement on their own."""


@dataclass(frozen=True)
class ParsedStatement:
    """One candidate statement as libcst parsed it.

    An indented statement sits in a dummy block, `prefix` (`if True:` and the
    statement's own line ending), that keeps its indentation; `module` holds
    it and knows the indentation and line endings to render with. `twins`
    holds the `ast` twin of each of its statements (`twins.pair`).
    """

    module: cst.Module
    node: cst.BaseCompoundStatement
    prefix: str
    twins: Mapping[int, ast.stmt]

    def twin(self, node: cst.CSTNode) -> ast.stmt:
        """The `ast` reading of one statement of this tree (KeyError for a node from elsewhere)."""
        return self.twins[id(node)]


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
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escapes in the checked code are not the fixer's to report
            tree = ast.parse(prefix + source).body[0]
        if indented:
            assert isinstance(tree, ast.If)
            tree = tree.body[0]
        twins = pair(first, tree)
    except (SyntaxError, ShapesDiffer) as error:
        raise UnparsableStatement(source) from error
    return ParsedStatement(module, first, prefix, twins)


def first_line_ending(text: str) -> str:
    """The ending of the text's first line (`\\n` when it has none)."""
    for index, char in enumerate(text):
        if char in "\r\n":
            return "\r\n" if text[index : index + 2] == "\r\n" else char
    return "\n"


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
