"""What flake8 would not report because of `# noqa`: the fixer leaves exactly that alone.

flake8's own patterns decide, so a comment means the same to both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from flake8.defaults import NOQA_FILE, NOQA_INLINE_REGEXP
from flake8.utils import parse_comma_separated_list


def file_is_ignored(lines: Sequence[str]) -> bool:
    """A line holding only `# flake8: noqa` silences the whole file (with code before it, flake8 ignores it)."""
    return any(NOQA_FILE.match(line) for line in lines)


def silenced(codes: Iterable[str], header: str) -> set[str]:
    """The codes a `# noqa` in the handler's header lines silences: all for a bare one, else those it names."""
    match = NOQA_INLINE_REGEXP.search(header)
    if match is None:
        return set()
    named = match.groupdict()["codes"]
    if named is None:
        return set(codes)
    prefixes = tuple(parse_comma_separated_list(named))
    return {code for code in codes if code.startswith(prefixes)}
