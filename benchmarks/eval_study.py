"""The judged study's two figures: hazards still reported, intended findings still reported.

Reads the study file (`site_packages_judgments.tsv`: every default finding of
0.1.0 on the installed packages, each judged by hand), runs the real flake8
with the default selection over the files it names, and counts which judged
locations the default codes still report. Class H rows are hazards; O, A and
P rows are intended; W rows are the plugin's own errors.

    python benchmarks/eval_study.py STUDY.tsv [--site-packages DIR] [--show reported|quiet|all]

Exit status 1 when a hazard is no longer reported.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import sysconfig
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from corpus import flake8_argv

DEFAULT_SELECT = "FF101,FF102,FF201,FF202"
HAZARD = "H"
INTENDED = frozenset({"O", "A", "P"})


@dataclass(frozen=True)
class Row:
    path: str
    line: int
    judged: str
    reason: str


def base_site_packages() -> Path:
    """The base interpreter's site-packages (the study's), also when run from a virtualenv."""
    base = {"base": sys.base_prefix, "platbase": sys.base_exec_prefix}
    return Path(sysconfig.get_paths(vars=base)["purelib"])


def read_study(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    study = []
    for row in rows:
        location, line = row["location"].rsplit(":", 1)
        study.append(Row(location, int(line), row["class"], row["reason"]))
    return study


def default_reports(site_packages: Path, files: list[str]) -> dict[tuple[str, int], list[str]]:
    """Run flake8 with the default FF codes (and nothing else) over the files, from site-packages."""
    with tempfile.TemporaryDirectory() as empty:
        empty_toml = Path(empty, "empty.toml")
        empty_toml.write_text("", encoding="utf-8")
        argv = [*flake8_argv(empty_toml), f"--select={DEFAULT_SELECT}", *sorted(set(files))]
        result = subprocess.run(argv, cwd=site_packages, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"flake8 failed ({result.returncode}): {result.stderr}")
    reports: dict[tuple[str, int], list[str]] = {}
    for line in result.stdout.splitlines():
        path, number, _col, message = line.split(":", 3)
        reports.setdefault((path, int(number)), []).append(message.strip())
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("study", type=Path)
    parser.add_argument("--site-packages", type=Path, default=base_site_packages())
    parser.add_argument("--show", choices=("reported", "quiet", "all"), default=None)
    args = parser.parse_args(argv)
    study = read_study(args.study)
    present = [row for row in study if (args.site_packages / row.path).is_file()]
    missing = len(study) - len(present)
    reports = default_reports(args.site_packages, [row.path for row in present])
    tally: Counter[tuple[str, bool]] = Counter()
    for row in present:
        found = reports.get((row.path, row.line), [])
        tally[(row.judged, bool(found))] += 1
        if args.show == "all" or (args.show == "reported") == bool(found) and args.show is not None:
            print(f"{row.judged} {row.path}:{row.line} {'REPORTED' if found else 'quiet'}")
            for message in found:
                print(f"    {message}")
            print(f"    judged: {row.reason}")
    hazards = sum(n for (judged, _), n in tally.items() if judged == HAZARD)
    hazards_reported = tally[(HAZARD, True)]
    intended = sum(n for (judged, _), n in tally.items() if judged in INTENDED)
    intended_reported = sum(n for (judged, found), n in tally.items() if judged in INTENDED and found)
    errors_reported = sum(n for (judged, found), n in tally.items() if judged not in INTENDED | {HAZARD} and found)
    print(f"hazards reported by the default selection: {hazards_reported} of {hazards}")
    print(f"intended findings reported by the default selection: {intended_reported} of {intended}")
    print(f"plugin errors (W) still reported: {errors_reported}")
    if missing:
        print(f"rows whose file is not installed here: {missing}", file=sys.stderr)
    return 0 if hazards_reported == hazards else 1


if __name__ == "__main__":
    raise SystemExit(main())
