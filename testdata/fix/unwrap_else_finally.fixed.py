"""A try whose only handler is left empty is unwrapped; else runs next, finally stays."""
import threading

lock = threading.Lock()

from .config import load
CONFIG = load()

lock.acquire()
try:
    from .registry import register
finally:
    lock.release()

lock.acquire()
try:
    from .hooks import install
    install()
finally:
    lock.release()


def setup():
    if True:
        from .plugins import discover
        discover()
    return discover
