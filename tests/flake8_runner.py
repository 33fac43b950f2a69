"""Runs the real flake8 executable of the running interpreter's environment."""

from __future__ import annotations

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
