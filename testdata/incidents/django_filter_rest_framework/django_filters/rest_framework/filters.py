# django-filter, https://github.com/carltongibson/django-filter/pull/741: django_filters/rest_framework/filters.py before commit 8384f89d, trimmed to its top-level imports and the names it defines
from ..filters import *
from ..widgets import BooleanWidget


class BooleanFilter(BooleanFilter):
    ...
