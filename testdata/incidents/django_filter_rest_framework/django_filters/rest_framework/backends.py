# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from __future__ import absolute_import
import warnings
from django.template import loader
from django.utils import six
from . import filters, filterset
from .. import compat


class DjangoFilterBackend(object): ...
