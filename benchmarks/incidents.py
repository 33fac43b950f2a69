"""Does the plugin report the real incidents of testdata/incidents/?

Each directory there rebuilds a public incident's shape as it was before the
masked import was fixed (a reconstruction written for the corpus, not the
project's code), and lists in EXPECTED the handlers a linter should report
(`path.py:LINE`, the line of the `except` or the `with`). This script runs the
real flake8 command on each directory, as a user would, and counts an incident
as reported when every expected place has a report on its line.

Exit status: 0 whatever the plugin finds; 2 when flake8 itself failed (a
status other than 0 or 1), after printing its error.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SELECT = "E9,FF101,FF102,FF201,FF202"
"""The plugin's default-on codes and flake8's E9: what a user gets by default."""

ALL_SELECT = "E9,FF"
"""Every FF code, the opt-in ones too."""

INCIDENTS = Path(__file__).resolve().parent.parent / "testdata" / "incidents"

REPORT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<message>.*)$")


@dataclass(frozen=True)
class Report:
    """One flake8 report, its path relative to the incident directory."""

    path: str
    line: int
    code: str
    message: str

    @property
    def place(self) -> str:
        """`path:line`, the form EXPECTED uses."""
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Outcome:
    """What flake8 reported for one incident, against what it should have."""

    name: str
    expected: tuple[str, ...]
    reports: tuple[Report, ...]

    def codes_at(self, place: str) -> list[str]:
        """The codes reported on an expected place, in order."""
        return [r.code for r in self.reports if r.place == place]

    @property
    def reported(self) -> bool:
        """Every expected place has a report: a user would have been told."""
        return bool(self.expected) and all(self.codes_at(place) for place in self.expected)

    @property
    def others(self) -> list[Report]:
        """Reports elsewhere: other handlers of the same files, or flake8's own E9."""
        return [r for r in self.reports if r.place not in self.expected]


class Flake8Failed(Exception):
    """flake8 exited with a status other than 0 (clean) or 1 (reports)."""


def flake8_executable() -> Path:
    """The flake8 command installed beside this interpreter, the one a user runs."""
    return Path(sys.executable).parent / "flake8"


def flake8_argv(select: str, empty_toml: Path) -> list[str]:
    """flake8 isolated from any config, with this selection, over the current directory.

    flake8-pyproject reads a project's `[tool.flake8]` even under `--isolated`;
    pointing its `--toml-config` at an empty file keeps it out. The option only
    exists when that plugin is installed.
    """
    argv = [str(flake8_executable()), "--isolated", f"--select={select}"]
    if importlib.util.find_spec("flake8p") is not None:
        argv.append(f"--toml-config={empty_toml}")
    argv += ["."]
    return argv


def parse_reports(stdout: str) -> list[Report]:
    """flake8's `path:line:col: CODE message` lines; paths lose their leading `./`."""
    reports = []
    for text in stdout.splitlines():
        match = REPORT_LINE.match(text)
        if match is None:
            continue
        path = match["path"].replace("\\", "/")
        while path.startswith("./"):
            path = path[2:]
        reports.append(Report(path, int(match["line"]), match["code"], match["message"]))
    return reports


def read_expected(directory: Path) -> tuple[str, ...]:
    """The places listed in a directory's EXPECTED, blank lines and `#` comments skipped."""
    lines = (directory / "EXPECTED").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.strip().startswith("#"))


def run_incident(directory: Path, argv: Sequence[str]) -> Outcome:
    """Run flake8 in the incident's directory, as its project root."""
    result = subprocess.run(list(argv), cwd=directory, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise Flake8Failed(
            f"flake8 exited with status {result.returncode} in {directory.name}:\n{result.stderr or result.stdout}"
        )
    return Outcome(directory.name, read_expected(directory), tuple(parse_reports(result.stdout)))


def incident_dirs(root: Path) -> list[Path]:
    """The incident directories (those holding an EXPECTED), in name order."""
    return sorted(path.parent for path in root.glob("*/EXPECTED"))


def describe(outcome: Outcome) -> str:
    """One line: name, reported or not, codes at the expected places, other reports."""
    found = "; ".join(f"{place} {','.join(outcome.codes_at(place)) or '-'}" for place in outcome.expected)
    others = ", ".join(f"{r.place} {r.code}" for r in outcome.others) or "none"
    verdict = "yes" if outcome.reported else "no"
    return f"{outcome.name}: reported {verdict}; expected {found}; other reports: {others}"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--select", default=DEFAULT_SELECT, help=f"flake8 --select for every run (default {DEFAULT_SELECT})"
    )
    parser.add_argument("--all", action="store_true", help=f"every FF code: --select={ALL_SELECT}")
    parser.add_argument(
        "root", nargs="?", type=Path, default=INCIDENTS, help="the directory of incidents (default testdata/incidents)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run every incident, print one line each and a summary; 2 if flake8 failed."""
    args = parse_args(argv)
    select: str = ALL_SELECT if args.all else args.select
    root: Path = args.root.resolve()
    directories = incident_dirs(root)
    reported = 0
    with tempfile.TemporaryDirectory() as scratch:
        empty_toml = Path(scratch, "empty.toml")
        empty_toml.write_text("", encoding="utf-8")
        command = flake8_argv(select, empty_toml)
        for directory in directories:
            try:
                outcome = run_incident(directory, command)
            except Flake8Failed as error:
                print(error, file=sys.stderr)
                return 2
            reported += outcome.reported
            print(describe(outcome))
    print(f"reported {reported} of {len(directories)} incidents (selection {select})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
