"""The low-cost watcher: which watched handlers catch an exception while the program runs.

It never changes what the program does: the handler still runs and the
exception is still handled; the recorder only reads the exception being
handled when a watched handler's first line runs (for a `suppress` block:
an exception that leaves its body). Python 3.12 and later use
`sys.monitoring` (line events switched on only in code objects that hold a
watched handler, and switched off line by line after their first run);
3.10 and 3.11, where any trace function slows every call, compile the
watched modules with a call added to each watched handler (`instrument`).
"""

from __future__ import annotations

import os
import sys
from types import CodeType, FrameType, TracebackType
from typing import Any, NamedTuple

from flake8_failfast.probe.instrument import WatchingFinder
from flake8_failfast.probe.watchlist import FileWatch, WatchedHandler, Watchlist

FREE_TOOL_IDS = (3, 4)
"""`sys.monitoring` ids no tool claims by convention (0 debugger, 1 coverage, 2 profiler, 5 optimizer)."""


class Caught(NamedTuple):
    """What one watched handler caught (the first time), and how often it caught anything."""

    handler: WatchedHandler
    exception: str
    message: str
    name: str | None
    """`exc.name` of an ImportError: the module that could not be imported."""
    import_error: bool
    raised_at: str
    """`path:line` of the innermost frame of the traceback that is not importlib's own."""
    times: int = 1
    """How often the handler's first line ran while handling an exception."""


def exception_type_name(exc: BaseException) -> str:
    cls = type(exc)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def _raised_at(tb: TracebackType | None) -> str:
    place = ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if not filename.startswith("<frozen importlib"):
            place = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return place


def describe(handler: WatchedHandler, exc: BaseException) -> Caught:
    try:
        message = str(exc)
    except Exception as error:  # an exception whose __str__ fails must not stop the program
        message = f"<str() failed: {exception_type_name(error)}>"
    name = getattr(exc, "name", None) if isinstance(exc, ImportError) else None
    return Caught(
        handler,
        exception_type_name(exc),
        message,
        name if isinstance(name, str) else None,
        isinstance(exc, ImportError),
        _raised_at(exc.__traceback__),
    )


def _resolve(dotted: str, frame: FrameType) -> object:
    """The object a handler's class expression names in this frame; None when it is not a plain name."""
    first, *rest = dotted.split(".")
    if not first.isidentifier() or not all(part.isidentifier() for part in rest):
        return None
    for namespace in (frame.f_locals, frame.f_globals, frame.f_builtins):
        if first in namespace:
            value: object = namespace[first]
            break
    else:
        return None
    for part in rest:
        value = getattr(value, part, None)
    return value


def _matches(handler: WatchedHandler, exc: BaseException, frame: FrameType) -> bool:
    """Whether the handler's classes take `exc`; a class it cannot name counts as taking it."""
    if not handler.catches:
        return True
    for dotted in handler.catches:
        cls = _resolve(dotted, frame)
        if cls is None:
            return True
        try:
            if isinstance(exc, cls):  # type: ignore[arg-type]
                return True
        except TypeError:
            return True
    return False


def line_in(frame: FrameType, exc: BaseException) -> int:
    """The line of `frame` that an exception handled there came through (0 when its traceback lacks the frame)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame is not frame:
        tb = tb.tb_next
    return tb.tb_lineno if tb is not None else 0


class Recorder:
    """Watches the handlers of a `Watchlist` from `start()` to `stop()`; `caught()` says what they caught."""

    def __init__(self, watchlist: Watchlist) -> None:
        self.watchlist = watchlist
        self.errors = 0
        """Exceptions the recorder itself met (and swallowed, so that the program goes on)."""
        self._caught: dict[tuple[str, int, int], Caught] = {}
        self._backend: _Monitoring | _Instrumenting | None = None
        self._started: _Monitoring | _Instrumenting | None = None

    def start(self) -> str | None:
        """Start watching; a reason when this interpreter cannot be watched (no free `sys.monitoring` tool id)."""
        backend: _Monitoring | _Instrumenting
        backend = _Monitoring(self) if sys.version_info >= (3, 12) else _Instrumenting(self)
        problem = backend.start()
        if problem is None:
            self._backend = self._started = backend
        return problem

    def stop(self) -> None:
        if self._backend is not None:
            self._backend.stop()
            self._backend = None

    def unwatched(self) -> list[str]:
        """Files under watch whose watched handlers could not be watched: on 3.10 and 3.11, modules loaded otherwise.

        Call it after `stop()`: it reads (and learns) every loaded module's file.
        """
        backend = self._started
        return backend.unwatched() if isinstance(backend, _Instrumenting) else []

    def caught(self) -> list[Caught]:
        """Every watched handler that caught something, by place."""
        return sorted(self._caught.values(), key=lambda c: (c.handler.path, c.handler.line, c.handler.col))

    def seen(self, handler: WatchedHandler, frame: FrameType) -> None:
        """A handler's first line runs: record what it is handling (checked first for a one-line handler)."""
        try:
            exc = sys.exc_info()[1]
            if exc is not None and not (handler.needs_type_check and not _matches(handler, exc, frame)):
                self._record(handler, exc)
        except Exception:  # the recorder must never change what the program does
            self.errors += 1

    def handled(self, handler: WatchedHandler, frame: FrameType) -> None:
        """An instrumented handler runs (a `suppress` block: an exception leaves its body): record what it handles."""
        try:
            exc = sys.exc_info()[1]
            if exc is not None and not (handler.suppress and not _matches(handler, exc, frame)):
                self._record(handler, exc)
        except Exception:
            self.errors += 1

    def leaving(self, watch: FileWatch, frame: FrameType, exc: BaseException, line: int) -> None:
        """An exception is handled in, or leaves, `line` of a frame of watched code: a `suppress` may take it."""
        try:
            for handler in watch.suppress:
                first, last = handler.body_lines
                if first <= line <= last and _matches(handler, exc, frame):
                    self._record(handler, exc, f"{frame.f_code.co_filename}:{line}")
                    return
        except Exception:
            self.errors += 1

    def _record(self, handler: WatchedHandler, exc: BaseException, where: str = "") -> None:
        """`where`: the place to name when the traceback does not reach this frame yet (3.10, 3.11)."""
        key = (handler.path, handler.line, handler.col)
        known = self._caught.get(key)
        if known is None:
            caught = describe(handler, exc)
            self._caught[key] = caught if caught.raised_at else caught._replace(raised_at=where)
        else:
            self._caught[key] = known._replace(times=known.times + 1)


