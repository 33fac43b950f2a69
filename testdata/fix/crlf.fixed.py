"""A CRLF file keeps CRLF line endings."""

from .wire import send
# no wire


def ping():
    try:
        from .wire import recv
    except ImportError:
        print("no recv")
        raise
    return recv
