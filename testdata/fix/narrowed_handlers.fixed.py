"""A handler that also catches other errors loses only its import errors."""
import logging
import sys

if sys.platform == "win32":
    from . import dpi
    try:
        dpi.set_awareness(1)
    except(ImportError, AttributeError, OSError):
        pass

try:
    from .device import open_device
except OSError as error:
    logging.warning("no device: %s", error)
    open_device = None

try:
    from .table import TABLE
except KeyError:
    # not built
    TABLE = None

try:
    from .index import build
except (ImportError, OSError):
    build = None
except Exception:
    build = None
