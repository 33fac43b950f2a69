# Reconstruction for flake8-failfast's incident corpus: Iris, https://github.com/SciTools/iris/pull/2160 (fix proposed in https://github.com/SciTools/iris/pull/1898), as at 37e68505 (the parent of #2160's commit); not the project's code.
from __future__ import (absolute_import, division, print_function)
import six

import os
import unittest

try:
    from unittest import mock
except ImportError:
    import mock

import numpy as np

import iris.cube
import iris.config
import iris.util

try:
    import matplotlib
    matplotlib.use("agg")
    import matplotlib.pyplot as plt
except ImportError:
    MPL_AVAILABLE = False
else:
    MPL_AVAILABLE = True

try:
    from osgeo import gdal
except ImportError:
    GDAL_AVAILABLE = False
else:
    GDAL_AVAILABLE = True

try:
    import iris_sample_data
except ImportError:
    SAMPLE_DATA_AVAILABLE = False
else:
    SAMPLE_DATA_AVAILABLE = True


class IrisTest(unittest.TestCase): ...


def skip_data(fn):
    no_data = not iris.config.TEST_DATA_DIR or not os.path.isdir(iris.config.TEST_DATA_DIR)
    return unittest.skipIf(no_data, "needs the test data")(fn)


def skip_gdal(fn):
    return unittest.skipIf(condition=not GDAL_AVAILABLE, reason="needs gdal")(fn)


def skip_plot(fn):
    return unittest.skipIf(not MPL_AVAILABLE, "needs matplotlib")(fn)


skip_sample_data = unittest.skipIf(not SAMPLE_DATA_AVAILABLE, "needs iris_sample_data")
