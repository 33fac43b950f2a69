"""What the plugin adds to one `flake8 FILE` process: an editor's or a hook's lint of one file.

Editors and pre-commit start a new flake8 for each lint of a file or a few, so
the figure that matters is the whole process. Two virtualenvs hold the same
flake8, one without the plugin and one with it (installed from this checkout);
their runs alternate (ABBA), each run's CPU time (user + system of the child)
is taken, and the medians are compared.

    python benchmarks/bench_one_file.py [--runs N] [--venvs DIR] [FILE]

`--venvs DIR` keeps the two virtualenvs in DIR to reuse them next time
(default: a temporary directory, removed afterwards).

A second figure is sharper on a noisy machine: in the virtualenv with the
plugin, the CPU time of flake8's `main()` alone (interpreter start and exit
left out), with the plugin's entry point filtered out or not: the same
distributions installed on both sides.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from corpus import child_cpu_seconds

ROOT = Path(__file__).resolve().parent.parent
INCIDENT = ROOT / "testdata" / "websocket_core" / "__init__.py"


def make_venv(directory: Path, packages: Sequence[str]) -> Path:
    """A virtualenv at `directory` holding `packages`, made unless it is there; returns its Python."""
    python = directory / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(directory)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *packages], check=True)
    return python


def flake8_run(python: Path, file: Path) -> tuple[float, str]:
    """One whole `flake8 --isolated FILE` process (its script, so the working directory is not on its path)."""
    argv = [str(python.with_name("flake8.exe" if sys.platform == "win32" else "flake8")), "--isolated", str(file)]
    seconds, result = child_cpu_seconds(argv)
    if result.returncode not in (0, 1) or result.stderr:
        raise RuntimeError(f"{' '.join(argv)} failed: {result.stderr}")
    return seconds, result.stdout


_IN_PROCESS = """
import sys, time
mode = sys.argv.pop(1)
start = time.process_time()
from flake8.main.cli import main
from flake8.plugins import finder
if mode == "without":
    found = finder._find_importlib_plugins
    finder._find_importlib_plugins = lambda: (p for p in found() if p.package != "flake8-failfast")
main(sys.argv[1:])
sys.stderr.write(f"{time.process_time() - start}\\n")
"""


def in_process_seconds(python: Path, file: Path, mode: str) -> float:
    """CPU seconds of flake8's `main()` in one process of `python` (-I: the checkout must not shadow the install)."""
    result = subprocess.run(
        [str(python), "-I", "-c", _IN_PROCESS, mode, "--isolated", str(file)],
        capture_output=True, text=True, check=False,
    )
    return float(result.stderr.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", nargs="?", type=Path, default=INCIDENT, help="the file to lint")
    parser.add_argument("--runs", type=int, default=10, help="runs of each kind, alternated")
    parser.add_argument("--venvs", type=Path, help="keep the virtualenvs here, to reuse them")
    args = parser.parse_args(argv)
    flake8 = f"flake8=={metadata.version('flake8')}"

    with tempfile.TemporaryDirectory() as temporary:
        venvs = args.venvs or Path(temporary)
        pythons = {
            "without": make_venv(venvs / "without", [flake8]),
            "with": make_venv(venvs / "with", [flake8, str(ROOT)]),
        }
        times: dict[str, list[float]] = {"without": [], "with": []}
        outputs: set[str] = set()
        for run in range(args.runs):
            for kind in ("without", "with") if run % 2 == 0 else ("with", "without"):
                seconds, output = flake8_run(pythons[kind], args.file)
                times[kind].append(seconds)
                if kind == "with":
                    outputs.add(output)

        in_process: dict[str, list[float]] = {"without": [], "with": []}
        for run in range(args.runs):
            for mode in ("without", "with") if run % 2 == 0 else ("with", "without"):
                in_process[mode].append(in_process_seconds(pythons["with"], args.file, mode))

    if len(outputs) != 1:
        raise RuntimeError("the runs with the plugin reported differently")
    print(f"flake8 --isolated {args.file.name}, {flake8}, {args.runs} runs of each kind in turn, CPU (user + sys)")
    for kind, values in times.items():
        shown = ", ".join(f"{v:.3f}" for v in values)
        print(f"  {kind:<8} median {statistics.median(values):.3f} s  ({shown})")
    ratio = statistics.median(times["with"]) / statistics.median(times["without"])
    print(f"ratio with / without the plugin: {ratio:.2f}")
    alone, together = (statistics.median(in_process[mode]) for mode in ("without", "with"))
    print(
        f"flake8's main() in process, median of {args.runs}: without the plugin {alone * 1000:.1f} ms, "
        f"with it {together * 1000:.1f} ms (+{(together - alone) * 1000:.1f} ms, ratio {together / alone:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
