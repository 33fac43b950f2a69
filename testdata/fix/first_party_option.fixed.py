# fix-options: --failfast-first-party=acme
"""Absolute imports of a --failfast-first-party package are first-party."""

from acme.tools import hammer

try:
    import requests
except ImportError:
    requests = None
