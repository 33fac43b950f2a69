# fix-options: --select=FF102,FF301 --failfast-optional-modules=numpy
"""With --select FF102 third-party masking is fixed too; optional modules stay."""

import yaml
from .loader import load

try:
    import numpy
except ImportError:
    numpy = None

from .deferred import feature
