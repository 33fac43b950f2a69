# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from __future__ import absolute_import
import django
from django.conf import settings
from django.utils.timezone import make_aware as make_aware_orig

try:
    from django.forms.utils import pretty_name
except ImportError:
    from django.forms.forms import pretty_name

try:
    import crispy_forms
except ImportError:
    crispy_forms = None


def is_crispy():
    return crispy_forms is not None and settings.FILTERS_HELPER


try:
    import coreapi
except ImportError:
    coreapi = None

try:
    import coreschema
except ImportError:
    coreschema = None


def remote_field(field): ...
def remote_model(field): ...
def remote_queryset(field): ...
def format_value(widget, value): ...
def make_aware(value, timezone): ...
