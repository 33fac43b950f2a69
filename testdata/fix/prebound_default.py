"""A None default bound before the try stays; the silent handler goes."""

cache = None
try:
    from .cache import cache
except ImportError:
    pass


def lookup():
    backend = None
    try:
        from .backend import backend
    except ImportError:
        ...
    return backend
