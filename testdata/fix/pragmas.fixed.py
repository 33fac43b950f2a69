"""A pragma goes with the line it was on; other comments of removed lines move on."""
from . import _speedups
from ._speedups import escape, unescape, quote, unquote
# kept for 2.x


def render(text):
    from .markup import Markup
    return Markup(text)
