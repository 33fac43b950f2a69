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
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
_OUR_HOOK = re.compile(r"- repo: \S+/flake8-failfast\b.*\n\s+rev: v(\S+).*\n\s+hooks:\n\s+- id: (\S+)")


def test_changelog_latest_entry_is_the_package_version() -> None:
    headings = re.findall(r"^## (\S+)", CHANGELOG, flags=re.MULTILINE)
    assert headings[:1] == [flake8_failfast.__version__]


def test_documented_pre_commit_revs_are_the_package_version() -> None:
    shown = {page.relative_to(ROOT).as_posix(): _OUR_HOOK.findall(page.read_text(encoding="utf-8")) for page in PAGES}
    version = flake8_failfast.__version__
    assert shown["README.md"] == [(version, "flake8-failfast")], "the README's pre-commit section shows our hook"
    assert shown["docs/fixing.md"] == [(version, "flake8-failfast-fix")], "the fixing page shows the fixer's hook"
    assert {rev for hooks in shown.values() for rev, _ in hooks} == {version}


def test_the_declared_license_has_its_file() -> None:
    with open(ROOT / "pyproject.toml", "rb") as file:
        project = tomllib.load(file)["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
