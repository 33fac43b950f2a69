"""flake8-failfast: find failed imports masked by None, stubs or silence."""

__version__ = "0.3.0"
