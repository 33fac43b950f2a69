"""FF102: a failed third-party import masked by None or a stub."""
from unittest import mock

# --- reported -------------------------------------------------------------

try:
    import numpy as np
except ImportError:  # expect: 1: FF102 failed import of 'numpy' is masked: 'np' set to None; let the ImportError propagate
    np = None

try:
    import yaml
except ImportError:  # expect: 1: FF102 failed import of 'yaml' is masked: 'yaml' bound to a do-nothing stub; let the ImportError propagate
    yaml = mock.MagicMock()

try:
    import requests
except ImportError:  # expect: 1: FF102 failed import of 'requests' is masked: 'requests' bound to a do-nothing stub; let the ImportError propagate
    from types import SimpleNamespace

    requests = SimpleNamespace()

try:
    import attr
except ImportError:  # expect: 1: FF102 failed import of 'attr' is masked: 'attr' bound to a do-nothing stub; let the ImportError propagate
    import types

    attr = types.ModuleType("attr")

try:
    from pydantic import BaseModel
except ImportError:  # expect: 1: FF102 failed import of 'pydantic' is masked: 'BaseModel' bound to a do-nothing stub; let the ImportError propagate
    BaseModel = type("BaseModel", (), {})

try:
    from tqdm import tqdm
except ImportError:  # expect: 1: FF102 failed import of 'tqdm' is masked: 'tqdm' bound to a do-nothing stub; let the ImportError propagate
    class _NoProgress:
        pass

    tqdm = _NoProgress()

try:
    import ujson as json_impl
    HAS_UJSON = True
except ImportError:  # expect: 1: FF102 failed import of 'ujson' is masked: 'json_impl' set to None; let the ImportError propagate
    json_impl = None
    HAS_UJSON = False

try:
    import lxml.etree
except ImportError:  # expect: 1: FF102 failed import of 'lxml.etree' is masked: 'lxml' set to None; let the ImportError propagate
    lxml = None

try:
    import json
    import orjson
except ImportError:  # expect: 1: FF102 failed import of 'orjson' is masked: 'orjson' set to None; let the ImportError propagate
    orjson = None

try:
    plugin = __import__("some_plugin")
except ImportError:  # expect: 1: FF102 failed import of 'some_plugin' is masked: 'plugin' set to None; let the ImportError propagate
    plugin = None

try:
    import importlib
    backend = importlib.import_module(BACKEND_NAME)
except ImportError:  # expect: 1: FF102 failed import of '<dynamic>' is masked: 'backend' set to None; let the ImportError propagate
    backend = None

try:
    import toml
except* ImportError:  # expect: 1: FF102 failed import of 'toml' is masked: 'toml' set to None; let the ImportError propagate
    toml = None

# --- not reported ----------------------------------------------------------

try:
    import simplejson as jsonlib
except ImportError:
    import json as jsonlib

try:
    import numpy as np
except ImportError:
    np = None
    raise

try:
    import numpy as np
except ImportError:
    import pytest

    pytest.skip("numpy is required", allow_module_level=True)

try:
    import colorama
except ImportError:  # noqa: FF102
    colorama = None
