# Reconstruction for flake8-failfast's incident corpus: djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48 (open), as at 2a59d14; not the project's code.
from __future__ import print_function, unicode_literals
import rest_framework

if rest_framework.__version__.split(".")[0] == "2":
    from .drf2.mixins import *  # noqa
else:
    from .drf3.mixins import *  # noqa
