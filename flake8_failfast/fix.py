"""The fixer: rewrite masked imports so that a failed import fails fast.

It fixes what the plugin finds (`findings.analyze_file`, same settings): each
fixable statement is parsed alone by libcst, rewritten, and put back in place
of its own lines, so everything around it stays byte for byte. The whole
result is compiled before anyone may write it.
"""

from __future__ import annotations

import ast
import difflib
import io
import tokenize
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import libcst as cst
from libcst.helpers import get_full_name_for_node

from flake8_failfast.sites import HandlerVerdict
from flake8_failfast.bindings import bound_name, target_names
from flake8_failfast.candidates import CATCHING
from flake8_failfast.codes import CODES
from flake8_failfast.findings import AnalyzedStatement, Settings, analyze_file, split_lines, statement_source
from flake8_failfast.placeholders import Binding, Env, Kind, classify_class, classify_def, classify_value, is_silent

DEFAULT_SELECT = frozenset({"FF101", "FF201"})
"""First-party codes only: fixing them cannot break an intended optional dependency."""

MAX_PASSES = 16
"""Nested candidates are fixed one level per pass; a bound keeps a surprise from looping."""

_WRAPPER = "if True:"
_REAL = Binding(Kind.REAL)
_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})
_CATCHING_ALL = CATCHING - _IMPORT_ERRORS
HandlerNode = cst.ExceptHandler | cst.ExceptStarHandler


class UnsafeFix(Exception):
    """The rewritten file would not compile: it must be left untouched."""


class CannotFix(Exception):
    """One statement cannot be rewritten without changing more than its import failures."""


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


