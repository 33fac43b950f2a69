"""What each handler of one candidate statement leaves behind, read from flake8's `ast` tree.

Every path through a handler that does not end in a terminator is followed;
each name at stake ends up None, a stub, a deferred placeholder, unbound, or
a real fallback. Only the first four are findings. Nothing here depends on
where a module comes from: origins and uses are judged afterwards.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Sequence

from flake8_failfast.handlers.body import TryBody
from flake8_failfast.handlers.flow import HandlerPaths, TooComplex
from flake8_failfast.handlers.sites import HandlerVerdict, handler_verdict
from flake8_failfast.handlers.values import is_silent

SUPPRESS_BLOCK = -1
"""The handler index of a `with suppress(ImportError):` block."""

_PASS: list[ast.stmt] = [ast.Pass()]
"""What a `suppress` block does when the import fails."""


def handler_bodies(statement: ast.stmt) -> list[tuple[int, Sequence[ast.stmt]]]:
    """The handler bodies of a try (indexed) or of a suppress block (SUPPRESS_BLOCK, body `pass`)."""
    handlers = getattr(statement, "handlers", None)
    if handlers is not None:
        return [(index, handler.body) for index, handler in enumerate(handlers)]
    return [(SUPPRESS_BLOCK, _PASS)]


def verdicts(
    statement: ast.stmt, handler_indices: Iterable[int], prebound: Mapping[str, bool]
) -> tuple[HandlerVerdict, ...]:
    """Verdicts for the chosen handlers of a candidate try or suppress statement, in handler order.

    `prebound` says which names the scope bound before the statement (True: to None).
    A handler with too many paths to follow gets no verdict.
    """
    body = TryBody(getattr(statement, "body", []))
    if not body.imports:
        return ()
    every_site = tuple(body.imports)
    wanted = set(handler_indices)
    found = []
    for index, handler in handler_bodies(statement):
        if index not in wanted:
            continue
        paths = HandlerPaths(body.imports)
        try:
            envs, _ = paths.block(handler, [{}], in_loop=False)
        except TooComplex:
            continue
        outcomes = [{name: binding.kind.value for name, binding in env.items()} for env in envs]
        handler_names = [name for name in paths.bound_order if name not in paths.helpers]
        found.append(
            handler_verdict(index, is_silent(handler), outcomes, body.names, handler_names, every_site, prebound)
        )
    return tuple(found)
