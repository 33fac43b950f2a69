# fix-options: --select=FF102,FF301
"""With --select FF102 optional imports that can hurt are fixed too; handled ones (FF103) stay."""

import yaml
from .loader import load

try:
    import numpy
except ImportError:
    numpy = None

from .deferred import feature

CONFIG = yaml.safe_load("")
