"""Names bound to do-nothing stubs: defs, lambdas, classes and their instances."""

try:
    from .metrics import record
except ImportError:
    def record(name, value=None):
        """Does nothing when metrics are missing."""
        pass

try:
    from .tracing import span
except ImportError:
    span = lambda *args, **kwargs: None

try:
    from .cache import Cache, default_cache
except ImportError:
    class Cache:
        def get(self, key):
            return None

        def put(self, key, value):
            pass

    default_cache = Cache()

try:
    from .retry import retrying
except ImportError:
    async def retrying(call):
        return
