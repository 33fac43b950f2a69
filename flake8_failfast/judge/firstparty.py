"""Can a first-party import fail on a healthy install? Look at the package's own files.

Your own module cannot be absent when its Python source sits in the package
and everything it imports at top level cannot be absent either. A compiled
extension, a hook that distributors add, a module that imports an optional
dependency at top level or a name it defines only on some platforms can be
absent by design.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import gc
import importlib.machinery
import os.path
import sys
import warnings
from collections import deque
from collections.abc import Iterator
from typing import NamedTuple

from flake8_failfast.judge.requirements import Declared
from flake8_failfast.judge.stdlib import is_stdlib, why_always_imported_stdlib_can_be_absent

MAX_FOLLOWED = 200
"""Modules read while following one import; past that the rest is taken to be there."""


class TopLevel(NamedTuple):
    """What a module does unconditionally when imported: its imports and the names it defines."""

    imports: tuple[tuple[str, str], ...]
    """(module, attribute) pairs; relative modules keep their dots."""
    names: frozenset[str]
    conditional_names: frozenset[str]
    star_import: bool


def read_top_level(path: str) -> TopLevel | None:
    """Parse one source file (once per version of it); None when it cannot be read or parsed."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return _read_top_level(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=512)
def _read_top_level(path: str, mtime_ns: int, size: int) -> TopLevel | None:
    with _collector_paused():
        return _parse_top_level(path)


def _parse_top_level(path: str) -> TopLevel | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data)
    except (OSError, SyntaxError, ValueError, RecursionError):
        return None
    imports: list[tuple[str, str]] = []
    names: set[str] = set()
    star = False
    statements: list[ast.stmt] = []
    for stmt in tree.body:
        statements.append(stmt)
        if isinstance(stmt, ast.Try) and stmt.handlers and all(_reraises(h) for h in stmt.handlers):
            # `try: import langchain / except ImportError: raise DidNotEnable(...)`: the module needs it.
            statements.extend(s for s in stmt.body if isinstance(s, (ast.Import, ast.ImportFrom)))
    for stmt in statements:
        if isinstance(stmt, ast.Import):
            for alias in stmt.names:
                imports.append((alias.name, ""))
                names.add(alias.asname or alias.name.split(".", 1)[0])
        elif isinstance(stmt, ast.ImportFrom):
            module = "." * stmt.level + (stmt.module or "")
            for alias in stmt.names:
                if alias.name == "*":
                    star = True
                    imports.append((module, ""))
                elif module.strip(".") or stmt.module:
                    imports.append((module, alias.name))
                else:
                    imports.append((module + alias.name, ""))
                names.add(alias.asname or alias.name)
        else:
            names.update(_defined(stmt))
    conditional = {
        name
        for stmt in tree.body
        if isinstance(stmt, (ast.If, ast.Try, ast.With, ast.For, ast.While))
        for node in ast.walk(stmt)
        for name in _defined(node)
    }
    return TopLevel(tuple(imports), frozenset(names), frozenset(conditional - names), star)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while a module is parsed and read: its tree lives until then, and is freed at once.

    A collection in the meantime would only scan and promote the new nodes
    (parsing a long module paid for many); the collector is switched back on
    once the tree is gone, so that it does not scan it either.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _reraises(handler: ast.ExceptHandler) -> bool:
    return bool(handler.body) and isinstance(handler.body[-1], ast.Raise)


def _defined(node: ast.AST) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [a.asname or a.name.split(".", 1)[0] for a in node.names if a.name != "*"]
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and getattr(node, "value", None) is not None:
        targets = [node.target]
    return [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]


def locate(
    directory: str, package: tuple[str, ...], module: str, declared: Declared | None = None
) -> tuple[str, bool] | None:
    """Where a first-party module's files would be: (path without suffix, known), None when unknown.

    Relative modules count from `directory`; absolute ones from the root of
    the checked file's own package, or from where the project keeps that
    top-level package (a test importing the project's package). Modules of
    other first-party packages (`--failfast-first-party`) cannot be found and
    are taken to be there.
    """
    level = len(module) - len(module.lstrip("."))
    rest = [part for part in module[level:].split(".") if part]
    if level:
        base = directory
        for _ in range(level - 1):
            base = os.path.dirname(base)
    elif package and rest and rest[0] == package[0]:
        base = directory
        for _ in range(len(package)):
            base = os.path.dirname(base)
    elif rest and declared is not None and declared.own_directory(rest[0]) is not None:
        base = str(declared.own_directory(rest[0]))
    else:
        return None
    return os.path.join(base, *rest), bool(rest)


