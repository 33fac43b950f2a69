"""Every path through a handler, and the bindings each path leaves behind."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from flake8_failfast.bindings import bound_name, imports_in, target_names
from flake8_failfast.sites import ImportSite
from flake8_failfast.placeholders import (
    REAL,
    Binding,
    Env,
    Kind,
    classify_class,
    classify_def,
    classify_value,
    is_terminator,
    name_of,
)

MAX_PATHS = 256
"""Paths followed through one handler before giving up on it (no finding)."""


class TooComplex(Exception):
    """A handler with more paths than MAX_PATHS: give no finding rather than guess."""


def _is_sys_modules_item(target: cst.BaseExpression) -> str | None:
    """The key of a `sys.modules[...]` target ('' when not a literal), else None."""
    if not isinstance(target, cst.Subscript) or name_of(target.value) != "sys.modules":
        return None
    element = target.slice[0].slice if len(target.slice) == 1 else None
    key = element.value if isinstance(element, cst.Index) else None
    literal = key.evaluated_value if isinstance(key, cst.SimpleString) else None
    return literal if isinstance(literal, str) else ""


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

    def names_for_module_key(self, key: str) -> list[str]:
        matching = [n for site in self.imports if site.module == key for n in site.names]
        return matching or [n for site in self.imports for n in site.names]

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
        if isinstance(node, cst.FunctionDef):
            self._set(env := dict(env), node.name.value, Binding(classify_def(node)))
            return [env], []
        if isinstance(node, cst.ClassDef):
            self._set(env := dict(env), node.name.value, Binding(classify_class(node), is_class=True))
            return [env], []
        if isinstance(node, cst.If):
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
        if isinstance(node, cst.Assign):
            binding = classify_value(node.value, env)
            for target in node.targets:
                self.assign(target.target, node.value, binding, env)
        elif isinstance(node, cst.AnnAssign) and node.value is not None:
            self.assign(node.target, node.value, classify_value(node.value, env), env)
        elif isinstance(node, cst.AugAssign):
            for name in target_names(node.target):
                self._set(env, name, REAL)
        elif isinstance(node, (cst.Import, cst.ImportFrom)) and not isinstance(node.names, cst.ImportStar):
            for alias in node.names:
                self._set(env, bound_name(alias, from_import=isinstance(node, cst.ImportFrom)), REAL)

    def assign(self, target: cst.BaseExpression, value: cst.BaseExpression, binding: Binding, env: Env) -> None:
        helper = value.func if isinstance(value, cst.Call) else value
        if isinstance(helper, cst.Name) and helper.value in env:
            self.helpers.add(helper.value)
        key = _is_sys_modules_item(target)
        if key is not None:
            if binding.kind in (Kind.NONE, Kind.STUB):
                for name in self.names_for_module_key(key):
                    self._set(env, name, Binding(binding.kind))
            return
        if isinstance(target, (cst.Tuple, cst.List)):
            values = value.elements if isinstance(value, (cst.Tuple, cst.List)) else None
            if values is not None and len(values) == len(target.elements):
                for element, element_value in zip(target.elements, values):
                    self.assign(element.value, element_value.value, classify_value(element_value.value, env), env)
                return
            binding = REAL
        for name in target_names(target):
            self._set(env, name, binding)
