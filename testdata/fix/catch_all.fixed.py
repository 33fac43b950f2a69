"""A handler that catches every error keeps guarding what follows the imports."""
import logging

TABLE = {}

# Register the plugins.
from .plugins import registry
try:
    TABLE["plugins"].append(registry)
except:  # best effort
    pass

from .hooks import setup, teardown
try:
    setup()
except Exception:
    logging.exception("hooks failed")
    setup = teardown = None

try:
    TABLE["late"].append(1)
    from .late import late
except BaseException:
    late = None

from .only import only
