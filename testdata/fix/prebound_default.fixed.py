"""A None default bound before the try stays; the silent handler goes."""

cache = None
from .cache import cache


def lookup():
    backend = None
    from .backend import backend
    return backend
