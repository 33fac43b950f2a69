"""A BOM stays in front of the file."""

try:
    from .marks import mark
except ImportError:
    mark = None
