"""A silent contextlib.suppress around imports is unwrapped (or loses its import errors); around more, it stays."""
import contextlib
from contextlib import suppress

with contextlib.suppress(ImportError):
    from .extras import extra

with suppress(ImportError, KeyError):
    from .table import TABLE
    VALUE = TABLE["key"]

with suppress(ImportError, AttributeError):
    from .compat import shim

with suppress(ModuleNotFoundError), open(__file__) as handle:
    from .reader import read
    read(handle)


def optional():
    with suppress(ImportError):  # the helpers are ours
        from . import helpers
        helpers.setup()
