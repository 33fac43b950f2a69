"""Runs the real flake8 executable of the running interpreter's environment, on files the tests write."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT / "testdata"


def flake8_executable() -> str:
    """The `flake8` script installed beside this interpreter (the one pip put there)."""
    found = shutil.which("flake8", path=str(Path(sys.executable).parent))
    if found is None:
        raise RuntimeError("flake8 is not installed beside the running interpreter")
    return found


def run_flake8(
    *args: str, cwd: Path = ROOT, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [flake8_executable(), *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def write_tree(root: Path, files: dict[str, str]) -> None:
    """Writes each text of `files` under `root` at its relative path, making the directories."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def syntax_error_report(source: str) -> str:
    """flake8's E999 for `source`: the interpreter's own error, its offset shifted by one as flake8 prints it."""
    try:
        ast.parse(source)
    except SyntaxError as error:
        assert error.lineno is not None and error.offset is not None
        return f"{error.lineno}:{error.offset + 1}: E999 {type(error).__name__}: {error.args[0]}"
    raise AssertionError(f"the running Python parses {source!r}")


def add_first_party_sources(directory: Path, source: bytes) -> None:
    """Python source for each module `source` imports relatively, so that it cannot be absent.

    The fixer fixtures import made-up first-party modules; written beside the
    fixture (empty, except for the package's `__init__.py`), they are the
    package's own source, as in a real project.
    """
    import ast

    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom) or node.level != 1:
            continue
        modules = [node.module] if node.module else [alias.name for alias in node.names if alias.name != "*"]
        for module in modules:
            path = directory.joinpath(*module.split("."))
            for parent in reversed(path.relative_to(directory).parents[:-1]):
                (directory / parent).mkdir(exist_ok=True)
                (directory / parent / "__init__.py").touch()
            path.with_suffix(".py").touch()
