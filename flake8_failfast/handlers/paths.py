"""Every path through a handler, and the bindings each path leaves behind."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from flake8_failfast.handlers.try_body import imports_in
from flake8_failfast.handlers.binds import Bound, binds
from flake8_failfast.handlers.placeholders import Binding, Env, is_terminator
from flake8_failfast.handlers.sites import ImportSite

MAX_PATHS = 256
"""Paths followed through one handler before giving up on it (no finding)."""


class TooComplex(Exception):
    """A handler with more paths than MAX_PATHS: give no finding rather than guess."""


class HandlerPaths:
    """Follows every path through a handler, keeping the bindings each path leaves."""

    def __init__(self, imports: Sequence[ImportSite]) -> None:
        self.imports = imports
        self.bound_order: dict[str, None] = {}
        self.helpers: set[str] = set()
        """Handler-made names used only to build another binding, such as a stub class."""

    def _set(self, env: Env, name: str, binding: Binding) -> None:
        self.bound_order.setdefault(name, None)
        env[name] = binding

    def block(
        self, statements: Sequence[cst.BaseStatement], envs: list[Env], in_loop: bool
    ) -> tuple[list[Env], list[Env]]:
        """Run statements on each path: (paths falling through, paths leaving a loop)."""
        exits: list[Env] = []
        for statement in statements:
            following: list[Env] = []
            for env in envs:
                through, out = self.statement(statement, env, in_loop)
                following.extend(through)
                exits.extend(out)
            envs = following
            if len(envs) + len(exits) > MAX_PATHS:
                raise TooComplex
            if not envs:
                break
        return envs, exits

    def suite(self, suite: cst.BaseSuite, envs: list[Env], in_loop: bool) -> tuple[list[Env], list[Env]]:
        if isinstance(suite, cst.IndentedBlock):
            return self.block(suite.body, envs, in_loop)
        assert isinstance(suite, cst.SimpleStatementSuite)
        return self.block([cst.SimpleStatementLine(body=suite.body)], envs, in_loop)

    def statement(self, node: cst.BaseStatement, env: Env, in_loop: bool) -> tuple[list[Env], list[Env]]:
        if isinstance(node, cst.SimpleStatementLine):
            return self.simple(node.body, dict(env), in_loop)
        if isinstance(node, (cst.FunctionDef, cst.ClassDef)):
            self.apply(binds(node, env, self.imports), env := dict(env))
            return [env], []
        if isinstance(node, cst.If):
            constant = _type_checking(node.test)
            if constant is not None:  # `if TYPE_CHECKING:` is false at run time, `if not TYPE_CHECKING:` true
                taken = node.body if constant else node.orelse
                if isinstance(taken, cst.If):
                    return self.statement(taken, env, in_loop)
                if isinstance(taken, cst.Else):
                    return self.suite(taken.body, [dict(env)], in_loop)
                if isinstance(taken, cst.BaseSuite):
                    return self.suite(taken, [dict(env)], in_loop)
                return [dict(env)], []
            through, exits = self.suite(node.body, [dict(env)], in_loop)
            if isinstance(node.orelse, cst.If):
                other = self.statement(node.orelse, env, in_loop)
            elif isinstance(node.orelse, cst.Else):
                other = self.suite(node.orelse.body, [dict(env)], in_loop)
            else:
                other = ([dict(env)], [])
            return through + other[0], exits + other[1]
        if isinstance(node, (cst.For, cst.While)):
            ran, _ = self.suite(node.body, [dict(env)], in_loop=True)
            after = [dict(env)] + ran
            if node.orelse is not None:
                return self.suite(node.orelse.body, after, in_loop)
            return after, []
        if isinstance(node, (cst.Try, cst.TryStar)):
            through, exits = self.suite(node.body, [dict(env)], in_loop)
            if node.orelse is not None:
                through, more = self.suite(node.orelse.body, through, in_loop)
                exits += more
            nested_candidate = imports_in(node.body)
            for handler in node.handlers:
                caught, more = self.suite(handler.body, [dict(env)], in_loop)
                if nested_candidate:
                    # Its own analysis reports what it binds; here only its paths count.
                    caught, more = [dict(env) for _ in caught], [dict(env) for _ in more]
                through += caught
                exits += more
            if node.finalbody is not None:
                through, more = self.suite(node.finalbody.body, through, in_loop)
                exits += more
            return through, exits
        if isinstance(node, cst.With):
            return self.suite(node.body, [dict(env)], in_loop)
        if isinstance(node, cst.Match):
            through, exits = [], []
            for case in node.cases:
                caught, more = self.suite(case.body, [dict(env)], in_loop)
                through += caught
                exits += more
            last = node.cases[-1].pattern if node.cases else None
            if not (isinstance(last, cst.MatchAs) and last.pattern is None):
                through.append(dict(env))
            return through, exits
        return [env], []

    def simple(self, body: Sequence[cst.BaseSmallStatement], env: Env, in_loop: bool) -> tuple[list[Env], list[Env]]:
        for small in body:
            if is_terminator(small) or isinstance(small, cst.Return):
                return [], []
            if isinstance(small, (cst.Break, cst.Continue)):
                return [], [env] if in_loop else []
            self.small(small, env)
        return [env], []

    def small(self, node: cst.BaseSmallStatement, env: Env) -> None:
        self.apply(binds(node, env, self.imports), env)

    def apply(self, bound: Bound, env: Env) -> None:
        """Bind what one statement binds on one path."""
        self.helpers.update(bound.helpers)
        for name, binding in bound.names:
            self._set(env, name, binding)


def _type_checking(test: cst.BaseExpression) -> bool | None:
    """The run-time value of `TYPE_CHECKING` or `not TYPE_CHECKING` (`typing.` too); None for any other test."""
    negated = isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not)
    subject = test.expression if isinstance(test, cst.UnaryOperation) and negated else test
    if isinstance(subject, cst.Attribute):
        subject = subject.attr
    if not (isinstance(subject, cst.Name) and subject.value == "TYPE_CHECKING"):
        return None
    return negated