def _source_file(path: str) -> str | None:
    if os.path.isfile(path + ".py"):
        return path + ".py"
    init = os.path.join(path, "__init__.py")
    return init if os.path.isfile(init) else None


@functools.lru_cache(maxsize=1024)
def package_parts(directory: str) -> tuple[str, ...]:
    """Dotted package path of a directory: walk up while `__init__.py` is there."""
    parts: list[str] = []
    current = os.path.abspath(directory)
    while os.path.isfile(os.path.join(current, "__init__.py")):
        parent = os.path.dirname(current)
        parts.append(os.path.basename(current))
        if parent == current:
            break
        current = parent
    return tuple(reversed(parts))


def first_party_absence(
    directory: str, package: tuple[str, ...], module: str, attribute: str, declared: Declared | None = None
) -> str | None:
    """Why a first-party import can fail on a healthy install; None when only a bug can make it fail.

    `declared` is what the project requires: with it, an import of a required
    dependency is present, and so is a standard module the builds may lack.
    """
    found = locate(directory, package, module, declared)
    if found is None or not found[1]:
        return None
    path, _ = found
    source = _source_file(path)
    if source is None:
        return None if os.path.isdir(path) else "has no Python source in the package"
    top = read_top_level(source)
    if top is None:
        return None
    if attribute:
        submodule = _source_file(os.path.join(path, attribute)) if source.endswith("__init__.py") else None
        if submodule is not None:
            return _follow(submodule, declared)
        if _compiled_beside(path, attribute):
            return f"has no Python source for {attribute!r}"
        if attribute in top.conditional_names:
            return f"defines {attribute!r} only on some paths"
        if attribute not in top.names and not top.star_import and not _has_getattr(top):
            if os.path.exists(os.path.join(path, attribute)):
                return f"has no Python source for {attribute!r}"
    return _follow(source, declared)


def stdlib_absence(module: str) -> str | None:
    """Why a standard-library module can be absent through what it imports at top level (`gzip` needs `zlib`).

    Its source is read from the running Python's standard library; a
    built-in module has none and needs nothing.
    """
    base = _stdlib_path(module)
    source = _source_file(base)
    if source is None and "." in module and module not in sys.modules and not os.path.isdir(base):
        return "is not in this Python's standard library"
    return _follow(source, None) if source is not None else None


def source_of(
    directory: str | None, package: tuple[str, ...], module: str, attribute: str, declared: Declared | None = None
) -> str | None:
    """The Python file an import runs: a submodule `attribute` if there is one, else the module; None if unknown.

    Modules of the checked file's package (vendored copies included) are
    found beside it, standard-library ones in the running Python, others on
    its `sys.path` (looked up by the path finder, which imports nothing).
    """
    base = _module_base(directory, package, module, declared)
    if base is None:
        return None
    submodule = _source_file(os.path.join(base, attribute)) if attribute else None
    return submodule or _source_file(base)


def _module_base(directory: str | None, package: tuple[str, ...], module: str, declared: Declared | None) -> str | None:
    """Where a module's files would be (without a suffix): beside the file, in the standard library, or installed."""
    located = locate(directory, package, module, declared) if directory is not None else None
    if located is not None:
        return located[0]
    if is_stdlib(module):
        return _stdlib_path(module)
    if not module.startswith("."):
        found = _installed(module.split(".", 1)[0])
        return None if found is None else os.path.join(found, *module.split(".")[1:])
    return None


def is_submodule(
    directory: str | None, package: tuple[str, ...], module: str, attribute: str, declared: Declared | None
) -> bool:
    """Whether `from module import attribute` takes a submodule (source, package or compiled) rather than a name."""
    base = _module_base(directory, package, module, declared)
    if base is None:
        return False
    path = os.path.join(base, attribute)
    return _source_file(path) is not None or os.path.isdir(path) or _compiled_beside(base, attribute)


