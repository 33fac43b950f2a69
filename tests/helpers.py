"""The tests' shared scaffolding: the real flake8 of this environment, temporary packages, git repositories, docs."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT / "testdata"
LOOSE_MODULE = str(Path(tempfile.mkdtemp(prefix="failfast-no-project-")) / "mod.py")
"""A module in no project: no metadata above it, so the rules see neither requirements nor own packages.

The unit tests name their source this way; `mod.py` in the checkout would be judged by this project's own
pyproject.toml.
"""

DOCS = ROOT / "docs"


def markdown_section(page: Path, heading: str) -> str:
    """The text of the `## heading` section of a Markdown page, up to the next `## ` heading."""
    _, found, after = page.read_text(encoding="utf-8").partition(f"\n## {heading}\n")
    assert found, f"{page.name} has no '## {heading}' section"
    return after.split("\n## ", 1)[0]


def markdown_blocks(page: Path, heading: str, language: str) -> list[str]:
    """The fenced `language` code blocks of one `## heading` section of a Markdown page."""
    return re.findall(rf"```{language}\n(.*?)```", markdown_section(page, heading), flags=re.DOTALL)


def flake8_executable() -> str:
    """The `flake8` script installed beside this interpreter (the one pip put there)."""
    found = shutil.which("flake8", path=str(Path(sys.executable).parent))
    if found is None:
        raise RuntimeError("flake8 is not installed beside the running interpreter")
    return found


def run_flake8(
    *args: str, cwd: Path = ROOT, stdin: str | None = None, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [flake8_executable(), *args],
        cwd=cwd,
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def write_tree(root: Path, files: dict[str, str]) -> None:
    """Writes each text of `files` (dedented) under `root` at its relative path, making the directories."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def git_env() -> dict[str, str]:
    """This environment without GIT_* variables: a git hook running the suite must not point git elsewhere."""
    return {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run(["git", *args], cwd=repo, env=env or git_env(), check=True, capture_output=True, timeout=60)


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
