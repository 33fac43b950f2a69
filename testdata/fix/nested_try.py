"""Nested candidates are each fixed on their own; a real fallback import stays."""

try:
    from .core import Core
    try:
        from .core_ext import extend
    except ImportError:
        extend = None
except ImportError:
    Core = None

try:
    from .fast_json import dumps
except ImportError:
    try:
        from .slow_json import dumps
    except ImportError:
        dumps = None
