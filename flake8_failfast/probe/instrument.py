"""Python 3.10 and 3.11: watched handlers report themselves, compiled in by an import hook.

Any trace function puts these interpreters in their slow tracing mode for
every call, so the recorder does not trace: a meta path finder takes over
the plain source modules whose files hold watched handlers and compiles them
with one call added as the first statement of each watched handler (a
`suppress` block's body is wrapped in `try: ... except BaseException:
<call>; raise`). Every added node sits on a line that runs anyway, so line
numbers and tracebacks stay as they were; the module's
bytecode cache is neither read nor written, so a normal run never meets the
added calls and a recorded run never uses code compiled without them.

Modules that another import hook loads (pytest's assertion rewriting loads
test files and conftest.py files), that are not plain source files, or that
were imported before the finder was installed keep their code: their
handlers are not watched.
"""

from __future__ import annotations

import ast
import builtins
import sys
import threading
from collections.abc import Callable, Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder, SourceFileLoader
from types import CodeType, FrameType, ModuleType
from typing import TypeVar

from flake8_failfast.probe.watchlist import FileWatch, WatchedHandler, Watchlist

HOOK = "__flake8_failfast_caught__"
"""The builtin the added calls name: a builtin, so that code run with other globals (runpy, exec) finds it too."""

Listener = Callable[[WatchedHandler, FrameType], None]
"""Told that a handler runs, with its frame; `sys.exc_info()` holds the exception it handles."""

_Statement = TypeVar("_Statement", bound=ast.stmt)
_lock = threading.Lock()
_table: list[tuple[Listener, WatchedHandler]] = []
"""Every instrumented handler of the process, by the number its added call passes."""


def _caught(number: int) -> None:
    """The added call: tell the handler's listener (it must never raise, and the one listener never does)."""
    listener, handler = _table[number]
    listener(handler, sys._getframe(1))


def _number(listener: Listener, handler: WatchedHandler) -> int:
    with _lock:
        _table.append((listener, handler))
        return len(_table) - 1


def _call(number: int, at: ast.stmt) -> ast.stmt:
    """`HOOK(number)`, every node placed on the first line of `at`, which runs whenever the call does."""
    call = ast.Expr(ast.Call(ast.Name(HOOK, ast.Load()), [ast.Constant(number)], []))
    return _placed(call, at)


def _placed(node: _Statement, at: ast.stmt) -> _Statement:
    """`node` and its children, lacking places, placed at the start of `at` (an empty span)."""
    node.lineno = node.end_lineno = at.lineno
    node.col_offset = node.end_col_offset = at.col_offset
    return ast.fix_missing_locations(node)


def _wrapped(number: int, body: list[ast.stmt]) -> list[ast.stmt]:
    """A `suppress` body in `try: BODY except BaseException: HOOK(number); raise` (a bare raise keeps the traceback)."""
    first = body[0]
    handler = ast.ExceptHandler(
        ast.Name("BaseException", ast.Load()), None, [_call(number, first), _placed(ast.Raise(), first)]
    )
    handler.lineno = handler.end_lineno = first.lineno
    handler.col_offset = handler.end_col_offset = first.col_offset
    attempt = _placed(ast.Try([], [ast.fix_missing_locations(handler)], [], []), first)
    attempt.body = body
    attempt.end_lineno, attempt.end_col_offset = body[-1].end_lineno, body[-1].end_col_offset
    return [attempt]


def instrument(tree: ast.Module, watch: FileWatch, number: Callable[[WatchedHandler], int]) -> int:
    """Add the calls for the watched handlers of `tree` in place; how many were added."""
    by_place = {(h.line, h.col): h for h in (*watch.by_line.values(), *watch.suppress)}
    found: list[tuple[ast.ExceptHandler | ast.With, WatchedHandler]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.ExceptHandler, ast.With)):
            handler = by_place.get((node.lineno, node.col_offset))
            if handler is not None and handler.suppress == isinstance(node, ast.With) and node.body:
                found.append((node, handler))
    for node, handler in found:
        if isinstance(node, ast.With):
            node.body = _wrapped(number(handler), node.body)
        else:
            node.body.insert(0, _call(number(handler), node.body[0]))
    return len(found)


class WatchingLoader(SourceFileLoader):
    """A source file loader that compiles in the watched handlers' calls and never touches the bytecode cache."""

    def __init__(self, fullname: str, path: str, watch: FileWatch, listener: Listener) -> None:
        super().__init__(fullname, path)
        self.watch = watch
        self.listener = listener

    def get_code(self, fullname: str) -> CodeType:
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def source_to_code(self, data: bytes, path: str, *, _optimize: int = -1) -> CodeType:  # type: ignore[override]
        try:
            tree = ast.parse(data, path)
            instrument(tree, self.watch, lambda handler: _number(self.listener, handler))
            return compile(tree, path, "exec", dont_inherit=True, optimize=_optimize)
        except (SyntaxError, ValueError, RecursionError):  # compiled as usual: the same error, or the same code
            return super().source_to_code(data, path, _optimize=_optimize)


class WatchingFinder(MetaPathFinder):
    """Asks the finders after it (the path finder and those appended later) and takes over what needs watching.

    Installed just before the path finder, so that hooks in front of it
    (pytest's assertion rewriting) keep their modules. It takes over only
    specs whose loader is exactly the standard source file loader.
    """

    def __init__(self, watchlist: Watchlist, listener: Listener) -> None:
        self.watchlist = watchlist
        self.listener = listener
        self.taken: set[str] = set()
        """The files it compiled with the calls added."""
        self._busy = threading.local()

    def install(self) -> None:
        finders = sys.meta_path
        at = next((i for i, finder in enumerate(finders) if finder is PathFinder), len(finders))
        finders.insert(at, self)
        if HOOK not in builtins.__dict__:
            setattr(builtins, HOOK, _caught)

    def uninstall(self) -> None:
        """Later imports load as usual; the modules it loaded keep their calls (and the builtin stays for them)."""
        if self in sys.meta_path:
            sys.meta_path.remove(self)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if getattr(self._busy, "on", False):
            return None  # an import the watchlist itself makes loads as usual
        self._busy.on = True
        try:
            spec = self._found_after(fullname, path, target)
            if spec is not None and type(spec.loader) is SourceFileLoader:
                self._take(spec, spec.loader)
            return spec
        finally:
            self._busy.on = False

    def _found_after(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None
    ) -> ModuleSpec | None:
        finders = list(sys.meta_path)
        if self not in finders:
            return None
        for finder in finders[finders.index(self) + 1 :]:
            find = getattr(finder, "find_spec", None)
            spec = find(fullname, path, target) if find is not None else None
            if spec is not None:
                return spec  # type: ignore[no-any-return]
        return None

    def _take(self, spec: ModuleSpec, loader: SourceFileLoader) -> None:
        try:
            watch = self.watchlist.entries(loader.path)
        except Exception:  # a file it cannot read or judge loads as usual
            return
        if watch is not None:
            spec.loader = WatchingLoader(loader.name, loader.path, watch, self.listener)
            self.taken.add(loader.path)
