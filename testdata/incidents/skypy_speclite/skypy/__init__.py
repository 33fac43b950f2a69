# skypy, https://github.com/skypyproject/skypy/pull/437: skypy/__init__.py before commit 9edfa92, trimmed to its top-level imports and the names it defines
from ._astropy_init import *   # noqa
__all__ = []
from . import galaxies  # noqa
from . import pipeline  # noqa
