"""FF103: alternatives are judged once, where the last one can fail, and never as plugin discovery."""
import importlib
from typing import TYPE_CHECKING

try:
    import brotli
except ImportError:  # the nested try below is the one that can leave brotli None: it alone is reported
    try:
        import brotlicffi as brotli
    except ImportError:  # expect: 5: FF103 failed import of 'brotlicffi' is masked: 'brotli' set to None; 'brotlicffi' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
        brotli = None

try:
    import tomllib
except ImportError:  # `not TYPE_CHECKING` is true at run time: tomli is a real fallback
    if not TYPE_CHECKING:
        import tomli as tomllib


def detector():
    chardet = None
    for lib in ("chardet", "charset_normalizer"):
        if chardet is None:  # tried until one imports: alternatives, not discovery
            try:
                chardet = importlib.import_module(lib)
            except ImportError:  # expect: 13: FF103 failed import of '<dynamic>' is masked: 'chardet' set to None; '<dynamic>' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
                pass
    return chardet


def decompress(data):
    if brotli is None:
        return data
    return brotli.decompress(tomllib.loads(data))
