# fix-options: --select=FF102,FF301 --failfast-optional-modules=numpy
"""With --select FF102 third-party masking is fixed too; optional modules stay."""

try:
    import yaml
    from .loader import load
except ImportError:
    yaml = load = None

try:
    import numpy
except ImportError:
    numpy = None

try:
    from .deferred import feature
except ImportError:
    def feature():
        raise RuntimeError("feature needs the deferred module")
