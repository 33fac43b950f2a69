"""Names set to None in the handler: every spelling of the assignment."""

try:
    from .engine import Engine
except ImportError:
    Engine = None

try:
    from .codec import decode, encode
except ImportError:
    decode = encode = None

try:
    from .store import load, save
except ImportError:
    load, save = None, None

try:
    from .clock import Clock
except ImportError:
    Clock: type[object] | None = None

try:
    from .cache import LRU, TTL
except ImportError:
    LRU = None
    TTL = LRU

try: from .tiny import tiny
except ImportError: tiny = None
