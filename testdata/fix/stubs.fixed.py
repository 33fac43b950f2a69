"""Names bound to do-nothing stubs: defs, lambdas, classes and their instances."""

from .metrics import record

from .tracing import span

from .cache import Cache, default_cache

from .retry import retrying
