"""One report per code of one handler: the whole-handler rules first, then the masked names by code."""

from __future__ import annotations

from collections.abc import Sequence

from flake8_failfast.candidates import Candidate
from flake8_failfast.codes import code_for, format_message
from flake8_failfast.handlers.sites import HandlerVerdict
from flake8_failfast.judge.hazards import FileJudge, Judged, Report
from flake8_failfast.judge.whole_handler import discovery_report, skip_report, star_export_report


def reports_of(judge: FileJudge, candidate: Candidate, verdict: HandlerVerdict) -> list[Report]:
    """One report per code of one handler, with the names that matter and the reason."""
    special = (
        discovery_report(judge, candidate, verdict)
        or star_export_report(judge, candidate, verdict)
        or skip_report(judge, candidate, verdict)
    )
    if special is not None:
        return [special]
    everything = judge.judge(candidate, verdict)
    shown = [j for j in everything if j.shown]
    by_code: dict[str, list[Judged]] = {}
    for judged in shown or everything:
        by_code.setdefault(code_for(judged.masked.outcome, judged.severity), []).append(judged)
    reports = []
    for code in sorted(by_code):
        group = by_code[code]
        modules = list(dict.fromkeys(m for j in group for m in j.modules))
        names = [(j.masked.name, j.masked.outcome) for j in group if j.shown]
        why = _first_reason(group)
        reports.append(Report(verdict.index, code, format_message(code, modules, names, why)))
    return reports


def _first_reason(group: Sequence[Judged]) -> str:
    """The reason to show: a catch-all or export before a use, the earliest use line first."""
    reasons = [j.why for j in group]
    for prefix in ("catch-all", "exported"):
        for reason in reasons:
            if reason.startswith(prefix):
                return reason
    uses = [r for r in reasons if r.startswith("first used unguarded at line ")]
    if uses:
        return min(uses, key=lambda r: int(r.rsplit(" ", 1)[1]))
    return reasons[0]
