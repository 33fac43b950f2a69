"""A silent contextlib.suppress around imports is unwrapped (or loses its import errors)."""
import contextlib
from contextlib import suppress

from .extras import extra

with suppress(KeyError):
    from .table import TABLE
    VALUE = TABLE["key"]

with open(__file__) as handle:
    from .reader import read
    read(handle)


def optional():
    # the helpers are ours
    from . import helpers
    helpers.setup()
