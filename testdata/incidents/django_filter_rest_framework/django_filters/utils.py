# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
import warnings
import django
from django.conf import settings
from django.core.exceptions import FieldError
from django.db import models
from django.db.models.constants import LOOKUP_SEP
from django.db.models.expressions import Expression
from django.db.models.fields import FieldDoesNotExist
from django.db.models.fields.related import ForeignObjectRel, RelatedField
from django.forms import ValidationError
from django.utils import six, timezone
from django.utils.encoding import force_text
from django.utils.text import capfirst
from django.utils.translation import ugettext as _
from .compat import make_aware, remote_field, remote_model
from .exceptions import FieldLookupError


def deprecate(*args, **kwargs): ...


def try_dbfield(*args, **kwargs): ...


def get_all_model_fields(*args, **kwargs): ...


def get_model_field(*args, **kwargs): ...


def get_field_parts(*args, **kwargs): ...


def resolve_field(*args, **kwargs): ...


def handle_timezone(*args, **kwargs): ...


def verbose_field_name(*args, **kwargs): ...


def verbose_lookup_expr(*args, **kwargs): ...


def label_for_filter(*args, **kwargs): ...


def raw_validation(*args, **kwargs): ...
