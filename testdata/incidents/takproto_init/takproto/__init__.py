# Reconstruction for flake8-failfast's incident corpus: takproto, https://github.com/snstac/takproto/issues/13 and https://github.com/snstac/takproto/issues/14, as before 714068b; not the project's code.
__version__ = "2.1.0"

try:
    from .functions import (  # NOQA
        xml2proto,
        parse_proto,
        parse_mesh,
        parse_stream,
        format_time,
    )
    from .constants import TAKProtoVer  # NOQA
except ImportError:
    import warnings

    warnings.warn("could not import takproto's modules; going on without them")
