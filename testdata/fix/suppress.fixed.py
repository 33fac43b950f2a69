"""A silent contextlib.suppress around imports is unwrapped (or loses its import errors); around more, it stays."""
from contextlib import suppress

from .extras import extra

from .table import TABLE
with suppress(ImportError, KeyError):
    VALUE = TABLE["key"]

with suppress(AttributeError):
    from .compat import shim

from .reader import read
with suppress(ModuleNotFoundError), open(__file__) as handle:
    read(handle)


def optional():
    from . import helpers
    with suppress(ImportError):  # the helpers are ours
        helpers.setup()
