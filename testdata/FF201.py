"""FF201: a failed first-party import silently swallowed, names left unbound."""

# --- reported -------------------------------------------------------------

try:
    from .state_machine import get_connection_state_machine
except ImportError:  # expect: 1: FF201 failed import of '.state_machine' is silently swallowed: 'get_connection_state_machine' left unbound; let the ImportError propagate
    pass

try:
    from . import handlers, routes
except Exception:  # expect: 1: FF201 failed import of '.handlers', '.routes' is silently swallowed: 'handlers', 'routes' left unbound; let the ImportError propagate
    """Optional, we think."""
    ...

import contextlib
from contextlib import suppress

with contextlib.suppress(ImportError):  # expect: 1: FF201 failed import of '.extras' is silently swallowed: 'extras' left unbound; let the ImportError propagate
    from .extras import extras

with suppress(KeyError, ModuleNotFoundError):  # expect: 1: FF201 failed import of '.cache' is silently swallowed: 'cache' left unbound; let the ImportError propagate
    from .cache import cache


class Service:
    try:
        from .client import Client
    except ImportError:  # expect: 5: FF201 failed import of '.client' is silently swallowed: 'Client' left unbound; let the ImportError propagate
        pass

# --- not reported ----------------------------------------------------------

try:
    from .speedups import *
except ImportError:
    pass

Client = object
try:
    from .client import Client
except ImportError:
    pass

try:
    from .features import experimental
except ImportError:
    import logging

    logging.getLogger(__name__).warning("experimental features are off")

try:
    from .features import experimental
    HAS_EXPERIMENTAL = True
except ImportError:
    HAS_EXPERIMENTAL = False

with suppress(KeyError):
    from .cache import cache
