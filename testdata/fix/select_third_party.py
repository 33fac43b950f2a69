# fix-options: --select=FF102,FF301
"""With --select FF102 optional imports that can hurt are fixed too; handled ones (FF103) stay."""

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

CONFIG = yaml.safe_load("")
