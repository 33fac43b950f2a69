# django-filter, https://github.com/carltongibson/django-filter/pull/741: django_filters/conf.py before commit 8384f89d, trimmed to its top-level imports and the names it defines
from __future__ import absolute_import
from django.conf import settings as dj_settings
from django.core.signals import setting_changed
from django.utils.translation import ugettext_lazy as _
from .constants import STRICTNESS
from .utils import deprecate
DEFAULTS = ...
DEPRECATED_SETTINGS = ...


def is_callable(*args, **kwargs):
    ...


class Settings(object):
    ...
settings = Settings()
