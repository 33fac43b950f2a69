# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from __future__ import absolute_import, unicode_literals
from collections import Iterable
from itertools import chain
from re import search, sub
import django
from django import forms
from django.db.models.fields import BLANK_CHOICE_DASH
from django.forms.utils import flatatt
from django.utils.datastructures import MultiValueDict
from django.utils.encoding import force_text
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.six import string_types
from django.utils.translation import ugettext as _
from .compat import format_value


class LinkWidget(forms.Widget): ...


class SuffixedMultiWidget(forms.MultiWidget): ...


class RangeWidget(forms.MultiWidget): ...


class LookupTypeWidget(forms.MultiWidget): ...


class BooleanWidget(forms.Select): ...


class BaseCSVWidget(forms.Widget): ...


class CSVWidget(BaseCSVWidget, forms.TextInput): ...


class QueryArrayWidget(BaseCSVWidget, forms.TextInput): ...
