"""Handlers with a real fallback, unselected or optional codes stay as they are."""
import json

try:
    from .fast_json import dumps
except ImportError:
    dumps = json.dumps

try:
    from .accel import speedup
    HAS_ACCEL = True
except ImportError:
    speedup = None
    HAS_ACCEL = False

try:
    import numpy
except ImportError:
    numpy = None

try:
    import yaml
    from .loader import load
except ImportError:
    yaml = load = None

try:
    from .deferred import feature
except ImportError:
    def feature():
        raise RuntimeError("feature needs the deferred module")
