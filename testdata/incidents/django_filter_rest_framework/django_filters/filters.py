# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from __future__ import absolute_import, unicode_literals
from collections import OrderedDict
from datetime import timedelta
from django import forms
from django.db.models import Q
from django.db.models.constants import LOOKUP_SEP
from django.db.models.sql.constants import QUERY_TERMS
from django.utils import six
from django.utils.itercompat import is_iterable
from django.utils.timezone import now
from django.utils.translation import ugettext_lazy as _
from .compat import pretty_name
from .conf import settings
from .constants import EMPTY_VALUES
from .fields import (
    BaseCSVField,
    BaseRangeField,
    ChoiceField,
    DateRangeField,
    DateTimeRangeField,
    IsoDateTimeField,
    Lookup,
    LookupTypeField,
    ModelChoiceField,
    ModelMultipleChoiceField,
    MultipleChoiceField,
    RangeField,
    TimeRangeField
)
from .utils import deprecate, label_for_filter
__all__ = [
    'AllValuesFilter',
    'AllValuesMultipleFilter',
    'BaseCSVFilter',
    'BaseInFilter',
    'BaseRangeFilter',
    'BooleanFilter',
    'CharFilter',
    'ChoiceFilter',
    'DateFilter',
    'DateFromToRangeFilter',
    'DateRangeFilter',
    'DateTimeFilter',
    'DateTimeFromToRangeFilter',
    'DurationFilter',
    'Filter',
    'IsoDateTimeFilter',
    'ModelChoiceFilter',
    'ModelMultipleChoiceFilter',
    'MultipleChoiceFilter',
    'NumberFilter',
    'NumericRangeFilter',
    'OrderingFilter',
    'RangeFilter',
    'TimeFilter',
    'TimeRangeFilter',
    'TypedChoiceFilter',
    'TypedMultipleChoiceFilter',
    'UUIDFilter',
]


def _extra_attr(*args, **kwargs): ...


class Filter(object): ...


class CharFilter(Filter): ...


class BooleanFilter(Filter): ...


class ChoiceFilter(Filter): ...


class TypedChoiceFilter(Filter): ...


class UUIDFilter(Filter): ...


class MultipleChoiceFilter(Filter): ...


class TypedMultipleChoiceFilter(MultipleChoiceFilter): ...


class DateFilter(Filter): ...


class DateTimeFilter(Filter): ...


class IsoDateTimeFilter(DateTimeFilter): ...


class TimeFilter(Filter): ...


class DurationFilter(Filter): ...


class QuerySetRequestMixin(object): ...


class ModelChoiceFilter(QuerySetRequestMixin, ChoiceFilter): ...


class ModelMultipleChoiceFilter(QuerySetRequestMixin, MultipleChoiceFilter): ...


class NumberFilter(Filter): ...


class NumericRangeFilter(Filter): ...


class RangeFilter(Filter): ...


def _truncate(*args, **kwargs): ...


class DateRangeFilter(ChoiceFilter): ...


class DateFromToRangeFilter(RangeFilter): ...


class DateTimeFromToRangeFilter(RangeFilter): ...


class TimeRangeFilter(RangeFilter): ...


class AllValuesFilter(ChoiceFilter): ...


class AllValuesMultipleFilter(MultipleChoiceFilter): ...


class BaseCSVFilter(Filter): ...


class BaseInFilter(BaseCSVFilter): ...


class BaseRangeFilter(BaseCSVFilter): ...


class OrderingFilter(BaseCSVFilter, ChoiceFilter): ...


class FilterMethod(object): ...
