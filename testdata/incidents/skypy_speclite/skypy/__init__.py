# Reconstruction for flake8-failfast's incident corpus: skypy, https://github.com/skypyproject/skypy/issues/436 (fix PR #437), as before 9edfa92; not the project's code.
from ._astropy_init import *   # noqa
__all__ = []
from . import galaxies  # noqa
from . import pipeline  # noqa
