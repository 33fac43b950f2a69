# djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48: rest_framework_bulk/drf3/mixins.py at commit 2a59d14, trimmed to its top-level imports and the names it defines
from __future__ import print_function, unicode_literals
from rest_framework import status
from rest_framework.mixins import CreateModelMixin
from rest_framework.response import Response
__all__ = [
    'BulkCreateModelMixin',
    'BulkDestroyModelMixin',
    'BulkUpdateModelMixin',
]


class BulkCreateModelMixin(CreateModelMixin):
    ...


class BulkUpdateModelMixin(object):
    ...


class BulkDestroyModelMixin(object):
    ...
