# django-filter, https://github.com/carltongibson/django-filter/pull/741: django_filters/rest_framework/filterset.py before commit 8384f89d, trimmed to its top-level imports and the names it defines
from __future__ import absolute_import
from copy import deepcopy
from django import forms
from django.db import models
from django.utils.translation import ugettext_lazy as _
from django_filters import filterset
from .. import compat, utils
from .filters import BooleanFilter, IsoDateTimeFilter
FILTER_FOR_DBFIELD_DEFAULTS = deepcopy(filterset.FILTER_FOR_DBFIELD_DEFAULTS)


class FilterSet(filterset.FilterSet):
    ...
