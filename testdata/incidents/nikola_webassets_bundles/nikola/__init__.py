# Reconstruction for flake8-failfast's incident corpus: Nikola, https://github.com/getnikola/nikola/issues/965, as before a8e5e64f; not the project's code.
from __future__ import absolute_import

from .nikola import Nikola  # NOQA
from . import plugins  # NOQA

__version__ = "6.2.1"
