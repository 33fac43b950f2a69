"""The README, the doc pages and the changelog tell the truth about the codes, and their links lead somewhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from flake8_failfast.codes import CODES, DEFAULT_ON
from flake8_failfast.pipeline import Settings, check, split_lines
from helpers import DOCS, ROOT, markdown_section

README_PATH = ROOT / "README.md"
README = README_PATH.read_text(encoding="utf-8")
RULES = (DOCS / "rules.md").read_text(encoding="utf-8")
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
PAGES = [README_PATH, *sorted(DOCS.glob("*.md"))]
README_MAX_LINES = 250
_ROW = re.compile(r"^\| (FF\d{3}) \| (.+?) \| (on|off) \|$", re.MULTILINE)
_FENCED = re.compile(r"^ *```.*?^ *```$", re.MULTILINE | re.DOTALL)
_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def rule_example(code: str) -> str:
    """The first Python block of the code's own `### FFxxx` section of docs/rules.md."""
    section = re.split(r"^#{2,3} ", RULES.split(f"\n### {code}", 1)[1], flags=re.MULTILINE)[0]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None, code
    return match.group(1)


def codes_in(source: str, settings: Settings = Settings()) -> list[str]:
    """Every code, on and off: standard input without a name, so relative imports are own source."""
    return [f.code for f in check(ast.parse(source), split_lines(source), "-", settings)]


def test_readme_rule_table_matches_the_code_table() -> None:
    rows = {code: (summary, default == "on") for code, summary, default in _ROW.findall(README)}
    assert rows == {code: (c.summary, c.default_on) for code, c in CODES.items()}


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_is_documented_with_a_fixture_and_in_the_changelog(code: str) -> None:
    assert f"\n### {code}" in RULES
    assert code in CHANGELOG
    assert (ROOT / "testdata" / f"{code}.py").is_file()


@pytest.mark.parametrize("code", sorted(CODES))
def test_rule_examples_are_true(code: str) -> None:
    bad, good = rule_example(code).split("# good", 1)
    assert codes_in(bad) == [code]
    left = codes_in("# good" + good)
    assert code not in left and not set(left) & set(DEFAULT_ON), left


def test_the_recommended_optional_import_is_reported_under_no_code() -> None:
    section = markdown_section(README_PATH, "Optional dependencies done right")
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None
    assert codes_in(match.group(1)) == []
    without_the_check = re.sub(r"    if exc.name != .*\n        raise\n", "", match.group(1))
    assert without_the_check != match.group(1)
    assert codes_in(without_the_check) == ["FF103"]


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)
    test_command = commands[1]
    assert "pytest" in test_command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci


def test_every_code_has_one_section_in_the_rules_page() -> None:
    sections = re.findall(r"^### (FF\d{3})\b", RULES, flags=re.MULTILINE)
    assert sorted(sections) == sorted(CODES)


def test_the_readme_is_short() -> None:
    """Newcomers read top-down and stop early: the reference lives in docs/."""
    lines = len(README.splitlines())
    assert lines < README_MAX_LINES, f"README.md has {lines} lines; move reference text to docs/"


def test_the_readme_links_every_doc_page() -> None:
    linked = {(README_PATH.parent / target.split("#", 1)[0]).resolve() for target in _LINK.findall(README)}
    assert [page.name for page in PAGES[1:] if page.resolve() not in linked] == []


def without_code(markdown: str) -> str:
    """The text outside fenced blocks and inline code, where links and headings are what they look like."""
    return re.sub(r"`[^`\n]*`", "", _FENCED.sub("", markdown))


def github_slug(heading: str) -> str:
    """GitHub's anchor for a heading: lowercase, punctuation but hyphens and spaces dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """The anchors GitHub makes for a page's headings; a repeated heading gets -1, -2, ..."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for heading in re.findall(r"^#{1,6} +(.+?) *#*$", _FENCED.sub("", page.read_text(encoding="utf-8")), re.M):
        slug = github_slug(heading)
        found.add(f"{slug}-{seen[slug]}" if slug in seen else slug)
        seen[slug] = seen.get(slug, 0) + 1
    return found


def broken_links(page: Path) -> list[str]:
    """The page's relative links whose file does not exist, or whose #anchor names no heading of it."""
    broken = []
    for target in _LINK.findall(without_code(page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):
            continue  # https:, mailto: and the like: not this repository's
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        if not linked.is_file():
            broken.append(f"{target}: no such file")
        elif anchor and anchor not in anchors(linked):
            broken.append(f"{target}: no heading with that anchor in {linked.name}")
    return broken


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_relative_links_resolve(page: Path) -> None:
    assert broken_links(page) == []


def test_github_slugs() -> None:
    assert github_slug("Keeping v0.1's strictness") == "keeping-v01s-strictness"
    assert github_slug("Encodings, line endings and comments") == "encodings-line-endings-and-comments"
    assert github_slug("FF101: an import, masked") == "ff101-an-import-masked"
    assert github_slug("`flake8_failfast/judge/` and *why*") == "flake8_failfastjudge-and-why"
    assert github_slug("pre-commit") == "pre-commit"
