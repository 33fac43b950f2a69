# fix-options: --failfast-first-party=acme
"""Absolute imports of a --failfast-first-party package are first-party."""

try:
    from acme.tools import hammer
except ImportError:
    hammer = None

try:
    import requests
except ImportError:
    requests = None
