# Reconstruction for flake8-failfast's incident corpus: inductiva, https://github.com/inductiva/inductiva/issues/770 (fix PR #771), as before 897ea097; not the project's code.
import os

import absl

from . import api
from . import output_consts
from . import simulators
from . import fluids
from . import coastal
from . import scenarios
from . import generative
from . import molecules
from . import resources
from . import structures
from . import storage
from . import templates
from . import utils
from . import plasmas
from . import world
from . import tasks

__version__ = "0.3.7"
