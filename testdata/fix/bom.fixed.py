"""A BOM stays in front of the file."""

from .bom import mark
