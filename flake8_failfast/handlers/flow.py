"""Every path through a handler, and the bindings each path leaves behind."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from flake8_failfast.handlers.body import imports_in
from flake8_failfast.handlers.kinds import Binding, Env
from flake8_failfast.handlers.sites import ImportSite
from flake8_failfast.handlers.values import binds, is_terminator

MAX_PATHS = 256
"""Paths followed through one handler before giving up on it (no finding)."""

_TRY_TYPES = (ast.Try, ast.TryStar) if hasattr(ast, "TryStar") else (ast.Try,)

Paths = tuple[list[Env], list[Env]]
"""The paths falling through a block, and the paths leaving the enclosing loop (break, continue)."""


class TooComplex(Exception):
    """A handler with more paths than MAX_PATHS: give no finding rather than guess."""


class HandlerPaths:
    """Follows every path through a handler, keeping the bindings each path leaves."""

    def __init__(self, imports: Sequence[ImportSite]) -> None:
        self.imports = imports
        self.bound_order: dict[str, None] = {}
        self.helpers: set[str] = set()
        """Handler-made names used only to build another binding, such as a stub class."""

    def block(self, statements: Sequence[ast.stmt], envs: list[Env], in_loop: bool) -> Paths:
        """Run statements on each path."""
        exits: list[Env] = []
        for stmt in statements:
            following: list[Env] = []
            for env in envs:
                through, out = self.statement(stmt, env, in_loop)
                following.extend(through)
                exits.extend(out)
            envs = following
            if len(envs) + len(exits) > MAX_PATHS:
                raise TooComplex
            if not envs:
                break
        return envs, exits

    def statement(self, node: ast.stmt, env: Env, in_loop: bool) -> Paths:
        if is_terminator(node) or isinstance(node, ast.Return):
            return [], []
        if isinstance(node, (ast.Break, ast.Continue)):
            return [], [env] if in_loop else []
        if isinstance(node, ast.If):
            return self._if(node, env, in_loop)
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            ran, _ = self.block(node.body, [dict(env)], in_loop=True)
            return self.block(node.orelse, [dict(env)] + ran, in_loop)
        if isinstance(node, _TRY_TYPES):
            return self._try(node, env, in_loop)
        if isinstance(node, (ast.With, ast.AsyncWith)):
            return self.block(node.body, [dict(env)], in_loop)
        if isinstance(node, ast.Match):
            return self._match(node, env, in_loop)
        env = dict(env)
        bound = binds(node, env, self.imports)
        self.helpers.update(bound.helpers)
        for name, binding in bound.names:
            self._set(env, name, binding)
        return [env], []

    def _set(self, env: Env, name: str, binding: Binding) -> None:
        self.bound_order.setdefault(name, None)
        env[name] = binding

    def _if(self, node: ast.If, env: Env, in_loop: bool) -> Paths:
        constant = _type_checking(node.test)
        if constant is not None:  # `if TYPE_CHECKING:` is false at run time, `if not TYPE_CHECKING:` true
            return self.block(node.body if constant else node.orelse, [dict(env)], in_loop)
        through, exits = self.block(node.body, [dict(env)], in_loop)
        other_through, other_exits = self.block(node.orelse, [dict(env)], in_loop)
        return through + other_through, exits + other_exits

    def _try(self, node: ast.Try | ast.TryStar, env: Env, in_loop: bool) -> Paths:
        through, exits = self.block(node.body, [dict(env)], in_loop)
        through, more = self.block(node.orelse, through, in_loop)
        exits += more
        nested_candidate = imports_in(node.body)
        for handler in node.handlers:
            caught, more = self.block(handler.body, [dict(env)], in_loop)
            if nested_candidate:
                # Its own analysis reports what it binds; here only its paths count.
                caught, more = [dict(env) for _ in caught], [dict(env) for _ in more]
            through += caught
            exits += more
        through, more = self.block(node.finalbody, through, in_loop)
        return through, exits + more

    def _match(self, node: ast.Match, env: Env, in_loop: bool) -> Paths:
        through: list[Env] = []
        exits: list[Env] = []
        for case in node.cases:
            caught, more = self.block(case.body, [dict(env)], in_loop)
            through += caught
            exits += more
        last = node.cases[-1].pattern if node.cases else None
        if not (isinstance(last, ast.MatchAs) and last.pattern is None):
            through.append(dict(env))
        return through, exits


def _type_checking(test: ast.expr) -> bool | None:
    """The run-time value of `TYPE_CHECKING` or `not TYPE_CHECKING` (`typing.` too); None for any other test."""
    negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    subject = test.operand if isinstance(test, ast.UnaryOp) and negated else test
    name = subject.attr if isinstance(subject, ast.Attribute) else subject.id if isinstance(subject, ast.Name) else ""
    return negated if name == "TYPE_CHECKING" else None
