"""Names bound to placeholder objects, and failed modules replaced in sys.modules."""
import sys
import types
from types import SimpleNamespace
from unittest import mock

try:
    from .backend import backend
except ImportError:
    backend = object()

try:
    from .client import client
except ImportError:
    client = mock.MagicMock()

try:
    from .settings import settings
except ImportError:
    settings = SimpleNamespace(debug=False, name="")

try:
    from . import plugins
except ImportError:
    plugins = types.ModuleType("plugins")

try:
    from .models import Model
except ImportError:
    Model = type("Model", (), {})

try:
    from . import native
except ImportError:
    sys.modules[__name__ + ".native"] = None
