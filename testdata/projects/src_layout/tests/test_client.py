"""Tests outside src/: the project's own package is first-party here too, and its module cannot be absent."""
try:
    from client_lib.client import Client
except ImportError:  # expect: 1: FF101 failed import of 'client_lib.client' is masked: 'Client' set to None; 'client_lib.client' cannot be absent; let the ImportError propagate
    Client = None


def test_client() -> None:
    assert Client().transport is not None
