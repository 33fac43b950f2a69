# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from __future__ import absolute_import, unicode_literals
import copy
from collections import OrderedDict
from django import forms
from django.db import models
from django.db.models.constants import LOOKUP_SEP
from django.db.models.fields.related import ForeignObjectRel
from django.utils import six
from .compat import remote_field, remote_queryset
from .conf import settings
from .constants import ALL_FIELDS, EMPTY_VALUES, STRICTNESS
from .filters import (
    BaseInFilter,
    BaseRangeFilter,
    BooleanFilter,
    CharFilter,
    ChoiceFilter,
    DateFilter,
    DateTimeFilter,
    DurationFilter,
    Filter,
    ModelChoiceFilter,
    ModelMultipleChoiceFilter,
    NumberFilter,
    TimeFilter,
    UUIDFilter
)
from .utils import (
    get_all_model_fields,
    get_model_field,
    resolve_field,
    try_dbfield
)


def get_filter_name(*args, **kwargs): ...


def _together_valid(*args, **kwargs): ...


def get_full_clean_override(*args, **kwargs): ...


class FilterSetOptions(object): ...


class FilterSetMetaclass(type): ...


class BaseFilterSet(object): ...


class FilterSet(six.with_metaclass(FilterSetMetaclass, BaseFilterSet)): ...


def filterset_factory(*args, **kwargs): ...
