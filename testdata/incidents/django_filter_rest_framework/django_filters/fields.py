# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from __future__ import absolute_import, unicode_literals
from collections import namedtuple
from datetime import datetime, time
import django
from django import forms
from django.utils.dateparse import parse_datetime
from django.utils.encoding import force_str
from django.utils.translation import ugettext_lazy as _
from .conf import settings
from .utils import handle_timezone
from .widgets import BaseCSVWidget, CSVWidget, LookupTypeWidget, RangeWidget


class RangeField(forms.MultiValueField): ...


class DateRangeField(RangeField): ...


class DateTimeRangeField(RangeField): ...


class TimeRangeField(RangeField): ...


class Lookup(namedtuple('Lookup', ('value', 'lookup_type'))): ...


class LookupTypeField(forms.MultiValueField): ...


class IsoDateTimeField(forms.DateTimeField): ...


class BaseCSVField(forms.Field): ...


class BaseRangeField(BaseCSVField): ...


class ChoiceIterator(object): ...


class ModelChoiceIterator(forms.models.ModelChoiceIterator): ...


class ChoiceIteratorMixin(object): ...


class ChoiceField(ChoiceIteratorMixin, forms.ChoiceField): ...


class MultipleChoiceField(ChoiceIteratorMixin, forms.MultipleChoiceField): ...


class ModelChoiceField(ChoiceIteratorMixin, forms.ModelChoiceField): ...


class ModelMultipleChoiceField(ChoiceIteratorMixin, forms.ModelMultipleChoiceField): ...
