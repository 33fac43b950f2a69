"""Handlers that do more than mask: they keep their work and re-raise."""
import logging
import warnings

logger = logging.getLogger(__name__)

try:
    from .speedups import fast_path
except ImportError:
    logger.warning("speedups unavailable")
    fast_path = None

try:
    from .drivers import connect
except ImportError as error:
    warnings.warn(f"no driver: {error}")
    def connect(url):
        pass
    print("continuing without a driver")

try:
    from .engine import run
except ImportError: print("no engine"); run = None
