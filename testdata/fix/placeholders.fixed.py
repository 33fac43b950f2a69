"""Names bound to placeholder objects, and failed modules replaced in sys.modules."""

from .backend import backend

from .client import client

from .settings import settings

from . import plugins

from .models import Model

from . import native