@functools.lru_cache(maxsize=256)
def star_names(directory: str | None, package: tuple[str, ...], module: str) -> frozenset[str]:
    """The public top-level names `from module import *` binds, when the module's source is at hand.

    Cached like `package_parts`: every handler below the star import asks.
    """
    source = source_of(directory, package, module, "")
    top = read_top_level(source) if source is not None else None
    if top is None:
        return frozenset()
    return frozenset(name for name in top.names if not name.startswith("_"))


def _installed(top_level: str) -> str | None:
    """Where an installed top-level module lives (its path without `.py`), without importing it."""
    try:
        spec = importlib.machinery.PathFinder.find_spec(top_level)
    except (ImportError, ValueError, OSError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations:
        return str(list(spec.submodule_search_locations)[0])
    if spec.origin and spec.origin.endswith(".py"):
        return spec.origin[: -len(".py")]
    return None


@functools.cache
def _stdlib_directory() -> str:
    """The running Python's standard library (sysconfig is imported only when a lint needs it)."""
    import sysconfig

    return sysconfig.get_paths()["stdlib"]


def _stdlib_path(module: str) -> str:
    """Where a standard-library module's files would be, without a suffix."""
    return os.path.join(_stdlib_directory(), *module.split("."))


def _has_getattr(top: TopLevel) -> bool:
    return "__getattr__" in top.names


def _compiled_beside(path: str, attribute: str) -> bool:
    directory = path if os.path.isdir(path) else os.path.dirname(path)
    try:
        entries = os.listdir(directory)
    except OSError:
        return False
    return any(entry.startswith(attribute + ".") and not entry.endswith((".py", ".pyi")) for entry in entries)


def _follow(start: str, declared: Declared | None) -> str | None:
    """Why the module at `start` can be absent through what it imports: the first such import decides."""
    first = next(_absences(start, declared), None)
    return first.why if first is not None else None


class Absence(NamedTuple):
    """A top-level import, reached from a followed module, that can fail on a healthy install."""

    module: str
    """As written in `package`'s module: relative names keep their dots."""
    package: tuple[str, ...]
    why: str


def absences_from(start: str, declared: Declared | None = None) -> list[Absence]:
    """Every import that can be absent reached from the module at `start`, in the order followed."""
    return list(_absences(start, declared))


def _absences(start: str, declared: Declared | None) -> Iterator[Absence]:
    """Follow top-level imports through the package; yield those that can be absent.

    A standard-library module that your own code imports unconditionally is
    one your supported Pythons have; only a platform or a build can lack it,
    or a name in it (checked only in modules this process has loaded anyway,
    so that nothing is imported for the check). Where the project declares
    its requirements, a healthy install has them, and builds that lack a
    module the project imports unconditionally are not ones it supports:
    only a module of another operating system stays absent.
    """
    queue = deque([start])
    seen = {start}
    while queue and len(seen) <= MAX_FOLLOWED:
        path = queue.popleft()
        top = read_top_level(path)
        if top is None:
            continue
        directory = os.path.dirname(path)
        package = package_parts(directory)
        for module, attribute in top.imports:
            if module == "__future__":
                continue
            located = locate(directory, package, module, declared)
            if located is None:
                if is_stdlib(module):
                    why = why_always_imported_stdlib_can_be_absent(module, os_only=bool(declared and declared.root))
                    if why is not None:
                        yield Absence(module, package, f"imports {module!r}, which {why}")
                        continue
                    loaded = sys.modules.get(module)
                    if attribute and loaded is not None and not hasattr(loaded, attribute):
                        lacks = f"imports {attribute!r} from {module!r}, which this Python lacks"
                        yield Absence(module, package, lacks)
                    continue
                first = module.split(".", 1)[0]
                own = module.startswith(".") or (package and first == package[0])
                own = own or (declared is not None and declared.is_own(first))
                if not own and not (declared is not None and declared.is_required(module)):
                    kind = "an optional dependency" if declared and declared.is_optional(module) else "third-party"
                    yield Absence(module, package, f"imports {module!r}, which is {kind}")
                continue
            base, named = located
            target = _source_file(os.path.join(base, attribute)) if attribute else None
            target = target or (_source_file(base) if named else None)
            if target is None:
                if named and not os.path.isdir(base):
                    yield Absence(module, package, f"imports {module!r}, which has no Python source")
                continue
            if target not in seen:
                seen.add(target)
                queue.append(target)
