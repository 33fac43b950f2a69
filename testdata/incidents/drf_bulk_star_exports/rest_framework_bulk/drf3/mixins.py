# Reconstruction for flake8-failfast's incident corpus: djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48 (open), as at 2a59d14; not the project's code.
from __future__ import print_function, unicode_literals
from rest_framework import status
from rest_framework.mixins import CreateModelMixin
from rest_framework.response import Response
__all__ = [
    "BulkCreateModelMixin",
    "BulkDestroyModelMixin",
    "BulkUpdateModelMixin",
]


class BulkCreateModelMixin(CreateModelMixin): ...


class BulkUpdateModelMixin(object): ...


class BulkDestroyModelMixin(object): ...
