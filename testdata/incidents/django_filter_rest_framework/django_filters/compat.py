# django-filter, https://github.com/carltongibson/django-filter/pull/741: django_filters/compat.py before commit 8384f89d, trimmed to its top-level imports and the names it defines
from __future__ import absolute_import
import django
from django.conf import settings
from django.utils.timezone import make_aware as make_aware_orig
try:
    from django.forms.utils import pretty_name
except ImportError:  # Django 1.8
    from django.forms.forms import pretty_name
try:
    import crispy_forms
except ImportError:
    crispy_forms = None


def is_crispy(*args, **kwargs):
    ...
try:
    import coreapi
except ImportError:
    coreapi = None
try:
    import coreschema
except ImportError:
    coreschema = None


def remote_field(*args, **kwargs):
    ...


def remote_model(*args, **kwargs):
    ...


def remote_queryset(*args, **kwargs):
    ...


def format_value(*args, **kwargs):
    ...


def make_aware(*args, **kwargs):
    ...
