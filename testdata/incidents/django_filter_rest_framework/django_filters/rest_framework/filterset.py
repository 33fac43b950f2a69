# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from __future__ import absolute_import
from copy import deepcopy
from django import forms
from django.db import models
from django.utils.translation import ugettext_lazy as _
from django_filters import filterset
from .. import compat, utils
from .filters import BooleanFilter, IsoDateTimeFilter


class FilterSet(filterset.FilterSet): ...
