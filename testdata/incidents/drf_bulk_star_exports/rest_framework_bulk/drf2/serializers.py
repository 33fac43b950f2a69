# djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48: rest_framework_bulk/drf2/serializers.py at commit 2a59d14, trimmed to its top-level imports and the names it defines
from __future__ import print_function, unicode_literals
__all__ = [
    'BulkListSerializer',
    'BulkSerializerMixin',
]


class BulkSerializerMixin(object):
    ...


class BulkListSerializer(object):
    ...
