"""FF103 (off by default): an optional import masked by None or a stub, handled at every use.

The module can be absent by design and nothing uses the masked name without
a check. Off by default; `--extend-select=FF103` gives back v0.1's strict
report. Even so, the handler should re-raise when the module is installed
but broken: check `exc.name` (see the README).
"""
import importlib.util
import sys

# --- reported -------------------------------------------------------------

try:
    import ssl
except ImportError:  # expect: 1: FF103 failed import of 'ssl' is masked: 'ssl' set to None; 'ssl' is missing on some platforms or builds; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    ssl = None

HAS_SNI = getattr(ssl, "HAS_SNI", False)

try:
    from sqlite3 import connect
except ImportError:  # expect: 1: FF103 failed import of 'sqlite3' is masked: 'connect' bound to a do-nothing stub; 'sqlite3' is missing on some platforms or builds; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    def connect(*args, **kwargs):
        ...


def history(path):
    return connect(path)


try:
    import zlib
    import bz2
except ImportError:  # expect: 1: FF103 failed import of 'zlib', 'bz2' is masked: 'zlib', 'bz2' set to None; 'zlib' is missing on some platforms or builds; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    zlib = bz2 = None


def compress(data):
    if zlib is None:
        return data
    return zlib.compress(data)


try:
    import readline
except ImportError:  # expect: 1: FF103 failed import of 'readline' is masked: 'readline' set to None; 'readline' is missing on some platforms or builds; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    readline = None  # type: ignore

if sys.platform != "win32":
    readline.parse_and_bind("tab: complete")

try:
    from . import _distributor_init_local
except ImportError:  # expect: 1: FF103 failed import of '._distributor_init_local' is masked: '_distributor_init_local' set to None; '._distributor_init_local' has no Python source in the package; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    _distributor_init_local = None

try:
    import yaml
except ModuleNotFoundError as exc:  # no report: the handler checks which module failed
    if exc.name != "yaml":
        raise
    yaml = None

try:
    import tomli
except ImportError:  # no report: the handler checks which module failed
    if importlib.util.find_spec("tomli") is not None:
        raise
    tomli = None

try:
    import gzip
except ImportError:  # expect: 1: FF103 failed import of 'gzip' is masked: 'gzip' set to None; 'gzip' imports 'zlib', which is missing on some platforms or builds; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    gzip = None

try:
    from functools import cached_property
except ImportError:  # expect: 1: FF103 failed import of 'functools' is masked: 'cached_property' set to None; 'functools' may lack 'cached_property' on some Pythons; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    cached_property = None

if sys.version_info >= (3, 8):
    SIZE = cached_property(len)

# --- not reported ----------------------------------------------------------

try:
    import tomllib
except ModuleNotFoundError:
    import tomli as tomllib

try:
    from _thread import get_ident
except ImportError:
    from threading import get_ident

try:
    import ssl
except ImportError:
    ssl = None
    import warnings

    warnings.warn("ssl is unavailable")
    raise
