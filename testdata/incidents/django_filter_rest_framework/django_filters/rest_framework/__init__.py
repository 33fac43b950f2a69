# django-filter, https://github.com/carltongibson/django-filter/pull/741: django_filters/rest_framework/__init__.py before commit 8384f89d, trimmed to its top-level imports and the names it defines
from __future__ import absolute_import
from .backends import DjangoFilterBackend
from .filterset import FilterSet
from .filters import *
