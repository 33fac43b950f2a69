"""setup.py read with ast, never run: attrs imports as `attr`, python-dateutil as `dateutil`."""
try:
    import attr
except ImportError:  # expect: 1: FF101 failed import of 'attr' is masked: 'attr' set to None; 'attr' cannot be absent; let the ImportError propagate
    attr = None

try:
    import dateutil
except ImportError:  # expect: 1: FF101 failed import of 'dateutil' is masked: 'dateutil' set to None; 'dateutil' cannot be absent; let the ImportError propagate
    dateutil = None

try:
    import pytz
except ImportError:  # expect: 1: FF103 failed import of 'pytz' is masked: 'pytz' set to None; 'pytz' is an optional dependency; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    pytz = None


def stamp() -> object:
    return attr and dateutil and pytz and pytz.utc
