# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from __future__ import absolute_import
from .constants import STRICTNESS
from .filterset import FilterSet
from .filters import *

try:
    from . import rest_framework
except ImportError:
    rest_framework = None

__version__ = "1.0.4"
VERSION = (1, 0, 4)
