# djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48: rest_framework_bulk/drf3/serializers.py at commit 2a59d14, trimmed to its top-level imports and the names it defines
from __future__ import print_function, unicode_literals
import inspect
from rest_framework.exceptions import ValidationError
from rest_framework.serializers import ListSerializer
__all__ = [
    'BulkListSerializer',
    'BulkSerializerMixin',
]


class BulkSerializerMixin(object):
    ...


class BulkListSerializer(ListSerializer):
    ...
