# Reconstruction for flake8-failfast's incident corpus: skypy, https://github.com/skypyproject/skypy/issues/436 (fix PR #437), as before 9edfa92; not the project's code.
__all__ = []
from . import photometry  # noqa: F401
from . import random  # noqa: F401
from . import special  # noqa: F401
from ._decorators import broadcast_arguments, dependent_argument
