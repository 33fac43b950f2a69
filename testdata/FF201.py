"""FF201: a failed import that cannot fail on a healthy install, silently swallowed.

The names are left unbound (or keep a None default). Where the module cannot
be absent, a handler that only logs is no decision either.
"""
import contextlib
import logging
from contextlib import suppress

# --- reported -------------------------------------------------------------

try:
    from .app.state_machine import get_connection_state_machine
except ImportError:  # expect: 1: FF201 failed import of '.app.state_machine' is silently swallowed: 'get_connection_state_machine' left unbound; '.app.state_machine' cannot be absent; let the ImportError propagate
    pass

try:
    from .app import models, state_machine
except Exception:  # expect: 1: FF201 failed import of '.app.models', '.app.state_machine' is silently swallowed: 'models', 'state_machine' left unbound; '.app.models' cannot be absent; let the ImportError propagate
    """Optional, we think."""
    ...

with contextlib.suppress(ImportError):  # expect: 1: FF201 failed import of '.app.models' is silently swallowed: 'Base' left unbound; '.app.models' cannot be absent; let the ImportError propagate
    from .app.models import Base

with suppress(KeyError, ModuleNotFoundError):  # expect: 1: FF201 failed import of '.app.models' is silently swallowed: 'Session' left unbound; '.app.models' cannot be absent; let the ImportError propagate
    from .app.models import Session

try:
    import json
except ImportError:  # expect: 1: FF201 failed import of 'json' is silently swallowed: 'json' left unbound; 'json' cannot be absent; let the ImportError propagate
    logging.getLogger(__name__).warning("json is not installed")

REPORTER = None
try:
    from .app.state_machine import State as REPORTER
except ImportError:  # expect: 1: FF101 failed import of '.app.state_machine' is masked: 'REPORTER' set to None; '.app.state_machine' cannot be absent; let the ImportError propagate
    pass


class Service:
    try:
        from .app.models import Session
    except ImportError:  # expect: 5: FF201 failed import of '.app.models' is silently swallowed: 'Session' left unbound; '.app.models' cannot be absent; let the ImportError propagate
        pass


def lazy_models():
    try:
        from .app import models
    except ImportError:  # expect: 5: FF201 failed import of '.app.models' is silently swallowed; '.app.models' cannot be absent; let the ImportError propagate
        pass

def argv():
    try:
        from .app.state_machine import get_connection_state_machine
        return get_connection_state_machine()
    except ImportError:  # expect: 5: FF201 failed import of '.app.state_machine' is silently swallowed; '.app.state_machine' cannot be absent; let the ImportError propagate
        pass
    return None

# --- not reported ----------------------------------------------------------

try:
    from .app.speedups import *
except ImportError:
    pass

Session = object
try:
    from .app.models import Session
except ImportError:
    pass

try:
    from .app.yaml_support import load
    HAS_YAML = True
except ImportError:
    HAS_YAML = False


def load_config(text):
    return load(text) if HAS_YAML else {}


with suppress(KeyError):
    from .app.models import Base
