"""Which handlers to watch: the static search's candidates, as lines a tracer can match.

A handler caught something exactly when the first line of its body runs, so
each watched handler is keyed by its file and that line. `suppress` blocks
have no handler body: the recorder looks at the exceptions that leave their
`with` body instead.
"""

from __future__ import annotations

import ast
import io
import os
import tokenize
import warnings
from collections.abc import Callable, Iterable
from typing import NamedTuple

from flake8_failfast.candidates import Candidate, find_candidates, import_sites, marked_lines
from flake8_failfast.handlers.sites import ImportSite
from flake8_failfast.judge.hazards import checks_which_module_failed, is_catch_all
from flake8_failfast.pipeline import split_lines


class WatchedHandler(NamedTuple):
    """One candidate handler: where it is, what its `try` imports, what it catches."""

    path: str
    line: int
    col: int
    entry_line: int
    """The line whose execution means "caught": the body's first line (a `suppress`: its `with` line)."""
    sites: tuple[ImportSite, ...]
    """The imports of the `try` body, relative ones as written."""
    catches: tuple[str, ...]
    """Dotted names of the classes the handler names; empty for a bare `except:`."""
    catch_all: bool
    checks_name: bool
    """The handler re-raises unless `exc.name` (or find_spec, a platform test) says the expected module is missing."""
    body_lines: tuple[int, int]
    """First and last line of the `try` (or `with`) body."""
    suppress: bool = False

    @property
    def needs_type_check(self) -> bool:
        """The entry line can run without a catch: a one-line handler, or a `suppress` block."""
        return self.suppress or self.entry_line == self.line


class FileWatch(NamedTuple):
    """The watched handlers of one file: by entry line, and the `suppress` blocks apart."""

    by_line: dict[int, WatchedHandler]
    suppress: tuple[WatchedHandler, ...]
    lines: frozenset[int]
    """Every entry line: a code object that holds none of them is never traced."""

    @classmethod
    def of(cls, handlers: Iterable[WatchedHandler]) -> FileWatch | None:
        handlers = list(handlers)
        if not handlers:
            return None
        by_line = {h.entry_line: h for h in handlers if not h.suppress}
        suppress = tuple(h for h in handlers if h.suppress)
        return cls(by_line, suppress, frozenset(h.entry_line for h in handlers))


def _class_names(expr: ast.expr | None) -> tuple[str, ...]:
    if expr is None:
        return ()
    elements = expr.elts if isinstance(expr, ast.Tuple) else [expr]
    return tuple(ast.unparse(element) for element in elements)


def _handlers_of(candidate: Candidate, path: str) -> Iterable[WatchedHandler]:
    node = candidate.node
    body: list[ast.stmt] = getattr(node, "body", [])
    body_lines = (body[0].lineno, max(s.end_lineno or s.lineno for s in body))
    sites = import_sites(body)
    for index, line, col in candidate.handlers:
        catch_all = is_catch_all(candidate, index)
        if candidate.is_suppress:
            calls = [i.context_expr for i in getattr(node, "items", []) if isinstance(i.context_expr, ast.Call)]
            catches = tuple(ast.unparse(arg) for call in calls for arg in call.args)
            yield WatchedHandler(path, line, col, line, sites, catches, catch_all, False, body_lines, True)
            continue
        handler: ast.ExceptHandler = getattr(node, "handlers")[index]
        yield WatchedHandler(
            path,
            line,
            col,
            handler.body[0].lineno,
            sites,
            _class_names(handler.type),
            catch_all,
            checks_which_module_failed(candidate, index),
            body_lines,
        )


def handlers_in(source: str, path: str) -> tuple[WatchedHandler, ...]:
    """Every candidate handler of one file; none when it does not parse."""
    lines = split_lines(source)
    if not marked_lines(lines):
        return ()  # no `try` and no `suppress`: not worth a parse
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source)
        return tuple(h for c in find_candidates(tree, lines) for h in _handlers_of(c, path))
    except (SyntaxError, ValueError, RecursionError):
        return ()


def handlers_of_file(path: str) -> tuple[WatchedHandler, ...]:
    """The watched handlers of a source file; none when it cannot be read."""
    try:
        with open(path, "rb") as file:
            data = file.read()
        source = data.decode(_encoding(data))
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return ()
    return handlers_in(source, path)


def _encoding(data: bytes) -> str:
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return "utf-8-sig" if encoding == "utf-8-sig" else encoding


class Watchlist:
    """Watched handlers by file, learned the first time code of a file runs.

    `wants(path)` says which files belong to the program under watch; the
    others cost one dictionary lookup per new code object.
    """

    def __init__(self, wants: Callable[[str], bool]) -> None:
        self._wants = wants
        self.on_suppress: Callable[[], None] | None = None
        """Called when a file with a `suppress` block is learned (sys.monitoring then watches exceptions)."""
        self.known: dict[str, FileWatch | None] = {}
        """By `co_filename` as the interpreter spells it: None for a file with nothing to watch."""

    def entries(self, filename: str) -> FileWatch | None:
        """The watched handlers of the file a code object came from; None when there are none."""
        try:
            return self.known[filename]
        except KeyError:
            pass
        entries: FileWatch | None = None
        path = os.path.realpath(filename) if filename and not filename.startswith("<") else ""
        if path and self._wants(path):
            entries = FileWatch.of(handlers_of_file(path))
            if entries is not None and entries.suppress and self.on_suppress is not None:
                self.on_suppress()
        self.known[filename] = entries
        return entries

    def handlers(self) -> list[WatchedHandler]:
        """Every handler learned so far."""
        return [h for entries in self.known.values() if entries for h in (*entries.by_line.values(), *entries.suppress)]


def in_files(paths: Iterable[str]) -> Callable[[str], bool]:
    """A `wants` for a fixed set of files (the probe command's modules)."""
    chosen = frozenset(os.path.realpath(p) for p in paths)
    return chosen.__contains__


_NOT_PROJECT = frozenset({"site-packages", "dist-packages", ".tox", ".nox", "node_modules", ".git", "__pycache__"})


def under_roots(roots: Iterable[str]) -> Callable[[str], bool]:
    """A `wants` for a project's own files: under one of `roots`, outside virtualenvs and installed packages."""
    prefixes = tuple(os.path.join(os.path.realpath(root), "") for root in roots)

    def wants(path: str) -> bool:
        root = next((prefix for prefix in prefixes if path.startswith(prefix)), None)
        if root is None or not path.endswith(".py"):
            return False
        parts = path[len(root) :].split(os.sep)
        return not any(part in _NOT_PROJECT or part.startswith(".venv") for part in parts)

    return wants
