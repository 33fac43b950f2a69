"""The release metadata agrees: one version everywhere, a license file for the declared license."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import flake8_failfast

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
_OUR_HOOK_REV = re.compile(r"- repo: \S+/flake8-failfast\b.*\n\s+rev: v(\S+)")


def test_changelog_latest_entry_is_the_package_version() -> None:
    """An `## Unreleased` section may stand above it, for changes not yet in a version."""
    headings = re.findall(r"^## (\S+)", CHANGELOG, flags=re.MULTILINE)
    versions = headings[1:] if headings[:1] == ["Unreleased"] else headings
    assert versions[:1] == [flake8_failfast.__version__]


def test_readme_pre_commit_revs_are_the_package_version() -> None:
    revs = _OUR_HOOK_REV.findall(README)
    assert len(revs) == 2, "the pre-commit section shows our two hooks"
    assert set(revs) == {flake8_failfast.__version__}


def test_the_declared_license_has_its_file() -> None:
    with open(ROOT / "pyproject.toml", "rb") as file:
        project = tomllib.load(file)["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
