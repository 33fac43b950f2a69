"""Nested candidates are each fixed on their own; a real fallback import stays."""

from .core import Core
from .core_ext import extend

try:
    from .fast_json import dumps
except ImportError:
    from .slow_json import dumps
