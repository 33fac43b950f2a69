"""Poetry: `optional = true` is an extra, and so is a requirement with a platform marker."""
try:
    import requests
except ImportError:  # expect: 1: FF101 failed import of 'requests' is masked: 'requests' set to None; 'requests' cannot be absent; let the ImportError propagate
    requests = None

try:
    import yaml
except ImportError:  # expect: 1: FF103 failed import of 'yaml' is masked: 'yaml' set to None; 'yaml' is an optional dependency; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    yaml = None

try:
    import colorama
except ImportError:  # expect: 1: FF103 failed import of 'colorama' is masked: 'colorama' set to None; 'colorama' is an optional dependency; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    colorama = None


def get(url: str) -> object:
    if requests is None or yaml is None or colorama is None:
        return None
    return requests.get(url)
