"""FF202 (off by default): a failed third-party import silently swallowed."""

# --- reported -------------------------------------------------------------

try:
    import numpy as np
except ImportError:  # expect: 1: FF202 failed import of 'numpy' is silently swallowed: 'np' left unbound; let the ImportError propagate
    pass

try:
    from yaml import CSafeLoader as Loader, safe_load
except ImportError:  # expect: 1: FF202 failed import of 'yaml' is silently swallowed: 'Loader', 'safe_load' left unbound; let the ImportError propagate
    pass


def optional_plugin():
    try:
        import pluggy
        manager = pluggy.PluginManager("app")
    except Exception:  # expect: 5: FF202 failed import of 'pluggy' is silently swallowed: 'pluggy', 'manager' left unbound; let the ImportError propagate
        pass

# --- not reported ----------------------------------------------------------

try:
    from numpy import *
except ImportError:
    pass

try:
    import numpy as np
except ImportError:
    print("numpy missing, using pure python")
