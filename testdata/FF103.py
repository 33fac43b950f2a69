"""FF103: a failed standard-library import masked by None or a stub."""

# --- reported -------------------------------------------------------------

try:
    import ssl
except ImportError:  # expect: 1: FF103 failed import of 'ssl' is masked: 'ssl' set to None; let the ImportError propagate
    ssl = None

try:
    from sqlite3 import connect
except ImportError:  # expect: 1: FF103 failed import of 'sqlite3' is masked: 'connect' bound to a do-nothing stub; let the ImportError propagate
    def connect(*args, **kwargs):
        ...

try:
    import zlib
    import bz2
except ImportError:  # expect: 1: FF103 failed import of 'zlib', 'bz2' is masked: 'zlib', 'bz2' set to None; let the ImportError propagate
    zlib = bz2 = None

try:
    import readline
except ImportError:  # expect: 1: FF103 failed import of 'readline' is masked: 'readline' set to None; let the ImportError propagate
    readline = None  # type: ignore

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