# --- bytes, text and lines ----------------------------------------------------------


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a source file, as Python reads it (PEP 263 cookie, BOM).

    Raises UnicodeError for bytes that do not decode.
    """
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:
        raise UnicodeError(error.msg) from error
    return data.decode(encoding), encoding


# --- rewriting one statement ---------------------------------------------------------


def _catches(expr: cst.BaseExpression) -> bool:
    if isinstance(expr, cst.Tuple):
        return any(_catches(element.value) for element in expr.elements)
    if isinstance(expr, cst.Name):
        return expr.value in CATCHING
    if isinstance(expr, cst.Attribute):
        return expr.attr.value in CATCHING
    return False


def _is_suppress(expr: cst.BaseExpression) -> bool:
    if not isinstance(expr, cst.Call) or any(arg.keyword is not None for arg in expr.args):
        return False
    name = (get_full_name_for_node(expr.func) or "").rsplit(".", 1)[-1]
    return name == "suppress" and any(_catches(arg.value) for arg in expr.args)


def _without_last_comma(items: Sequence[cst.Arg]) -> list[cst.Arg]:
    return [*items[:-1], items[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)] if items else []


def _leading(statement: cst.BaseStatement) -> Sequence[cst.EmptyLine]:
    assert isinstance(statement, (cst.SimpleStatementLine, cst.BaseCompoundStatement))
    return statement.leading_lines


def _comments(statements: Iterable[cst.BaseStatement]) -> list[cst.EmptyLine]:
    """The comment lines above the statements (blank lines dropped)."""
    return [line for statement in statements for line in _leading(statement) if line.comment is not None]


def _prepend(statements: list[cst.BaseStatement], lines: Sequence[cst.EmptyLine]) -> None:
    """Put comment or blank lines above the first statement."""
    if lines:
        statements[0] = statements[0].with_changes(leading_lines=[*lines, *_leading(statements[0])])


def _comment_line(comment: cst.Comment | None) -> list[cst.EmptyLine]:
    return [cst.EmptyLine(comment=comment)] if comment is not None else []


class _Pruner:
    """Drops a handler's masking bindings (None, stubs, placeholders); keeps everything else.

    Bindings are followed in source order, as the analysis follows one path,
    so `Stub()` of a stub class or `b = a` of a None-bound `a` count too.
    Comments above a removed statement move to the next statement kept. A
    nested `try` is left whole: the analysis judges it on its own.
    """

    def __init__(self) -> None:
        self.env: Env = {}

    def block(self, statements: Sequence[cst.BaseStatement]) -> tuple[list[cst.BaseStatement], list[cst.EmptyLine]]:
        kept: list[cst.BaseStatement] = []
        carried: list[cst.EmptyLine] = []
        for statement in statements:
            new = self.statement(statement)
            if new is None:
                carried += _comments([statement])
                continue
            kept.append(new.with_changes(leading_lines=[*carried, *_leading(new)]) if carried else new)
            carried = []
        return kept, carried

    def handler(self, suite: cst.BaseSuite) -> tuple[cst.BaseSuite, list[cst.EmptyLine]]:
        """The handler body without its masking bindings, and comments left over at its end."""
        if isinstance(suite, cst.SimpleStatementSuite):
            return suite.with_changes(body=self.small_statements(suite.body) or [cst.Pass()]), []
        assert isinstance(suite, cst.IndentedBlock)
        kept, carried = self.block(suite.body)
        return suite.with_changes(body=kept), carried

    def nested(self, suite: cst.BaseSuite) -> cst.BaseSuite:
        pruned, carried = self.handler(suite)
        if carried and isinstance(pruned, cst.IndentedBlock):
            pruned = pruned.with_changes(footer=[*carried, *pruned.footer])
        return pruned

    def orelse(self, node: cst.If | cst.Else | None) -> cst.If | cst.Else | None:
        if isinstance(node, cst.If):
            return self.if_(node)
        if isinstance(node, cst.Else):
            return node.with_changes(body=self.nested(node.body))
        return None

    def statement(self, node: cst.BaseStatement) -> cst.BaseStatement | None:
        """The statement with its masking bindings removed; None when nothing is left."""
        if isinstance(node, cst.SimpleStatementLine):
            small = self.small_statements(node.body)
            return node.with_changes(body=small) if small else None
        if isinstance(node, cst.FunctionDef):
            kind = classify_def(node)
            self.env[node.name.value] = Binding(kind)
            return None if kind is not Kind.REAL else node
        if isinstance(node, cst.ClassDef):
            kind = classify_class(node)
            self.env[node.name.value] = Binding(kind, is_class=True)
            return None if kind is not Kind.REAL else node
        assert isinstance(node, cst.BaseCompoundStatement)
        return self.compound(node)

    def if_(self, node: cst.If) -> cst.If:
        return node.with_changes(body=self.nested(node.body), orelse=self.orelse(node.orelse))

    def compound(self, node: cst.BaseCompoundStatement) -> cst.BaseCompoundStatement:
        if isinstance(node, cst.If):
            return self.if_(node)
        if isinstance(node, (cst.For, cst.While)):
            body = self.nested(node.body)
            return node.with_changes(body=body, orelse=self.orelse(node.orelse))
        if isinstance(node, cst.With):
            return node.with_changes(body=self.nested(node.body))
        if isinstance(node, cst.Match):
            return node.with_changes(cases=[case.with_changes(body=self.nested(case.body)) for case in node.cases])
        return node

    def small_statements(self, body: Sequence[cst.BaseSmallStatement]) -> list[cst.BaseSmallStatement]:
        kept = [small for small in body if not self.masks(small)]
        if kept and len(kept) != len(body):
            kept[-1] = kept[-1].with_changes(semicolon=cst.MaybeSentinel.DEFAULT)
        return kept

    def masks(self, node: cst.BaseSmallStatement) -> bool:
        """Whether the statement only binds names to None, stubs or placeholders."""
        kinds: list[Kind] = []
        if isinstance(node, cst.Assign):
            binding = classify_value(node.value, self.env)
            for target in node.targets:
                kinds += self.bind(target.target, node.value, binding)
        elif isinstance(node, cst.AnnAssign) and node.value is not None:
            kinds = self.bind(node.target, node.value, classify_value(node.value, self.env))
        elif isinstance(node, cst.AugAssign):
            self.bind(node.target, node.value, _REAL)
        elif isinstance(node, (cst.Import, cst.ImportFrom)) and not isinstance(node.names, cst.ImportStar):
            for alias in node.names:
                self.env[bound_name(alias, from_import=isinstance(node, cst.ImportFrom))] = _REAL
        return bool(kinds) and all(kind is not Kind.REAL for kind in kinds)

    def bind(self, target: cst.BaseExpression, value: cst.BaseExpression, binding: Binding) -> list[Kind]:
        """The kinds an assignment binds (a target that binds no name counts as real)."""
        if isinstance(target, cst.Subscript) and get_full_name_for_node(target.value) == "sys.modules":
            return [binding.kind]
        if isinstance(target, (cst.Tuple, cst.List)):
            values = value.elements if isinstance(value, (cst.Tuple, cst.List)) else None
            if values is not None and len(values) == len(target.elements):
                return [
                    kind
                    for element, element_value in zip(target.elements, values)
                    for kind in self.bind(
                        element.value, element_value.value, classify_value(element_value.value, self.env)
                    )
                ]
            binding = _REAL
        names = target_names(target)
        for name in names:
            self.env[name] = binding
        return [binding.kind] * len(names) if names else [Kind.REAL]


@dataclass
class _Replacement:
    """What takes a statement's place, and comment lines that end up after it."""

    statements: list[cst.BaseStatement]
    footer: list[cst.EmptyLine] = field(default_factory=list)


