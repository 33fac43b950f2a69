"""A pragma goes with the line it was on; other comments of removed lines move on."""
try:
    from . import _speedups
    from ._speedups import escape, unescape, quote, unquote
except ImportError:  # pragma: no cover
    _speedups = None  # type: ignore[assignment]
    escape = None  # type: ignore
    unescape = None  # type: ignore
    quote = None  # type: ignore  # noqa: E501
    unquote = None  # kept for 2.x  # type: ignore


def render(text):
    try:
        from .markup import Markup
    except ImportError:
        Markup = None  # noqa: N806
    return Markup(text)
