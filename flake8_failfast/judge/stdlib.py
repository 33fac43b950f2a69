"""Which standard-library modules every supported Python, platform and build has.

A plain `import m` of such a module fails only when something is broken, so
masking it hides a bug. Everything else in the standard library can be
absent on a healthy install: the tables below are the one documented list.
"""

from __future__ import annotations

import sys

from flake8_failfast.handlers.sites import dotted_prefixes

DEFAULT_MIN_PYTHON = (3, 0)
"""Without `--failfast-min-python`, only modules every Python 3 has count as always there."""

OS_SPECIFIC = frozenset(
    {
        # Windows only
        "winreg", "_winreg", "msvcrt", "winsound", "_winapi", "_overlapped", "nt", "msilib", "_msi",
        "asyncio.windows_events", "asyncio.windows_utils", "multiprocessing.popen_spawn_win32",
        "distutils.msvccompiler", "distutils.msvc9compiler", "distutils._msvccompiler",
        # Unix only
        "posix", "pwd", "grp", "fcntl", "termios", "tty", "pty", "resource", "syslog", "crypt", "spwd", "nis",
        "ossaudiodev", "_posixsubprocess", "_posixshmem", "multiprocessing.popen_fork",
        "multiprocessing.popen_forkserver", "_scproxy", "_crypt",
    }
)
"""Modules of one operating system: a project for every platform cannot rely on them."""

BUILD_OPTIONAL = frozenset(
    {
        # optional in a build (a C library the build may lack) or stripped by distributors
        "ssl", "_ssl", "ctypes", "_ctypes", "readline", "curses", "_curses", "_curses_panel", "sqlite3",
        "_sqlite3", "bz2", "_bz2", "lzma", "_lzma", "zlib", "tkinter", "_tkinter", "turtle", "turtledemo",
        "idlelib", "dbm", "_dbm", "_gdbm", "_hashlib", "_uuid", "ensurepip", "venv", "lib2to3", "pydoc_data",
        "test", "distutils", "multiprocessing.synchronize", "_multiprocessing", "_ctypes_test", "_testcapi",
        "mmap", "_lsprof", "xxsubtype",
    }
)
"""Modules a build may lack; a project that imports one unconditionally relies on builds that have it."""

PLATFORM_OR_BUILD_OPTIONAL = OS_SPECIFIC | BUILD_OPTIONAL
"""Modules some platforms or builds lack; a module counts with its submodules."""

ADDED_IN: dict[str, tuple[int, int]] = {
    "importlib": (3, 1), "importlib.abc": (3, 1), "importlib.util": (3, 1),
    "argparse": (3, 2), "concurrent": (3, 2), "concurrent.futures": (3, 2), "sysconfig": (3, 2),
    "ipaddress": (3, 3), "faulthandler": (3, 3), "unittest.mock": (3, 3), "importlib.machinery": (3, 3),
    "collections.abc": (3, 3),
    "asyncio": (3, 4), "enum": (3, 4), "pathlib": (3, 4), "selectors": (3, 4), "statistics": (3, 4),
    "tracemalloc": (3, 4),
    "typing": (3, 5), "zipapp": (3, 5),
    "secrets": (3, 6),
    "contextvars": (3, 7), "dataclasses": (3, 7), "importlib.resources": (3, 7),
    "importlib.metadata": (3, 8),
    "graphlib": (3, 9), "zoneinfo": (3, 9),
    "tomllib": (3, 11), "wsgiref.types": (3, 11),
    "annotationlib": (3, 14), "compression": (3, 14), "string.templatelib": (3, 14),
    "concurrent.interpreters": (3, 14),
}
"""Modules newer than Python 3.0: a project supporting older Pythons may lack them."""

REMOVED = frozenset(
    {
        "macpath", "dummy_threading", "_dummy_thread", "formatter", "parser", "symbol", "binhex",
        "xml.etree.cElementTree", "distutils", "imp", "asynchat", "asyncore", "smtpd", "aifc", "audioop",
        "cgi", "cgitb", "chunk", "crypt", "imghdr", "mailcap", "msilib", "nis", "nntplib", "ossaudiodev",
        "pipes", "sndhdr", "spwd", "sunau", "telnetlib", "uu", "xdrlib", "lib2to3", "tkinter.tix",
    }
)
"""Modules a later Python removed: code that still imports them runs where they are gone."""

_KNOWN = frozenset(sys.stdlib_module_names) | {
    name.split(".", 1)[0] for name in (*ADDED_IN, *REMOVED)
}
"""The running Python's standard library, and the modules other supported Pythons add or removed."""


def is_stdlib(module: str) -> bool:
    return module.split(".", 1)[0] in _KNOWN


def why_stdlib_can_be_absent(module: str, min_python: tuple[int, int]) -> str | None:
    """Why a plain `import module` of the standard library can fail on a healthy install; None if it cannot."""
    prefixes = dotted_prefixes(module)
    if any(part.startswith("_") and not part.startswith("__") for part in module.split(".")):
        return "is private to the implementation"
    if any(prefix in PLATFORM_OR_BUILD_OPTIONAL for prefix in prefixes):
        return "is missing on some platforms or builds"
    if any(prefix in REMOVED for prefix in prefixes):
        return "was removed in a later Python"
    added = max((ADDED_IN.get(prefix, (3, 0)) for prefix in prefixes), default=(3, 0))
    if added > min_python:
        return f"is new in Python {added[0]}.{added[1]}"
    return None


def why_always_imported_stdlib_can_be_absent(module: str, os_only: bool = False) -> str | None:
    """Like `why_stdlib_can_be_absent`, for a module code imports unconditionally: only platforms and builds count.

    `os_only`: the project declares what it needs, so a build that lacks a
    module it imports unconditionally is not one it supports.
    """
    relevant = OS_SPECIFIC if os_only else PLATFORM_OR_BUILD_OPTIONAL
    if any(prefix in relevant for prefix in dotted_prefixes(module)):
        return "is missing on some platforms or builds"
    return None
