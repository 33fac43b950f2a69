"""A try whose only handler is left empty is unwrapped; else runs next, finally stays."""
import threading

lock = threading.Lock()

try:
    from .config import load
except ImportError:
    load = None
else:
    CONFIG = load()

lock.acquire()
try:
    from .registry import register
except ImportError:
    register = None
finally:
    lock.release()

lock.acquire()
try:
    from .hooks import install
except ImportError:
    pass
else:
    install()
finally:
    lock.release()


def setup():
    if True:
        try:
            from .plugins import discover
        except ModuleNotFoundError:
            discover = None
        else:
            discover()
    return discover
