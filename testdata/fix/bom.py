"""A BOM stays in front of the file."""

try:
    from .bom import mark
except ImportError:
    mark = None
