"""An on-disk cache of what libcst concluded about each candidate, so that known statements skip libcst.

An entry is keyed by everything the analysis reads: the statement's text,
the chosen handlers, the names bound before it, the plugin's own source files
(their names, sizes and modification times) and libcst's version. Its value
holds no path, option or origin, so one entry serves every project. Any
failure to read or write means "not cached": the cache can make a lint
faster, never different.

Every flake8 process imports this module, so it stays cheap to import: the
file name is a 64-bit checksum from `zlib` (hashlib loads OpenSSL, a few
milliseconds), and the entry holds the whole key, compared on reading, so
two keys with the same checksum are a miss, never a wrong verdict.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import json
import os
import sys
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

from flake8_failfast.codes import Outcome
from flake8_failfast.handlers.sites import Binder, HandlerVerdict, ImportSite, MaskedName

ENV_VAR = "FLAKE8_FAILFAST_CACHE_DIR"
SCHEMA = 1
"""Bumped whenever the entry format changes; an entry of another schema is a miss."""

MAX_AGE_SECONDS = 30 * 24 * 3600
"""Entries not read or written for this long are deleted by the next prune."""

PRUNE_EVERY_SECONDS = 24 * 3600
PRUNE_MARKER = "last-prune"


def default_directory() -> Path | None:
    """`$FLAKE8_FAILFAST_CACHE_DIR`, else the platform's user cache directory; None without a home."""
    chosen = os.environ.get(ENV_VAR, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    try:
        home = Path.home()
    except (RuntimeError, KeyError):
        return None
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Caches"
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".cache"
    return base / "flake8-failfast"


def _checksum(data: bytes) -> str:
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


@functools.cache
def plugin_fingerprint() -> str:
    """The name, size and modification time of each of the package's source files.

    The rule Python's own bytecode cache trusts: any edit, checkout or
    install of the plugin changes one of them, so a changed plugin never reads
    old verdicts; reading the sources instead cost milliseconds per process.
    Sources that cannot be listed give a value of this process alone, which
    matches no entry.
    """
    return fingerprint_of(os.path.dirname(os.path.abspath(__file__)))


def fingerprint_of(directory: str) -> str:
    try:
        stats = sorted(_source_stats(directory, ""))
    except OSError:
        return os.urandom(16).hex()
    return _checksum("\n".join(stats).encode("utf-8", "surrogateescape"))


def _source_stats(directory: str, prefix: str) -> Iterator[str]:
    """`path:size:mtime` of each `.py` file under `directory`, its stage folders included."""
    with os.scandir(directory) as entries:
        for entry in entries:
            if entry.name.endswith(".py"):
                stat = entry.stat()
                yield f"{prefix}{entry.name}:{stat.st_size}:{stat.st_mtime_ns}"
            elif entry.is_dir() and entry.name != "__pycache__":
                yield from _source_stats(entry.path, f"{prefix}{entry.name}/")


@functools.cache
def libcst_version() -> str:
    """libcst's version, found without importing it (importing it is what the cache saves).

    Its `_version.py`, found by the import system, is cheaper to read than its
    distribution metadata; the metadata is the fallback.
    """
    try:
        spec = importlib.util.find_spec("libcst")
        locations = list(spec.submodule_search_locations or ()) if spec else []
        for location in locations:
            version_file = Path(location, "_version.py")
            if version_file.is_file():
                return _checksum(version_file.read_bytes())
    except (ImportError, ValueError, OSError):
        pass
    try:
        return metadata.version("libcst")
    except metadata.PackageNotFoundError:
        return "unknown"


class Key(NamedTuple):
    """A cache key: `inputs` is everything the analysis reads, `name` its checksum (the file name)."""

    name: str
    inputs: str


def entry_key(source: str, handler_indices: Sequence[int], prebound: Mapping[str, bool]) -> Key:
    """One candidate's analysis inputs (and the Python that runs libcst), with their checksum.

    The whole pre-bound mapping goes in, not only the names the statement
    mentions: a binding added above the statement costs one miss, where a
    narrower key would have to know every way the analysis can look a name up.
    """
    inputs = [
        SCHEMA,
        plugin_fingerprint(),
        libcst_version(),
        sys.implementation.name,
        sys.version_info[:2],
        source,
        list(handler_indices),
        sorted(prebound.items()),
    ]
    text = json.dumps(inputs)
    return Key(_checksum(text.encode("ascii")), text)


def _site_data(site: ImportSite) -> list[Any]:
    return [site.module, list(site.names), site.attribute]


def _masked_data(masked: MaskedName) -> list[Any]:
    return [masked.name, masked.outcome.name, [_site_data(s) for s in masked.sites], masked.bound_by.name]


def encode(verdicts: Iterable[HandlerVerdict]) -> list[Any]:
    return [
        [
            v.index,
            v.silent,
            [_masked_data(m) for m in v.masked],
            list(v.real_fallbacks),
            [_masked_data(m) for m in v.left_unbound],
        ]
        for v in verdicts
    ]


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("expected a list of strings")
    return tuple(value)


def _site(value: Any) -> ImportSite:
    module, names, attribute = value
    if not isinstance(module, str) or not isinstance(attribute, str):
        raise ValueError("bad import site")
    return ImportSite(module, _strings(names), attribute)


def _masked(value: Any) -> MaskedName:
    name, outcome, sites, bound_by = value
    if not isinstance(name, str) or not isinstance(sites, list):
        raise ValueError("bad masked name")
    return MaskedName(name, Outcome[outcome], tuple(_site(s) for s in sites), Binder[bound_by])


def decode(data: Any) -> tuple[HandlerVerdict, ...]:
    """The verdicts `encode` wrote; ValueError, TypeError or KeyError for anything else."""
    if not isinstance(data, list):
        raise ValueError("expected a list of verdicts")
    verdicts = []
    for item in data:
        index, silent, masked, real, unbound = item
        if type(index) is not int or type(silent) is not bool or not isinstance(masked, list):
            raise ValueError("bad verdict")
        if not isinstance(unbound, list):
            raise ValueError("bad verdict")
        verdicts.append(
            HandlerVerdict(
                index, silent, tuple(_masked(m) for m in masked), _strings(real), tuple(_masked(m) for m in unbound)
            )
        )
    return tuple(verdicts)


class VerdictCache:
    """One file per entry, `<directory>/<first two hex digits>/<key name>.json`, each written atomically.

    Writers in several processes at once (`--jobs`, parallel hooks, editors)
    each write a temporary file beside the entry and rename it into place, so
    a reader sees a whole entry or none. An entry that does not decode, or
    holds another key or schema, is a miss and gets rewritten.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.writable = True
        self._pruned = False

    def _path(self, key: Key) -> Path:
        return self.directory / key.name[:2] / f"{key.name}.json"

    def get(self, key: Key) -> tuple[HandlerVerdict, ...] | None:
        path = self._path(key)
        try:
            with open(path, "rb") as handle:
                entry = json.loads(handle.read())
                age = time.time() - os.fstat(handle.fileno()).st_mtime
            if not isinstance(entry, dict) or entry.get("schema") != SCHEMA or entry.get("key") != key.inputs:
                return None
            verdicts = decode(entry.get("verdicts"))
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return None
        if age > PRUNE_EVERY_SECONDS:
            with contextlib.suppress(OSError):
                os.utime(path)
        return verdicts

    def put(self, key: Key, verdicts: Sequence[HandlerVerdict]) -> None:
        if not self.writable:
            return
        path = self._path(key)
        text = json.dumps({"schema": SCHEMA, "key": key.inputs, "verdicts": encode(verdicts)}, ensure_ascii=True)
        temporary = path.with_name(f"{key.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="ascii")
            os.replace(temporary, path)
        except OSError:
            self.writable = False
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        if not self._pruned:
            self._pruned = True
            prune(self.directory)


def prune(directory: Path, now: float | None = None) -> int:
    """Delete entries unused for MAX_AGE_SECONDS, at most once a day per directory; returns how many.

    The marker file's time says when the last prune ran. Leftover temporary
    files of a crashed writer go too.
    """
    now = time.time() if now is None else now
    marker = directory / PRUNE_MARKER
    try:
        if now - marker.stat().st_mtime < PRUNE_EVERY_SECONDS:
            return 0
    except FileNotFoundError:
        pass
    except OSError:
        return 0
    removed = 0
    try:
        marker.touch()
        os.utime(marker, (now, now))
        for sub in directory.iterdir():
            if not sub.is_dir() or len(sub.name) != 2:
                continue
            for entry in sub.iterdir():
                if entry.suffix not in (".json", ".tmp"):
                    continue
                limit = MAX_AGE_SECONDS if entry.suffix == ".json" else PRUNE_EVERY_SECONDS
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > limit:
                        entry.unlink()
                        removed += 1
    except OSError:
        pass
    return removed


@functools.cache
def open_cache(directory: Path | None) -> VerdictCache | None:
    """One store per directory and process; None (no cache) for None."""
    return None if directory is None else VerdictCache(directory)
