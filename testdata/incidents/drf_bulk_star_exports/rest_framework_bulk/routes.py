# djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48: rest_framework_bulk/routes.py at commit 2a59d14, trimmed to its top-level imports and the names it defines
from __future__ import unicode_literals, print_function
import copy
from rest_framework.routers import DefaultRouter, SimpleRouter
__all__ = [
    'BulkRouter',
]


class BulkRouter(DefaultRouter):
    ...
