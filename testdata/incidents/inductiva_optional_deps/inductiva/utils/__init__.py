# Reconstruction for flake8-failfast's incident corpus: inductiva, https://github.com/inductiva/inductiva/issues/770 (fix PR #771), as before 897ea097; not the project's code.
from . import grids
from . import files
from . import flags
from . import interpolation
from . import optional_deps
from . import templates
