"""The libcst rewrites of one candidate statement, on libcst's tree of its own lines.

Each rewrite changes what the code does only where the import fails: the
masking bindings go (as `handlers.values.binds` judges them on each
statement's `ast` twin: the plugin's own model), the handler re-raises, a
try left with nothing to do is unwrapped. Handlers that catch more than
import errors keep guarding the rest. Every comment of the statement stays,
moved to the code that stays, but for a pragma (`# noqa`, `# type: ignore`),
which goes with its line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import libcst as cst
from libcst.helpers import get_full_name_for_node

from flake8_failfast.fix.cst_statement import ParsedStatement, first_line_ending, parse_statement
from flake8_failfast.candidates import CATCHING, IMPORT_ERRORS
from flake8_failfast.handlers.body import TryBody, imports_in
from flake8_failfast.handlers.kinds import Env
from flake8_failfast.handlers.sites import DYNAMIC, ImportSite, dotted_prefixes
from flake8_failfast.handlers.values import binds
from flake8_failfast.fix.pragmas import moved_line, without_pragmas

SUPPRESS = -1
"""The handler index of a `with suppress(...)` block, as the candidates number it."""

_CATCHING_ALL = CATCHING - IMPORT_ERRORS
HandlerNode = cst.ExceptHandler | cst.ExceptStarHandler


class CannotFix(Exception):
    """The statement cannot be rewritten without changing more than its import failures."""


@dataclass(frozen=True)
class Rewrite:
    """A statement's fixed text, and the handlers left to a person with why (by handler index)."""

    text: str
    left: tuple[tuple[int, str], ...] = ()


@dataclass
class _Replacement:
    """What takes a statement's place, and comment lines that end up after it."""

    statements: list[cst.BaseStatement]
    footer: list[cst.EmptyLine] = field(default_factory=list)


# --- comments -----------------------------------------------------------------------------


class _Placed(NamedTuple):
    """A comment, and whether it trails code on its line (rather than standing on a line of its own)."""

    comment: cst.Comment
    trailing: bool


