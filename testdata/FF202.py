"""FF202: an optional import silently swallowed where it can hurt.

Every read of a name left unbound fails with NameError, far from the cause,
unless a check that the code can see guards it.
"""
import logging

__all__ = ["read_registry"]

# --- reported -------------------------------------------------------------

try:
    import numpy as np
except ImportError:  # expect: 1: FF202 failed import of 'numpy' is silently swallowed: 'np' left unbound; first used unguarded at line 19; let the ImportError propagate
    pass


def mean(values):
    return np.mean(values)


try:
    from .app.winonly import read_registry
except ImportError:  # expect: 1: FF202 failed import of '.app.winonly' is silently swallowed: 'read_registry' left unbound; exported in __all__; let the ImportError propagate
    pass

try:
    import orjson
    HAS_ORJSON = True
except ImportError:  # expect: 1: FF202 failed import of 'orjson' is silently swallowed: 'orjson' left unbound; first used unguarded at line 35; let the ImportError propagate
    HAS_ORJSON = False


def dumps(value):
    return orjson.dumps(value)


def optional_plugin():
    try:
        import pluggy
        manager = pluggy.PluginManager("app")
        manager.load_setuptools_entrypoints("app")
    except Exception:  # expect: 5: FF202 failed import of 'pluggy' is silently swallowed; catch-all handler around more than the import; let the ImportError propagate
        pass

# --- not reported: nothing reads the names (FF203, off by default) --------

try:
    from yaml import CSafeLoader as Loader, safe_load
except ImportError:  # expect: 1: FF203 failed import of 'yaml' is silently swallowed: 'Loader', 'safe_load' left unbound; 'yaml' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    pass

USE_REQUESTS = False
try:
    import requests
except ImportError:  # expect: 1: FF203 failed import of 'requests' is silently swallowed: 'requests' left unbound; 'requests' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    pass
else:
    USE_REQUESTS = True


def fetch(url):
    if USE_REQUESTS:
        return requests.get(url)
    return None

# --- not reported at all ---------------------------------------------------

try:
    from numpy import *
except ImportError:
    pass

try:
    import lxml
    HAS_LXML = True
except ImportError:
    HAS_LXML = False
    logging.getLogger(__name__).info("lxml missing, using the pure Python parser")


def parse(text):
    if HAS_LXML:
        return lxml.etree.fromstring(text)
    return None

# A star import above binds the name the handler leaves (ntpath does this with
# genericpath): nothing is left unbound. The name it does not bind is reported.
from genericpath import *

try:
    from nt import _isdir as isdir
except ImportError:
    pass

try:
    from nt import _getfinalpathname as final_path
except ImportError:  # expect: 1: FF202 failed import of 'nt' is silently swallowed: 'final_path' left unbound; first used unguarded at line 103; let the ImportError propagate
    pass


def both(path):
    return isdir(path), final_path(path)
