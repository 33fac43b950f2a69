"""A CRLF file keeps CRLF line endings."""

try:
    from .wire import send
except ImportError:
    # no wire
    send = None


def ping():
    try:
        from .wire import recv
    except ImportError:
        print("no recv")
        recv = None
    return recv