def _as_statements(suite: cst.BaseSuite) -> tuple[list[cst.BaseStatement], list[cst.EmptyLine]]:
    """A block's statements as they would stand on their own lines, and its trailing comments."""
    if isinstance(suite, cst.SimpleStatementSuite):
        return [cst.SimpleStatementLine(body=suite.body, trailing_whitespace=suite.trailing_whitespace)], []
    assert isinstance(suite, cst.IndentedBlock)
    statements = list(suite.body)
    _prepend(statements, _comment_line(suite.header.comment))
    return statements, list(suite.footer)


def _unwrap(
    leading: Sequence[cst.EmptyLine], body: cst.BaseSuite, orelse: cst.Else | None = None
) -> _Replacement:
    """The body (then the else body) in place of the statement, at its indentation."""
    statements, footer = _as_statements(body)
    if orelse is not None:
        more, more_footer = _as_statements(orelse.body)
        _prepend(more, [*footer, *orelse.leading_lines])
        statements, footer = statements + more, more_footer
    _prepend(statements, leading)
    return _Replacement(statements, footer)


def _try_finally(node: cst.Try | cst.TryStar) -> cst.Try:
    """`try: body; else-body finally: ...`: the handlers go, the finally stays."""
    body = node.body
    if node.orelse is not None:
        more, more_footer = _as_statements(node.orelse.body)
        if isinstance(body, cst.IndentedBlock):
            _prepend(more, [*body.footer, *node.orelse.leading_lines])
            body = body.with_changes(body=[*body.body, *more], footer=more_footer)
        else:
            _prepend(more, node.orelse.leading_lines)
            first, _ = _as_statements(body)
            body = cst.IndentedBlock(body=[*first, *more], footer=more_footer)
    return cst.Try(
        body=body,
        finalbody=node.finalbody,
        leading_lines=node.leading_lines,
        whitespace_before_colon=node.whitespace_before_colon,
    )


def _ending_in_raise(suite: cst.BaseSuite, carried: list[cst.EmptyLine]) -> cst.BaseSuite:
    """The handler re-raises: a silent body becomes `raise`, any other gets `raise` appended."""
    silent = is_silent(suite)
    if isinstance(suite, cst.SimpleStatementSuite):
        return suite.with_changes(body=[*([] if silent else suite.body), cst.Raise()])
    assert isinstance(suite, cst.IndentedBlock)
    kept = [] if silent else list(suite.body)
    if silent:
        carried = _comments(suite.body) + carried
    return suite.with_changes(body=[*kept, cst.SimpleStatementLine(body=[cst.Raise()], leading_lines=carried)])


def _class_name(expr: cst.BaseExpression) -> str:
    return (get_full_name_for_node(expr) or "").rsplit(".", 1)[-1]


def _other_classes(kind: cst.BaseExpression | None) -> list[cst.BaseElement] | None:
    """The classes of a handler's tuple that are no import errors, when it names some.

    None when the handler catches only import errors, or everything (bare,
    `Exception`, `BaseException`): those follow the fix's general rules.
    """
    if not isinstance(kind, cst.Tuple):
        return None
    names = [_class_name(element.value) for element in kind.elements]
    if any(name in _CATCHING_ALL for name in names):
        return None
    others = [e for e, name in zip(kind.elements, names) if name not in _IMPORT_ERRORS]
    return others or None


