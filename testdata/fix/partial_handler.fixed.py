"""Handlers that do more than mask: they keep their work and re-raise."""
import logging
import warnings

logger = logging.getLogger(__name__)

try:
    from .speedups import fast_path
except ImportError:
    logger.warning("speedups unavailable")
    raise

try:
    from .drivers import connect
except ImportError as error:
    warnings.warn(f"no driver: {error}")
    print("continuing without a driver")
    raise

try:
    from .engine import run
except ImportError: print("no engine"); raise
