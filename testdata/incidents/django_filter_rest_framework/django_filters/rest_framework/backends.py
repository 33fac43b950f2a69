# django-filter, https://github.com/carltongibson/django-filter/pull/741: django_filters/rest_framework/backends.py before commit 8384f89d, trimmed to its top-level imports and the names it defines
from __future__ import absolute_import
import warnings
from django.template import loader
from django.utils import six
from . import filters, filterset
from .. import compat


class DjangoFilterBackend(object):
    ...
