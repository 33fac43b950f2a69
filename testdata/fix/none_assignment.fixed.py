"""Names set to None in the handler: every spelling of the assignment."""

from .engine import Engine

from .codec import decode, encode

from .store import load, save

from .clock import Clock

from .cache import LRU, TTL

from .tiny import tiny
