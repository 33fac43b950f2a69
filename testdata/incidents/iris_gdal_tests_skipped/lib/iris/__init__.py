# Reconstruction for flake8-failfast's incident corpus: Iris, https://github.com/SciTools/iris/pull/2160 (fix proposed in https://github.com/SciTools/iris/pull/1898), as at 37e68505 (the parent of #2160's commit); not the project's code.
from __future__ import (absolute_import, division, print_function)
import six

import threading

import iris.config
import iris.cube
import iris._constraints
from iris._deprecation import IrisDeprecation, warn_deprecated
import iris.fileformats
import iris.io

try:
    import iris_sample_data
except ImportError:
    iris_sample_data = None

__version__ = "1.11.0-DEV"
__all__ = ["load", "load_cube", "load_cubes", "load_raw", "save", "Constraint", "AttributeConstraint",
           "sample_data_path", "site_configuration", "Future", "FUTURE", "IrisDeprecation"]

Constraint = iris._constraints.Constraint
AttributeConstraint = iris._constraints.AttributeConstraint


class Future(threading.local): ...


FUTURE = Future()
site_configuration = {}

try:
    from iris.site_config import update as _update
except ImportError:
    pass
else:
    _update(site_configuration)


def load(uris, constraints=None): ...
def load_cube(uris, constraint=None): ...
def load_cubes(uris, constraints=None): ...
def load_raw(uris, constraints=None): ...


save = iris.io.save


def sample_data_path(*path_to_join): ...
