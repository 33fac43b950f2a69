try:
    from .backend import connect
except ImportError:
    import logging

    logging.getLogger(__name__).warning("backend missing")
    connect = None
