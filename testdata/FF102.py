"""FF102: an optional import masked by None or a stub where the masking can hurt.

The module can be absent by design (third-party, platform-specific, no
Python source, imports an optional module), but a masked name is used
without a guard, exported, or the handler is a catch-all around more than
the import. Cases where every use is guarded are FF103 (off by default).
"""
import sys
from unittest import mock

__all__ = ["dumps", "Guarded"]

# --- reported -------------------------------------------------------------

try:
    import numpy as np
except ImportError:  # expect: 1: FF102 failed import of 'numpy' is masked: 'np' set to None; first used unguarded at line 19; let the ImportError propagate
    np = None
ZEROS = np.zeros(3)

try:
    from yaml import safe_load
except ImportError:  # expect: 1: FF102 failed import of 'yaml' is masked: 'safe_load' set to None; first used unguarded at line 28; let the ImportError propagate
    safe_load = None


def read_config(text):
    return safe_load(text)


try:
    from ujson import dumps
except ImportError:  # expect: 1: FF102 failed import of 'ujson' is masked: 'dumps' set to None; exported in __all__; let the ImportError propagate
    dumps = None

try:
    import requests
    SESSION = requests.Session()
except Exception:  # expect: 1: FF102 failed import of 'requests' is masked: 'requests', 'SESSION' set to None; catch-all handler around more than the import; let the ImportError propagate
    requests = SESSION = None

try:
    import winreg
except ImportError:  # expect: 1: FF102 failed import of 'winreg' is masked: 'winreg' set to None; first used unguarded at line 49; let the ImportError propagate
    winreg = None


def user_key():
    return winreg.HKEY_CURRENT_USER


try:
    from .app._speedups import fast_sum
except ImportError:  # expect: 1: FF102 failed import of '.app._speedups' is masked: 'fast_sum' set to None; first used unguarded at line 57; let the ImportError propagate
    fast_sum = None

TOTAL = fast_sum([1, 2])

try:
    from .app.winonly import read_registry
except ImportError:  # expect: 1: FF102 failed import of '.app.winonly' is masked: 'read_registry' set to None; first used unguarded at line 66; let the ImportError propagate
    read_registry = None


def settings():
    return read_registry("Software")


try:
    import attr
except ImportError:  # expect: 1: FF102 failed import of 'attr' is masked: 'attr' bound to a do-nothing stub; first used unguarded at line 75; let the ImportError propagate
    attr = mock.MagicMock()


class Point(attr.Base):
    pass

# --- not reported: every use guarded (FF103, off by default) -------------

try:
    import lxml.etree
except ImportError:  # expect: 1: FF103 failed import of 'lxml.etree' is masked: 'lxml' set to None; 'lxml.etree' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    lxml = None


def parse(text):
    if lxml is not None:
        return lxml.etree.fromstring(text)
    return None


try:
    import orjson
    HAS_ORJSON = True
except ImportError:  # expect: 1: FF103 failed import of 'orjson' is masked: 'orjson' set to None; 'orjson' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    orjson = None
    HAS_ORJSON = False


def fast_dumps(value):
    return orjson.dumps(value) if HAS_ORJSON else None


try:
    import pygments
except ImportError:  # expect: 1: FF103 failed import of 'pygments' is masked: 'pygments' set to None; 'pygments' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    pygments = None


def highlight(code):
    if pygments is None:
        raise RuntimeError("install pygments")
    return pygments.highlight(code)


def _colour(code):
    return pygments.highlight(code)


def render(code):
    return pygments and _colour(code)


try:
    import pytest_timeout
except ImportError:  # expect: 1: FF103 failed import of 'pytest_timeout' is masked: 'pytest_timeout' set to None; 'pytest_timeout' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    pytest_timeout = None


@mock.patch.object(sys, "argv", [])
@pytest.mark.skipif(pytest_timeout is None, reason="needs pytest-timeout")
def test_timeout():
    assert pytest_timeout.settings


class Guarded:
    try:
        import simplejson
    except ImportError:  # expect: 5: FF103 failed import of 'simplejson' is masked: 'simplejson' set to None; 'simplejson' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
        simplejson = None


try:
    import toml
except ModuleNotFoundError as exc:  # no report: the handler checks which module failed
    if exc.name != "toml":
        raise
    toml = None

TOML = toml.loads("") if toml else {}

# --- not reported at all ---------------------------------------------------

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
colorama.init()
