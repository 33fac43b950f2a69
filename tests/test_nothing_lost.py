"""The union property on the standard library: default and opt-in codes report every handler 0.1.0 did.

0.1.0's package comes out of the git history; the full comparison over any
corpus (the installed packages, say) is `benchmarks/compare_v01.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import compare_v01  # noqa: E402
from corpus import corpus_files, stdlib_corpus  # noqa: E402


def test_every_v01_finding_on_the_standard_library_is_still_reported() -> None:
    files = corpus_files(stdlib_corpus())
    try:
        result = compare_v01.compare(files)
    except LookupError as missing:
        pytest.skip(f"no 0.1.0 to compare with: {missing}")
    assert len(result.old) > 20, "the corpus should give 0.1.0 something to report"
    assert result.lost == []
    assert {(Path(place[0]).parent.name, Path(place[0]).name) for place in result.intended} <= {
        ("importlib", "abc.py"),
        ("multiprocessing", "connection.py"),
        ("python3." + str(sys.version_info[1]), "ntpath.py"),
    }, "only handlers in the recommended form or under a star import may leave the union"
    moved = {place: (result.old[place], result.new[place]) for place in result.old.keys() & result.new.keys()}
    assert any(old != new for old, new in moved.values()), "v2 should have moved some findings to other codes"
