"""Comments that speak about the line they are on: `# type: ignore`, `# noqa`, `# pragma: no cover`.

(And their kin: `# pyright: ignore`, `# pragma: no branch`, `# pylint: disable`, `# fmt: skip`.)

When the fix removes a line, such a comment goes with it; moved to a line of
its own it would say nothing (`# noqa`), or something else: a lone
`# type: ignore` above the first statement makes mypy skip the whole file.
"""

from __future__ import annotations

import re

import libcst as cst

_PRAGMA = re.compile(
    r"#\s*(?:type:\s*ignore|pyright:\s*ignore|noqa|pragma:?\s*no\s*(?:cover|branch)|pylint:\s*disable|fmt:\s*skip)\b",
    re.IGNORECASE,
)


def without_pragmas(comment: str) -> str | None:
    """What of a trailing comment is worth keeping once its line is gone: the text before its first pragma.

    `# stub  # noqa: F811` keeps `# stub`; a comment that is only a pragma keeps nothing (None).
    """
    match = _PRAGMA.search(comment)
    if match is None:
        return comment
    kept = comment[: match.start()].rstrip()
    return kept if kept.strip("#").strip() else None


def moved_line(trailing: cst.Comment) -> cst.EmptyLine | None:
    """A trailing comment of a removed line, on a line of its own: without its pragmas, if anything is left."""
    kept = without_pragmas(trailing.value)
    return cst.EmptyLine(comment=cst.Comment(kept)) if kept is not None else None
