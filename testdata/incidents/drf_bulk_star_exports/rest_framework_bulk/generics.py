# Reconstruction for flake8-failfast's incident corpus: djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48 (open), as at 2a59d14; not the project's code.
from __future__ import unicode_literals, print_function
from rest_framework import mixins
from rest_framework.generics import GenericAPIView
from rest_framework.viewsets import ModelViewSet
from . import mixins as bulk_mixins

__all__ = [
    "BulkCreateAPIView",
    "BulkDestroyAPIView",
    "BulkModelViewSet",
    "BulkUpdateAPIView",
    "ListBulkCreateAPIView",
    "ListBulkCreateDestroyAPIView",
    "ListBulkCreateUpdateAPIView",
    "ListBulkCreateUpdateDestroyAPIView",
    "ListCreateBulkUpdateAPIView",
    "ListCreateBulkUpdateDestroyAPIView",
]

Create = bulk_mixins.BulkCreateModelMixin
Update = bulk_mixins.BulkUpdateModelMixin
Destroy = bulk_mixins.BulkDestroyModelMixin
List = mixins.ListModelMixin


class BulkCreateAPIView(Create, GenericAPIView): ...
class BulkUpdateAPIView(Update, GenericAPIView): ...
class BulkDestroyAPIView(Destroy, GenericAPIView): ...
class ListBulkCreateAPIView(List, Create, GenericAPIView): ...
class ListCreateBulkUpdateAPIView(List, mixins.CreateModelMixin, Update, GenericAPIView): ...
class ListCreateBulkUpdateDestroyAPIView(List, mixins.CreateModelMixin, Update, Destroy, GenericAPIView): ...
class ListBulkCreateUpdateAPIView(List, Create, Update, GenericAPIView): ...
class ListBulkCreateDestroyAPIView(List, Create, Destroy, GenericAPIView): ...
class ListBulkCreateUpdateDestroyAPIView(List, Create, Update, Destroy, GenericAPIView): ...
class BulkModelViewSet(Create, Update, Destroy, ModelViewSet): ...
