"""The stages import one way: the package's folders tell the pipeline, and a lint never pays for libcst."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import TESTDATA

PACKAGE = Path(__file__).resolve().parent.parent / "flake8_failfast"


def modules_of(stage: str) -> list[Path]:
    return sorted((PACKAGE / stage).glob("*.py"))


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of its code, as absolute dotted names."""
    package = "flake8_failfast." + ".".join(path.relative_to(PACKAGE).parent.parts)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}".rstrip(".")
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def offending_imports(stage: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in modules_of(stage)
        for name in imported_modules(path)
        if any(name == banned or name.startswith(banned + ".") for banned in forbidden)
    )


@pytest.mark.parametrize("stage", ["handlers", "judge"])
def test_analysis_stages_never_import_the_fixer_or_the_probe(stage: str) -> None:
    assert modules_of(stage)
    assert offending_imports(stage, ("flake8_failfast.fix", "flake8_failfast.probe")) == []


def test_only_the_fixer_imports_libcst() -> None:
    """The lint reads flake8's `ast` tree; libcst is for the fixer, which must keep every comment."""
    offending = sorted(
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        if "fix" not in path.relative_to(PACKAGE).parts
        for name in imported_modules(path)
        if name == "libcst" or name.startswith("libcst.")
    )
    assert offending == []


def test_the_judge_reads_only_the_plain_records_of_the_handlers_stage() -> None:
    """`handlers.sites`, what the analysis gives, may cross over; how it reads a handler may not."""
    handlers_stage = tuple(
        f"flake8_failfast.handlers.{path.stem}"
        for path in modules_of("handlers")
        if path.stem not in ("__init__", "sites")
    )
    assert handlers_stage
    assert offending_imports("judge", handlers_stage) == []


def test_a_lint_of_every_fixture_loads_no_libcst() -> None:
    """Checked in a fresh interpreter running flake8, so an import through any chain of modules counts."""
    code = (
        "import sys\nfrom flake8.main.cli import main\n"
        f"code = main(['--isolated', '--extend-select=FF', {str(TESTDATA)!r}])\n"
        "print('libcst' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert ": FF101 " in result.stdout
    assert result.stdout.splitlines()[-1] == "False"


def test_only_the_cli_and_the_pytest_entry_point_import_the_probe() -> None:
    allowed = {PACKAGE / "cli.py", PACKAGE / "pytest_plugin.py"}
    offending = sorted(
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        if path not in allowed and "probe" not in path.relative_to(PACKAGE).parts
        for name in imported_modules(path)
        if name == "flake8_failfast.probe" or name.startswith("flake8_failfast.probe.")
    )
    assert offending == []


COSTLY_IMPORTS = ("libcst", "hashlib", "dataclasses")
"""Modules a one-file lint must not load for the plugin: each costs milliseconds that flake8 alone does not pay."""


def test_a_one_file_lint_imports_nothing_costly_beyond_flake8(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_bytes((TESTDATA / "websocket_core" / "__init__.py").read_bytes())
    script = (
        "import sys\nimport flake8.main.cli, flake8.checker, pycodestyle, pyflakes.checker\n"
        "before = set(sys.modules)\n"
        "flake8.main.cli.main(['--isolated', 'a.py'])\n"
        f"print('imported:', sorted((set(sys.modules) - before) & set({COSTLY_IMPORTS!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert ": FF102 " in result.stdout
    assert result.stdout.splitlines()[-1] == "imported: []"
