"""The project's own corpus of public incidents: every one inside the rules is reported by default.

Each directory of testdata/incidents/ reproduces a project as it was before a
masked import hurt its users; `benchmarks/incidents.py` runs the real flake8 on
it. The incidents the rules cannot see are named here and in the corpus
README, so a new one missed is a failure and one newly caught is noticed too.
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
}
CORPUS = incidents.incident_dirs(TESTDATA / "incidents")


def test_the_corpus_holds_at_least_fifteen_incidents_each_with_its_source() -> None:
    readme = (TESTDATA / "incidents" / "README.md").read_text(encoding="utf-8")
    assert len(CORPUS) >= 15
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
