"""The README, the rules page and the changelog tell the truth about the codes."""

from __future__ import annotations

import ast
import re

import pytest

from flake8_failfast.codes import CODES, DEFAULT_ON
from flake8_failfast.pipeline import Settings, check, split_lines
from helpers import DOCS, ROOT, markdown_section

README_PATH = ROOT / "README.md"
README = README_PATH.read_text(encoding="utf-8")
RULES = (DOCS / "rules.md").read_text(encoding="utf-8")
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
_ROW = re.compile(r"^\| (FF\d{3}) \| (.+?) \| (on|off) \|$", re.MULTILINE)


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