class _Comments(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found: list[_Placed] = []

    def visit_EmptyLine(self, node: cst.EmptyLine) -> None:
        if node.comment is not None:
            self.found.append(_Placed(node.comment, trailing=False))

    def visit_TrailingWhitespace(self, node: cst.TrailingWhitespace) -> None:
        if node.comment is not None:
            self.found.append(_Placed(node.comment, trailing=True))


def _placed_comments(nodes: Iterable[cst.CSTNode]) -> list[_Placed]:
    visitor = _Comments()
    for node in nodes:
        node.visit(visitor)
    return visitor.found


def comments_in(nodes: Iterable[cst.CSTNode]) -> list[cst.Comment]:
    """Every comment inside the nodes, in source order."""
    return [placed.comment for placed in _placed_comments(nodes)]


def _moved(placed: _Placed) -> cst.EmptyLine | None:
    """The comment on a line of its own, once the line it trailed is gone: without its pragmas."""
    return moved_line(placed.comment) if placed.trailing else cst.EmptyLine(comment=placed.comment)


def _comment_lines(nodes: Iterable[cst.CSTNode]) -> list[cst.EmptyLine]:
    """The comments of removed nodes, each on a line of its own (blank lines and pragmas are not kept)."""
    return [line for line in map(_moved, _placed_comments(nodes)) if line is not None]


def _leading(statement: cst.BaseStatement) -> Sequence[cst.EmptyLine]:
    assert isinstance(statement, (cst.SimpleStatementLine, cst.BaseCompoundStatement))
    return statement.leading_lines


def _prepend(statements: list[cst.BaseStatement], lines: Sequence[cst.EmptyLine]) -> None:
    """Put comment or blank lines above the first statement."""
    if lines:
        statements[0] = statements[0].with_changes(leading_lines=[*lines, *_leading(statements[0])])


def _comment_line(comment: cst.Comment | None) -> list[cst.EmptyLine]:
    """The comment of a removed header (`try:  # ...`) on a line of its own, without its pragmas."""
    line = _moved(_Placed(comment, trailing=True)) if comment is not None else None
    return [line] if line is not None else []


# --- names read -----------------------------------------------------------------------------


class _Reads(cst.CSTVisitor):
    """Every plain name the code mentions, except attribute and keyword names."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Name(self, node: cst.Name) -> None:
        self.names.add(node.value)

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        node.value.visit(self)
        return False

    def visit_Arg(self, node: cst.Arg) -> bool:
        node.value.visit(self)
        return False


def _names_mentioned(nodes: Iterable[cst.CSTNode]) -> set[str]:
    visitor = _Reads()
    for node in nodes:
        node.visit(visitor)
    return visitor.names


# --- pruning a handler ----------------------------------------------------------------------


class _Pruner:
    """Drops a handler's masking bindings (None, stubs, placeholders); keeps everything else.

    What a statement binds is `values.binds` of its `ast` twin, followed in source order as the
    analysis follows one path, so `Stub()` of a stub class or `b = a` of a
    None-bound `a` count too. A nested `try` is pruned like the analysis
    follows it: its body, else and finally always, its handlers only when it
    is no candidate of its own (the analysis judges those separately). The
    comments of a removed statement move to the next statement kept.
    """

    def __init__(self, parsed: ParsedStatement, imports: Sequence[ImportSite]) -> None:
        self.parsed = parsed
        self.imports = imports
        self.env: Env = {}
        self.removed: set[str] = set()
        """Names whose masking bindings were removed: code still reading them must keep them."""

    def block(self, statements: Sequence[cst.BaseStatement]) -> tuple[list[cst.BaseStatement], list[cst.EmptyLine]]:
        kept: list[cst.BaseStatement] = []
        carried: list[cst.EmptyLine] = []
        for statement in statements:
            new = self.statement(statement)
            if new is None:
                carried += _comment_lines([statement])
                continue
            kept.append(new.with_changes(leading_lines=[*carried, *_leading(new)]) if carried else new)
            carried = []
        return kept, carried

    def suite(self, suite: cst.BaseSuite) -> tuple[cst.BaseSuite, list[cst.EmptyLine]]:
        """The suite without its masking bindings, and comments left over at its end."""
        if isinstance(suite, cst.SimpleStatementSuite):
            return suite.with_changes(body=self.small_statements(suite.body) or [cst.Pass()]), []
        assert isinstance(suite, cst.IndentedBlock)
        kept, carried = self.block(suite.body)
        return suite.with_changes(body=kept), carried

    def nested(self, suite: cst.BaseSuite) -> cst.BaseSuite:
        pruned, carried = self.suite(suite)
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
        if isinstance(node, (cst.FunctionDef, cst.ClassDef)):
            return None if self.masks(node) else node
        assert isinstance(node, cst.BaseCompoundStatement)
        return self.compound(node)

    def if_(self, node: cst.If) -> cst.If:
        return node.with_changes(body=self.nested(node.body), orelse=self.orelse(node.orelse))

    def try_(self, node: cst.Try | cst.TryStar) -> cst.Try | cst.TryStar:
        body = self.nested(node.body)
        orelse = node.orelse.with_changes(body=self.nested(node.orelse.body)) if node.orelse is not None else None
        handlers: Sequence[HandlerNode] = node.handlers
        if not imports_in(getattr(self.parsed.twin(node), "body")):
            handlers = [handler.with_changes(body=self.nested(handler.body)) for handler in handlers]
        final = node.finalbody
        finalbody = final.with_changes(body=self.nested(final.body)) if final is not None else None
        return node.with_changes(body=body, orelse=orelse, handlers=handlers, finalbody=finalbody)

    def compound(self, node: cst.BaseCompoundStatement) -> cst.BaseCompoundStatement:
        if isinstance(node, cst.If):
            return self.if_(node)
        if isinstance(node, (cst.For, cst.While)):
            body = self.nested(node.body)
            return node.with_changes(body=body, orelse=self.orelse(node.orelse))
        if isinstance(node, (cst.Try, cst.TryStar)):
            return self.try_(node)
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

    def masks(self, node: cst.CSTNode) -> bool:
        """Whether the statement only binds names to None, stubs or placeholders; its bindings count on."""
        bound = binds(self.parsed.twin(node), self.env, self.imports)
        self.env.update(bound.names)
        if bound.masks_only:
            self.removed.update(name for name, _ in bound.names)
        return bound.masks_only


@dataclass(frozen=True)
class _Pruned:
    """A handler's body without its masking bindings, and comments of removed lines left at its end."""

    suite: cst.BaseSuite
    carried: list[cst.EmptyLine]

    @property
    def silent(self) -> bool:
        """Only `pass`, `...` and strings are left: nothing logged, flagged, bound or raised."""
        suite = self.suite
        if isinstance(suite, cst.SimpleStatementSuite):
            return all(map(_does_nothing, suite.body))
        assert isinstance(suite, cst.IndentedBlock)
        return all(
            isinstance(line, cst.SimpleStatementLine) and all(map(_does_nothing, line.body)) for line in suite.body
        )


_NOTHING_VALUES = (cst.Ellipsis, cst.SimpleString, cst.ConcatenatedString)


def _does_nothing(small: cst.BaseSmallStatement) -> bool:
    return isinstance(small, cst.Pass) or (isinstance(small, cst.Expr) and isinstance(small.value, _NOTHING_VALUES))


def _prune(
    suite: cst.BaseSuite, parsed: ParsedStatement, imports: Sequence[ImportSite], read_elsewhere: set[str]
) -> _Pruned:
    """The handler's body without its masking bindings, unless code that stays reads one of them.

    A removed fallback that the handler itself (or the try's `finally`) still
    reads would turn the ImportError into a NameError: such a handler keeps
    every statement and only gains the `raise`.
    """
    pruner = _Pruner(parsed, imports)
    pruned, carried = pruner.suite(suite)
    if pruner.removed & (_names_mentioned([pruned]) | read_elsewhere):
        return _Pruned(suite, [])
    return _Pruned(pruned, carried)


def _ending_in_raise(pruned: _Pruned) -> cst.BaseSuite:
    """The handler re-raises: a silent body becomes `raise`, any other gets `raise` appended."""
    suite, carried = pruned.suite, pruned.carried
    silent = pruned.silent
    if isinstance(suite, cst.SimpleStatementSuite):
        return suite.with_changes(body=[*([] if silent else suite.body), cst.Raise()])
    assert isinstance(suite, cst.IndentedBlock)
    kept = [] if silent else list(suite.body)
    if silent:
        carried = _comment_lines(suite.body) + carried
    return suite.with_changes(body=[*kept, cst.SimpleStatementLine(body=[cst.Raise()], leading_lines=carried)])


# --- handler classes ----------------------------------------------------------------------


def _class_name(expr: cst.BaseExpression) -> str:
    return (get_full_name_for_node(expr) or "").rsplit(".", 1)[-1]


def catches(expr: cst.BaseExpression) -> bool:
    """Whether an `except` type (or a `suppress` argument) names a class that catches a failed import."""
    if isinstance(expr, cst.Tuple):
        return any(catches(element.value) for element in expr.elements)
    return _class_name(expr) in CATCHING and isinstance(expr, (cst.Name, cst.Attribute))


def _catches_everything(expr: cst.BaseExpression | None) -> bool:
    """A bare `except:`, or one naming Exception or BaseException: it catches far more than the import."""
    if expr is None:
        return True
    if isinstance(expr, cst.Tuple):
        return any(_catches_everything(element.value) for element in expr.elements)
    return _class_name(expr) in _CATCHING_ALL


def _catches_import_errors(handler: HandlerNode) -> bool:
    return handler.type is None or catches(handler.type)


def _other_classes(kind: cst.BaseExpression | None) -> list[cst.BaseElement] | None:
    """The classes of a handler's tuple that are no import errors, when it names some.

    None when the handler catches only import errors, or everything (bare,
    `Exception`, `BaseException`): those follow the fix's other rules.
    """
    if not isinstance(kind, cst.Tuple):
        return None
    names = [_class_name(element.value) for element in kind.elements]
    if any(name in _CATCHING_ALL for name in names):
        return None
    others = [e for e, name in zip(kind.elements, names) if name not in IMPORT_ERRORS]
    return others or None


def _narrowed(handler: HandlerNode, others: list[cst.BaseElement]) -> HandlerNode:
    """The handler without its import errors: they propagate, the other classes stay handled.

    Comments among the removed classes move to the top of the handler's body.
    """
    assert isinstance(handler.type, cst.Tuple)
    if len(others) == 1 and not isinstance(others[0], cst.StarredElement):
        kind: cst.BaseExpression = others[0].value
    else:
        last = others[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        kind = handler.type.with_changes(elements=[*others[:-1], last])
    space = handler.whitespace_after_except
    if isinstance(space, cst.SimpleWhitespace) and not space.value and not kind.lpar:
        space = cst.SimpleWhitespace(" ")
    body = handler.body
    lost = Counter(c.value for c in comments_in([handler.type])) - Counter(c.value for c in comments_in([kind]))
    if lost and isinstance(body, cst.IndentedBlock):
        gone = [placed for placed in _placed_comments([handler.type]) if placed.comment.value in lost]
        moved = [line for line in map(_moved, gone) if line is not None]
        statements = list(body.body)
        _prepend(statements, moved)
        body = body.with_changes(body=statements)
    return handler.with_changes(type=kind, whitespace_after_except=space, body=body)


def _header(handler: HandlerNode) -> str:
    """The handler's `except ...:` on one line."""
    keyword = "except*" if isinstance(handler, cst.ExceptStarHandler) else "except"
    if handler.type is None:
        return keyword + ":"
    kind = " ".join(cst.Module(body=[]).code_for_node(handler.type).split())
    return f"{keyword} {kind}:"


class Guard(NamedTuple):
    """Handlers of handled optional imports to guard with `exc.name`, and a name free to bind the exception.

    `except ... as exc` unbinds `exc` when the handler ends, so the name must
    be one the scope does not use.
    """

    handlers: frozenset[int] = frozenset()
    exc_name: str = "exc"
    may_be_absent: frozenset[str] = frozenset()
    """The modules of the try that can be absent on a healthy install: only their absence stays handled.

    Empty means every module the try imports (none could be classified).
    """
    dependencies: tuple[str, ...] = ()
    """Modules those import that can be absent too (`dbm.ndbm` needs `_dbm`): their absence stays handled."""


NO_GUARD = Guard()


def expected_modules(imports: Sequence[ImportSite]) -> list[str] | None:
    """The names `exc.name` takes when a module the try imports is missing, as Python expressions.

    Dotted prefixes count (`import a.b` fails with `a` or `a.b` missing), and
    so does a from-import's name (it may be a submodule). A relative module is
    named from `__package__`; `from . import x` with `x` missing fails with
    the package's own name ("cannot import name 'x' from 'pkg'"), so that
    counts too. A name missing from a compiled module fails with the name the
    module gives itself, which for accelerators is the public module's (`_io`
    calls itself `io` up to 3.11, `_decimal` `decimal` up to 3.12), so a
    from-import of a private module counts the public name too. None when a
    module is not known (a computed `import_module`) or lies above the package
    (`from .. import x`).
    """
    names: dict[str, None] = {}
    for site in imports:
        if site.module == DYNAMIC:
            return None
        dotted = site.module + ("." + site.attribute if site.attribute else "")
        if dotted.startswith(".."):
            return None
        relative = dotted.startswith(".")
        prefixes = dotted_prefixes(dotted.lstrip("."))
        if relative and len(prefixes) == 1:
            names["__package__"] = None
        for prefix in prefixes:
            names[f'f"{{__package__}}.{prefix}"' if relative else f'"{prefix}"'] = None
        private = site.module.rsplit(".", 1)[-1]
        if site.attribute and not relative and private.startswith("_") and not private.startswith("__"):
            names[f'"{site.module[: len(site.module) - len(private)]}{private.lstrip("_")}"'] = None
    return list(names)


GUARD_LINE_LENGTH = 80
"""Past this length of its test, the guard's names go one per line (indented with the handler at any depth)."""


def _guarded(handler: HandlerNode, expected: list[str], exc_name: str) -> HandlerNode:
    """The handler re-raises unless the missing module is one the try imports; the rest stays as it was."""
    bound = handler.name.name if handler.name is not None else cst.Name(exc_name)
    if not isinstance(bound, cst.Name):
        raise CannotFix("the handler binds its exception to a target that is not a name; decide there by hand")
    name = bound.value
    if len(expected) == 1:
        test = f"{name}.name != {expected[0]}"
    elif len(f"{name}.name not in ({', '.join(expected)})") <= GUARD_LINE_LENGTH:
        test = f"{name}.name not in ({', '.join(expected)})"
    else:
        test = f"{name}.name not in (\n" + "".join(f"    {item},\n" for item in expected) + ")"
    check = cst.parse_statement(f"if {test}:\n    raise\n")
    body = handler.body
    if isinstance(body, cst.SimpleStatementSuite):
        statements, _ = _as_statements(body)
        body = cst.IndentedBlock(body=statements)
    assert isinstance(body, cst.IndentedBlock)
    statements = list(body.body)
    if statements:
        check = check.with_changes(leading_lines=_leading(statements[0]))
        statements[0] = statements[0].with_changes(leading_lines=[])
    body = body.with_changes(body=[check, *statements])
    if handler.name is None:
        handler = handler.with_changes(name=cst.AsName(name=cst.Name(exc_name)))
    return handler.with_changes(body=body)


# --- whole statements -----------------------------------------------------------------------


def _as_statements(suite: cst.BaseSuite) -> tuple[list[cst.BaseStatement], list[cst.EmptyLine]]:
    """A block's statements as they would stand on their own lines, and its trailing comments."""
    if isinstance(suite, cst.SimpleStatementSuite):
        return [cst.SimpleStatementLine(body=suite.body, trailing_whitespace=suite.trailing_whitespace)], []
    assert isinstance(suite, cst.IndentedBlock)
    statements = list(suite.body)
    _prepend(statements, _comment_line(suite.header.comment))
    return statements, list(suite.footer)


def _unwrap(
    leading: Sequence[cst.EmptyLine],
    body: cst.BaseSuite,
    orelse: cst.Else | None = None,
    between: Sequence[cst.EmptyLine] = (),
) -> _Replacement:
    """The body (then the else body) in place of the statement, at its indentation.

    `between` holds the comments of the removed handlers: they stay where the
    handlers were, after the body.
    """
    statements, footer = _as_statements(body)
    footer = [*footer, *between]
    if orelse is not None:
        more, more_footer = _as_statements(orelse.body)
        _prepend(more, [*footer, *orelse.leading_lines])
        statements, footer = statements + more, more_footer
    _prepend(statements, leading)
    return _Replacement(statements, footer)


def _try_finally(node: cst.Try | cst.TryStar, between: Sequence[cst.EmptyLine]) -> cst.Try:
    """`try: body; else-body finally: ...`: the handlers go (their comments stay), the finally stays."""
    body = node.body
    if isinstance(body, cst.SimpleStatementSuite) and (between or node.orelse is not None):
        statements, _ = _as_statements(body)
        body = cst.IndentedBlock(body=statements)
    if isinstance(body, cst.IndentedBlock):
        body = body.with_changes(footer=[*body.footer, *between])
        if node.orelse is not None:
            more, more_footer = _as_statements(node.orelse.body)
            _prepend(more, [*body.footer, *node.orelse.leading_lines])
            body = body.with_changes(body=[*body.body, *more], footer=more_footer)
    return cst.Try(
        body=body,
        finalbody=node.finalbody,
        leading_lines=node.leading_lines,
        whitespace_before_colon=node.whitespace_before_colon,
    )


def _leading_imports(body: cst.BaseSuite) -> int | None:
    """How many statements at the top of the try body are plain imports; None when it holds nothing else."""
    statements: Sequence[cst.BaseStatement]
    if isinstance(body, cst.IndentedBlock):
        statements = body.body
    else:
        assert isinstance(body, cst.SimpleStatementSuite)
        statements = [cst.SimpleStatementLine(body=body.body)]
    count = 0
    for statement in statements:
        if not (
            isinstance(statement, cst.SimpleStatementLine)
            and all(isinstance(small, (cst.Import, cst.ImportFrom)) for small in statement.body)
        ):
            break
        count += 1
    if count == len(statements):
        return None
    return count if isinstance(body, cst.IndentedBlock) else 0


class _Blocked(NamedTuple):
    """Why the imports cannot move out in front and leave the handler nothing of theirs to hide."""

    code_first: bool
    """Other code runs before the first import (else: the body imports again after other code)."""


def _imports_in_front(
    node: cst.Try | cst.TryStar | cst.With, parsed: ParsedStatement
) -> _Replacement | _Blocked | None:
    """The imports at the top of the body in front of the statement, which keeps guarding the rest unchanged.

    Blocked when the statement would still guard an import: other code comes
    first, or the rest imports too (moving only the first imports would
    leave the handler reported). None when the body holds nothing but imports.
    """
    count = _leading_imports(node.body)
    if count is None:
        return None
    if count == 0:
        return _Blocked(code_first=True)
    assert isinstance(node.body, cst.IndentedBlock)
    rest = node.body.with_changes(body=node.body.body[count:])
    moved = list(node.body.body[:count])
    moved_imports = sum(len(line.body) for line in moved if isinstance(line, cst.SimpleStatementLine))
    if imports_in(getattr(parsed.twin(node), "body")[moved_imports:]):
        return _Blocked(code_first=False)
    _prepend(moved, node.leading_lines)
    return _Replacement([*moved, node.with_changes(body=rest, leading_lines=[])])


_CATCH_ALL_NOT_FIRST = (
    "the handler catches every error and the try runs other code before its import; "
    "move the import out of the try by hand"
)
_SUPPRESS_ALL_NOT_FIRST = (
    "the block suppresses every error and runs other code before its import; "
    "move the import out of the block by hand"
)
_MORE_NOT_FIRST = (
    "the try runs other code before its import, and the handler also guards that code; "
    "move the import out of the try by hand"
)
_SUPPRESS_MORE_NOT_FIRST = (
    "the block runs other code before its import, and also suppresses its errors; "
    "move the import out of the block by hand"
)
_IMPORTS_LATER = (
    "the try imports again after other code, which the handler also guards; "
    "move the imports out of the try by hand"
)
_SUPPRESS_IMPORTS_LATER = (
    "the block imports again after other code, whose errors it also suppresses; "
    "move the imports out of the block by hand"
)


def _rewrite_try(
    node: cst.Try | cst.TryStar,
    parsed: ParsedStatement,
    indices: frozenset[int],
    imports: Sequence[ImportSite],
    guard: Guard,
    runs_more: bool,
) -> tuple[_Replacement, dict[int, str]]:
    """Fix each chosen handler that can be fixed alone; say why for the others.

    A handler that catches every error, or any handler of a try that runs
    more than imports (`runs_more`: that code may raise ImportError itself),
    keeps guarding the rest of the try: the imports at the top of the body
    move out in front of it instead. The handlers of `guard` stay optional
    and only re-raise when the module the try imports is there but broken.
    """
    all_handlers: Sequence[HandlerNode] = node.handlers
    handlers = list(all_handlers)
    left: dict[int, str] = {}
    guarded = False
    if guard.handlers:
        optional = [site for site in imports if site.module in guard.may_be_absent]
        expected = expected_modules(optional or imports)
        if expected is not None:
            more = (f'"{prefix}"' for name in guard.dependencies for prefix in dotted_prefixes(name))
            expected += [quoted for quoted in dict.fromkeys(more) if quoted not in expected]
        for index in sorted(guard.handlers):
            kind = all_handlers[index].type
            if expected is None or kind is None or _class_name(kind) not in IMPORT_ERRORS:
                left[index] = (
                    "the handler catches more than import errors, or of a module not known by name; "
                    "decide there by hand"
                )
            else:
                handlers[index] = _guarded(all_handlers[index], expected, guard.exc_name)
                guarded = True
        if indices <= guard.handlers:
            return _Replacement([node.with_changes(handlers=handlers)]), left
        all_handlers = handlers
        indices = indices - guard.handlers
    keep_guarding = [i for i in sorted(indices) if runs_more or _catches_everything(all_handlers[i].type)]
    if keep_guarding:
        moved = _imports_in_front(node, parsed)
        if isinstance(moved, _Replacement):
            return moved, {}
        if isinstance(moved, _Blocked):
            for index in keep_guarding:
                if not moved.code_first:
                    left[index] = _IMPORTS_LATER
                elif _catches_everything(all_handlers[index].type):
                    left[index] = _CATCH_ALL_NOT_FIRST
                else:
                    left[index] = _MORE_NOT_FIRST
    final_reads = _names_mentioned([node.finalbody]) if node.finalbody is not None else set()
    pruned: dict[int, _Pruned] = {}
    narrowed = False
    for index in sorted(indices - left.keys()):
        handler = all_handlers[index]
        others = _other_classes(handler.type)
        if others is None:
            pruned[index] = _prune(handler.body, parsed, imports, final_reads)
            continue
        blocker = next((h for h in all_handlers[index + 1 :] if _catches_import_errors(h)), None)
        if blocker is not None:
            left[index] = (
                f"the handler also catches other errors, and the later `{_header(blocker)}` would catch "
                "the ImportError if this one were narrowed; decide there by hand"
            )
            continue
        handlers[index] = _narrowed(handler, others)
        narrowed = True
    if not pruned and not narrowed:
        return _Replacement([node.with_changes(handlers=handlers) if guarded else node]), left
    if len(pruned) == len(all_handlers) and all(p.silent for p in pruned.values()):
        between = [
            line
            for index, p in sorted(pruned.items())
            for line in _comment_lines([all_handlers[index].with_changes(body=p.suite)]) + p.carried
        ]
        if node.finalbody is not None:
            return _Replacement([_try_finally(node, between)]), left
        return _unwrap(node.leading_lines, node.body, node.orelse, between), left
    for index, p in pruned.items():
        handlers[index] = handlers[index].with_changes(body=_ending_in_raise(p))
    return _Replacement([node.with_changes(handlers=handlers)]), left


def _is_suppress(expr: cst.BaseExpression) -> bool:
    if not isinstance(expr, cst.Call) or any(arg.keyword is not None for arg in expr.args):
        return False
    name = (get_full_name_for_node(expr.func) or "").rsplit(".", 1)[-1]
    return name == "suppress" and any(catches(arg.value) for arg in expr.args)


def _without_last_comma(items: Sequence[cst.Arg]) -> list[cst.Arg]:
    return [*items[:-1], items[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)] if items else []


def _rewrite_suppress(node: cst.With, parsed: ParsedStatement, runs_more: bool) -> _Replacement:
    """Drop the import errors from `suppress(...)`; unwrap the block when nothing is left.

    `suppress(Exception)`, or any suppress around more than imports
    (`runs_more`), keeps suppressing the rest unchanged: the imports at the
    top of the block move out in front of it.
    """
    items: list[cst.WithItem] = []
    everything = False
    for item in node.items:
        if not _is_suppress(item.item):
            items.append(item)
            continue
        if item.asname is not None:
            raise CannotFix("the suppress block binds its context manager with `as`; decide there by hand")
        assert isinstance(item.item, cst.Call)
        everything = everything or any(_catches_everything(arg.value) for arg in item.item.args)
        args = [arg for arg in item.item.args if not catches(arg.value)]
        if args:
            items.append(item.with_changes(item=item.item.with_changes(args=_without_last_comma(args))))
    if everything or runs_more:
        moved = _imports_in_front(node, parsed)
        if isinstance(moved, _Replacement):
            return moved
        if isinstance(moved, _Blocked) and not moved.code_first:
            raise CannotFix(_SUPPRESS_IMPORTS_LATER)
        if isinstance(moved, _Blocked):
            raise CannotFix(_SUPPRESS_ALL_NOT_FIRST if everything else _SUPPRESS_MORE_NOT_FIRST)
    if items:
        items[-1] = items[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
        return _Replacement([node.with_changes(items=items)])
    return _unwrap(node.leading_lines, node.body)


def _rewrite_node(
    parsed: ParsedStatement, indices: frozenset[int], guard: Guard, runs_more: bool
) -> tuple[_Replacement, dict[int, str]]:
    node = parsed.node
    if isinstance(node, (cst.Try, cst.TryStar)):
        imports = TryBody(getattr(parsed.twin(node), "body")).imports
        return _rewrite_try(node, parsed, indices, imports, guard, runs_more)
    if guard.handlers:
        raise CannotFix("a suppress block has no exception to ask which module is missing; decide there by hand")
    if isinstance(node, cst.With) and SUPPRESS in indices:
        return _rewrite_suppress(node, parsed, runs_more), {}
    raise CannotFix("libcst does not see the statement the analysis saw")


def _render(parsed: ParsedStatement, replacement: _Replacement, text: str) -> str:
    """The replacement's code at the statement's place and indentation, in its line endings."""
    module = parsed.module
    if not parsed.prefix:
        code = module.with_changes(body=replacement.statements, footer=[*replacement.footer, *module.footer]).code
    else:
        wrapper = module.body[0]
        assert isinstance(wrapper, cst.If) and isinstance(wrapper.body, cst.IndentedBlock)
        block = wrapper.body.with_changes(
            body=replacement.statements, footer=[*replacement.footer, *wrapper.body.footer]
        )
        code = module.with_changes(body=[wrapper.with_changes(body=block)]).code[len(parsed.prefix) :]
    newline = first_line_ending(text)
    if text.endswith(("\n", "\r")) and not code.endswith(("\n", "\r")):
        code += newline  # libcst drops a last line ending that is a lone `\r`
    return code


def _kept_every_comment(node: cst.CSTNode, replacement: _Replacement) -> bool:
    """Every comment is still there, but for pragmas, which may have gone with their lines."""

    def said(nodes: Iterable[cst.CSTNode]) -> Counter[str]:
        return Counter(text for c in comments_in(nodes) if (text := without_pragmas(c.value)) is not None)

    return not said([node]) - said([*replacement.statements, *replacement.footer])


def rewrite_statement(
    text: str,
    indices: frozenset[int],
    parsed: ParsedStatement | None = None,
    guard: Guard = NO_GUARD,
    runs_more: bool = False,
) -> Rewrite:
    """The fixed text of one candidate statement (its own lines); CannotFix says why not.

    `parsed` is libcst's tree of exactly `text`, when the caller has parsed it;
    `guard` names the handlers (among `indices`) of optional imports that
    stay optional but re-raise when the module is installed and broken;
    `runs_more` says the body runs more than imports (`hazards.runs_more_than_imports`).
    """
    try:
        if parsed is None:
            parsed = parse_statement(text)
        replacement, left = _rewrite_node(parsed, indices, guard, runs_more)
        if not _kept_every_comment(parsed.node, replacement):
            raise CannotFix("the rewrite would lose a comment; decide there by hand")
        code = _render(parsed, replacement, text)
    except (cst.ParserSyntaxError, RecursionError) as error:
        raise CannotFix(f"libcst cannot rewrite this statement ({type(error).__name__})") from error
    return Rewrite(code, tuple(sorted(left.items())))
