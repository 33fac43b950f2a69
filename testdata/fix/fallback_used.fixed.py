"""A handler that still reads a fallback keeps it, and re-raises after it."""
try:
    from .speedups import fast
except ImportError:
    fast = None
    print("speedups:", fast)
    raise

try:
    from .hooks import hook
except ImportError:
    hook = lambda: None; hook()
    raise

try:
    from .shapes import Shape
except ImportError:
    class Shape:
        pass
    register(Shape)
    raise

try:
    from .cache import store
except ImportError:
    store = None
    del store
    raise

try:
    from .net import client
except ImportError:
    client = None
    raise
finally:
    print(client)

try:
    from .log import logger
except ImportError:
    print("no logger")
    raise