def _code_lines(code: CodeType) -> set[int]:
    return {line for _, _, line in code.co_lines() if line is not None}


class _Monitoring:
    """Python 3.12+: `sys.monitoring`, PY_START once per code object, LINE only where a watched handler is.

    EXCEPTION_HANDLED, a global event, is switched on only once a file with
    a `suppress` block is learned.
    """

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.monitoring: Any = getattr(sys, "monitoring")
        self.tool: int | None = None
        self.watched: list[CodeType] = []

    def start(self) -> str | None:
        monitoring = self.monitoring
        for tool in FREE_TOOL_IDS:
            if monitoring.get_tool(tool) is None:
                monitoring.use_tool_id(tool, "flake8-failfast probe")
                self.tool = tool
                break
        else:
            holders = ", ".join(str(monitoring.get_tool(tool)) for tool in FREE_TOOL_IDS)
            return f"sys.monitoring tool ids {FREE_TOOL_IDS} are taken (by {holders})"
        events = monitoring.events
        monitoring.register_callback(self.tool, events.PY_START, self._on_start)
        monitoring.register_callback(self.tool, events.LINE, self._on_line)
        monitoring.register_callback(self.tool, events.EXCEPTION_HANDLED, self._on_handled)
        monitoring.set_events(self.tool, events.PY_START)
        self.recorder.watchlist.on_suppress = self._watch_exceptions
        if any(watch.suppress for watch in list(self.recorder.watchlist.known.values()) if watch):
            self._watch_exceptions()
        return None

    def _watch_exceptions(self) -> None:
        if self.tool is not None:
            events = self.monitoring.events
            self.monitoring.set_events(self.tool, events.PY_START | events.EXCEPTION_HANDLED)

    def stop(self) -> None:
        monitoring = self.monitoring
        if self.tool is None:
            return
        self.recorder.watchlist.on_suppress = None
        monitoring.set_events(self.tool, 0)
        for code in self.watched:
            monitoring.set_local_events(self.tool, code, 0)
        for event in (monitoring.events.PY_START, monitoring.events.LINE, monitoring.events.EXCEPTION_HANDLED):
            monitoring.register_callback(self.tool, event, None)
        monitoring.free_tool_id(self.tool)
        self.tool = None

    def _on_start(self, code: CodeType, offset: int) -> object:
        try:
            watch = self.recorder.watchlist.entries(code.co_filename)
            if watch is not None and not watch.lines.isdisjoint(_code_lines(code)):
                self.monitoring.set_local_events(self.tool, code, self.monitoring.events.LINE)
                self.watched.append(code)
        except Exception:
            self.recorder.errors += 1
        return self.monitoring.DISABLE

    def _on_line(self, code: CodeType, line: int) -> object:
        watch = self.recorder.watchlist.known.get(code.co_filename)
        handler = watch.by_line.get(line) if watch is not None else None
        if handler is not None:
            self.recorder.seen(handler, sys._getframe(1))
            return None
        if watch is not None and any(h.entry_line == line for h in watch.suppress):
            return None
        return self.monitoring.DISABLE

    def _on_handled(self, code: CodeType, offset: int, exc: BaseException) -> None:
        watch = self.recorder.watchlist.known.get(code.co_filename)
        if watch is not None and watch.suppress:
            frame = sys._getframe(1)
            self.recorder.leaving(watch, frame, exc, line_in(frame, exc))


class _Instrumenting:
    """Python 3.10 and 3.11: no tracer (it would slow every call); watched modules are compiled with calls added.

    Only modules imported after `start()` can be watched; `unwatched()` names
    the files with watched handlers whose code was loaded otherwise.
    """

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.active = False
        self.finder = WatchingFinder(recorder.watchlist, self._on_handler)

    def start(self) -> str | None:
        self.active = True
        self.finder.install()
        return None

    def stop(self) -> None:
        self.active = False
        self.finder.uninstall()

    def _on_handler(self, handler: WatchedHandler, frame: FrameType) -> None:
        if self.active:
            self.recorder.handled(handler, frame)

    def unwatched(self) -> list[str]:
        watchlist = self.recorder.watchlist
        found = set()
        for module in list(sys.modules.values()):
            spec = getattr(module, "__spec__", None)
            path = getattr(spec, "origin", None)
            if isinstance(path, str) and path.endswith(".py") and path not in self.finder.taken:
                try:
                    if watchlist.entries(path) is not None:
                        found.add(os.path.realpath(path))
                except Exception:
                    self.recorder.errors += 1
        return sorted(found)
