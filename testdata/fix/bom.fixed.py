"""A BOM stays in front of the file."""

from .marks import mark
