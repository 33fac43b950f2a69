# skypy, https://github.com/skypyproject/skypy/pull/437: skypy/utils/__init__.py before commit 9edfa92, trimmed to its top-level imports and the names it defines
__all__ = []
from . import photometry  # noqa: F401
from . import random  # noqa: F401
from . import special  # noqa: F401
from ._decorators import broadcast_arguments, dependent_argument
