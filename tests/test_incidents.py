"""The project's own corpus of public incidents: every one inside the rules is reported by default.

Each directory of testdata/incidents/ is a reconstruction, written for this
corpus, of the shape a project had before a masked import hurt its users (paths,
names, requirements, handler and uses; not the project's code);
`benchmarks/incidents.py` runs the real flake8 on it. The incidents the rules
cannot see are named here and in the corpus README, so a new one missed is a
failure and one newly caught is noticed too.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import incidents  # noqa: E402

from helpers import TESTDATA  # noqa: E402

OUTSIDE_THE_RULES = {
    "autonomous_dev_skipped_tests": "the module is found through sys.path manipulation",
    "msal_bare_except_urlparse": "an alternative import in a catch-all is a real fallback",
    "openfisca_run_test_country_package": "the handler calls a helper that logs and exits",
    "inductiva_optional_deps": "a decision inside a function (the failure is recorded as missing) is not followed",
    "iris_gdal_tests_skipped": "a flag a skip decorator reads is a decision, never reported",
    "nikola_webassets_bundles": "every use is guarded: FF103, off by default",
}
CORPUS = incidents.incident_dirs(TESTDATA / "incidents")
RECONSTRUCTION_HEADER = "# Reconstruction for flake8-failfast's incident corpus: "
"""How every file of the corpus starts (after an optional BOM): no file is a copy of a project's code."""


def test_the_corpus_holds_at_least_twenty_one_incidents_each_with_its_source() -> None:
    readme = (TESTDATA / "incidents" / "README.md").read_text(encoding="utf-8")
    assert len(CORPUS) >= 21
    for directory in CORPUS:
        assert f"| {directory.name} | https://" in readme, directory.name
        assert incidents.read_expected(directory), directory.name
    assert set(OUTSIDE_THE_RULES) <= {d.name for d in CORPUS}


@pytest.mark.parametrize("directory", CORPUS, ids=[d.name for d in CORPUS])
def test_incident_is_reported_by_the_default_selection_unless_outside_the_rules(directory: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        empty = Path(scratch) / "empty.toml"
        empty.write_text("")
        outcome = incidents.run_incident(directory, incidents.flake8_argv(incidents.DEFAULT_SELECT, empty))
    assert not [r for r in outcome.reports if r.code.startswith("E9")], outcome.reports
    if directory.name in OUTSIDE_THE_RULES:
        assert not outcome.reported, "now reported: remove it from OUTSIDE_THE_RULES and the README's limits"
    else:
        missing = [place for place in outcome.expected if not outcome.codes_at(place)]
        assert missing == [], incidents.describe(outcome)


@pytest.mark.parametrize("directory", CORPUS, ids=[d.name for d in CORPUS])
def test_every_file_of_the_incident_is_a_marked_reconstruction(directory: Path) -> None:
    files = [
        path
        for path in sorted(directory.rglob("*"))
        if path.is_file() and path.name != "EXPECTED" and "__pycache__" not in path.parts
    ]
    assert files, directory.name
    for path in files:
        first = path.read_text(encoding="utf-8-sig").partition("\n")[0]
        assert first.startswith(RECONSTRUCTION_HEADER), path.relative_to(directory)
        assert first.endswith("; not the project's code."), path.relative_to(directory)
