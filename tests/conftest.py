"""Lets the tests import their shared helpers (tests/ is not a package), and keeps them off the user's cache."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(autouse=True)
def _private_verdict_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test, and every flake8 it starts, caches verdicts in the session's temporary directory.

    One directory for the whole session: later tests read what earlier ones
    wrote, which is how the cache is used, and must not change any finding.
    """
    monkeypatch.setenv("FLAKE8_FAILFAST_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "verdict-cache"))
