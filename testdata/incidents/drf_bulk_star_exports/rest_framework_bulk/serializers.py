# djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48: rest_framework_bulk/serializers.py at commit 2a59d14, trimmed to its top-level imports and the names it defines
from __future__ import print_function, unicode_literals
import rest_framework
if str(rest_framework.__version__).startswith('2'):
    from .drf2.serializers import *  # noqa
else:
    from .drf3.serializers import *  # noqa
