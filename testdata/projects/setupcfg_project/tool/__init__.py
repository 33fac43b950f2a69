"""Own modules that import a required dependency cannot be absent; one that imports an extra can,
but a package `__init__` exports what it imports."""
try:
    from .http import fetch
except ImportError:  # expect: 1: FF201 failed import of '.http' is silently swallowed: 'fetch' left unbound; '.http' cannot be absent; let the ImportError propagate
    pass

try:
    from .packing import pack
except ImportError:  # expect: 1: FF202 failed import of '.packing' is silently swallowed: 'pack' left unbound; exported by the package; let the ImportError propagate
    pass