def _narrowed(handler: HandlerNode, others: list[cst.BaseElement]) -> HandlerNode:
    """The handler without its import errors: they propagate, the other classes stay handled."""
    assert isinstance(handler.type, cst.Tuple)
    if len(others) == 1 and not isinstance(others[0], cst.StarredElement):
        kind: cst.BaseExpression = others[0].value
    else:
        last = others[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        kind = handler.type.with_changes(elements=[*others[:-1], last])
    space = handler.whitespace_after_except
    if isinstance(space, cst.SimpleWhitespace) and not space.value and not kind.lpar:
        space = cst.SimpleWhitespace(" ")
    return handler.with_changes(type=kind, whitespace_after_except=space)


def _catches_import_errors(handler: HandlerNode) -> bool:
    return handler.type is None or _catches(handler.type)


def _rewrite_try(node: cst.Try | cst.TryStar, indices: frozenset[int]) -> _Replacement:
    """Narrow handlers that also catch other errors; prune the others, then unwrap or re-raise."""
    all_handlers: Sequence[HandlerNode] = node.handlers
    pruned: dict[int, tuple[cst.BaseSuite, list[cst.EmptyLine]]] = {}
    handlers = list(all_handlers)
    for index in sorted(indices):
        handler = all_handlers[index]
        others = _other_classes(handler.type)
        if others is None:
            pruned[index] = _Pruner().handler(handler.body)
            continue
        later = [h for h in all_handlers[index + 1 :] if _catches_import_errors(h)]
        if later:
            raise CannotFix(
                "the handler also catches other errors, and a later handler would catch the ImportError "
                "if it were narrowed; decide there by hand"
            )
        handlers[index] = _narrowed(handler, others)
    if len(pruned) == len(all_handlers) and all(is_silent(suite) for suite, _ in pruned.values()):
        if node.finalbody is not None:
            return _Replacement([_try_finally(node)])
        return _unwrap(node.leading_lines, node.body, node.orelse)
    for index, (suite, carried) in pruned.items():
        handlers[index] = handlers[index].with_changes(body=_ending_in_raise(suite, carried))
    return _Replacement([node.with_changes(handlers=handlers)])


def _rewrite_suppress(node: cst.With) -> _Replacement:
    """Drop the import errors from `suppress(...)`; unwrap the block when nothing is left."""
    items: list[cst.WithItem] = []
    for item in node.items:
        if not _is_suppress(item.item):
            items.append(item)
            continue
        if item.asname is not None:
            raise CannotFix("the suppress block binds its context manager with `as`; decide there by hand")
        assert isinstance(item.item, cst.Call)
        args = [arg for arg in item.item.args if not _catches(arg.value)]
        if args:
            items.append(item.with_changes(item=item.item.with_changes(args=_without_last_comma(args))))
    if items:
        items[-1] = items[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        return _Replacement([node.with_changes(items=items)])
    return _unwrap(node.leading_lines, node.body)


def _rewrite_node(node: cst.BaseStatement, indices: frozenset[int]) -> _Replacement:
    if isinstance(node, (cst.Try, cst.TryStar)):
        return _rewrite_try(node, indices)
    if isinstance(node, cst.With) and -1 in indices:
        return _rewrite_suppress(node)
    raise CannotFix("libcst does not see the statement the analysis saw")


def rewrite_statement(text: str, indices: frozenset[int]) -> str:
    """The fixed text of one candidate statement (its own lines); CannotFix says why not.

    An indented statement is parsed inside a dummy `if True:` block written
    with the statement's own line ending, then taken back out, so the
    indentation, comments and line endings around it stay as they were.
    """
    newline = next((line[len(line.rstrip("\r\n")) :] for line in split_lines(text)), "\n") or "\n"
    indented = text[:1] in (" ", "\t")
    try:
        module = cst.parse_module(_WRAPPER + newline + text if indented else text)
        if not indented:
            replacement = _rewrite_node(module.body[0], indices)
            return module.with_changes(body=replacement.statements, footer=[*replacement.footer, *module.footer]).code
        wrapper = module.body[0]
        assert isinstance(wrapper, cst.If) and isinstance(wrapper.body, cst.IndentedBlock)
        replacement = _rewrite_node(wrapper.body.body[0], indices)
        footer = [*replacement.footer, *wrapper.body.footer]
        block = wrapper.body.with_changes(body=replacement.statements, footer=footer)
        code = module.with_changes(body=[wrapper.with_changes(body=block)]).code
    except (cst.ParserSyntaxError, RecursionError) as error:
        raise CannotFix(f"libcst cannot rewrite this statement ({type(error).__name__})") from error
    return code[len(_WRAPPER + newline) :]


def _changed(text: str, fixed: str) -> str:
    if fixed == text:
        raise CannotFix("the rewrite changes nothing")
    return fixed


# --- which handlers to fix ------------------------------------------------------------


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(repr(name) for name in names)


def _reason_to_leave(
    analyzed: AnalyzedStatement, verdict: HandlerVerdict, select: frozenset[str], filename: str, settings: Settings
) -> str | None:
    """Why a handler with a selected finding must be left to a person, if it must."""
    if verdict.real_fallbacks:
        return f"the handler gives {_quoted(verdict.real_fallbacks)} a real fallback; decide there by hand"
    unselected = sorted(analyzed.codes_of(verdict.index) - select)
    if unselected:
        return (
            f"the handler also masks names reported as {', '.join(unselected)}; "
            f"add --select {','.join(unselected)} to fix it"
        )
    return None


@dataclass(frozen=True)
class _Plan:
    edits: list[tuple[AnalyzedStatement, frozenset[int]]]
    notes: list[tuple[int, int, str]]


def _plan(
    tree: ast.Module, lines: Sequence[str], filename: str, settings: Settings, select: frozenset[str]
) -> _Plan:
    edits: list[tuple[AnalyzedStatement, frozenset[int]]] = []
    notes: list[tuple[int, int, str]] = []
    for analyzed in analyze_file(tree, lines, filename, settings):
        positions = {index: (line, col) for index, line, col in analyzed.candidate.handlers}
        fixable: set[int] = set()
        for verdict in analyzed.verdicts:
            if not analyzed.codes_of(verdict.index) & select:
                continue
            reason = _reason_to_leave(analyzed, verdict, select, filename, settings)
            if reason is None:
                fixable.add(verdict.index)
            else:
                notes.append((*positions[verdict.index], reason))
        if fixable:
            edits.append((analyzed, frozenset(fixable)))
    return _Plan(edits, notes)


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


def _fix_source(source: str, filename: str, settings: Settings, select: frozenset[str]) -> FixResult:
    current = source
    tree = ast.parse(current, filename)
    plan = _Plan([], [])
    for _ in range(MAX_PASSES):
        lines = split_lines(current)
        plan = _plan(tree, lines, filename, settings, select)
        done_up_to = 0
        replaced: list[tuple[int, int, str]] = []
        for analyzed, indices in plan.edits:
            candidate = analyzed.candidate
            if candidate.first_line <= done_up_to:
                continue
            text = statement_source(candidate, lines)
            try:
                fixed = _changed(text, rewrite_statement(text, indices))
            except CannotFix as reason:
                line, col = next((line, col) for index, line, col in candidate.handlers if index in indices)
                plan.notes.append((line, col, str(reason)))
                continue
            replaced.append((candidate.first_line, candidate.last_line, fixed))
            done_up_to = candidate.last_line
        if not replaced:
            break
        for first, last, fixed in reversed(replaced):
            lines[first - 1 : last] = [fixed]
        current = "".join(lines)
        try:
            tree = ast.parse(current, filename)
        except SyntaxError as error:
            raise UnsafeFix(f"the rewrite would not parse: {error.msg} (line {error.lineno})") from error
    if current != source:
        try:
            compile(current, filename, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            raise UnsafeFix(f"the rewrite would not compile: {error}") from error
    back = _original_lines(source, current) if current != source else {}
    notes = tuple(
        Note(line, col, back.get(line, line), reason) for line, col, reason in sorted(set(plan.notes))
    )
    return FixResult(source, current, notes)


def fix_bytes(
    data: bytes, filename: str, settings: Settings, select: frozenset[str] = DEFAULT_SELECT
) -> tuple[bytes, FixResult]:
    """Decode, fix, encode back in the same encoding; unchanged input comes back as the same bytes."""
    source, encoding = decode(data)
    result = fix_source(source, filename, settings, select)
    return (result.fixed.encode(encoding) if result.changed else data), result
