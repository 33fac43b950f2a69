"""Reported by default, left with a note: a skip that hides a broken own module, and plugin discovery."""
import importlib
import os

import pytest

try:
    from .cart import total
except ImportError:
    pytest.skip("cart not implemented yet", allow_module_level=True)

plugins = {}
for name in os.listdir("plugins"):
    try:
        plugins[name] = importlib.import_module(f".plugins.{name}", package=__package__)
    except ImportError:
        pass


def test_total():
    assert total([1]) == 1
