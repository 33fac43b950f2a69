"""Names bound to placeholder objects, and failed modules replaced in sys.modules."""
import sys
import types
from types import SimpleNamespace
from unittest import mock

from .backend import backend

from .client import client

from .settings import settings

from . import plugins

from .models import Model

from . import native
