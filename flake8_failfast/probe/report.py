"""What a probe found, as records the command and the pytest plugin print alike."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, NamedTuple

from flake8_failfast.judge.origin import classifier_for
from flake8_failfast.pipeline import Settings
from flake8_failfast.probe.recorder import Caught
from flake8_failfast.probe.verdict import Kind, absolute_modules, judge
from flake8_failfast.probe.watchlist import WatchedHandler


class Finding(NamedTuple):
    """One handler that caught something: what, where from, and the verdict."""

    path: str
    line: int
    col: int
    modules: tuple[str, ...]
    exception: str
    message: str
    name: str | None
    raised_at: str
    verdict: str
    reason: str
    times: int

    @property
    def broken(self) -> bool:
        return self.verdict == Kind.BROKEN.value

    @property
    def key(self) -> tuple[str, int, int]:
        return self.path, self.line, self.col


def finding_of(caught: Caught, settings: Settings) -> Finding:
    handler: WatchedHandler = caught.handler
    classifier = classifier_for(handler.path, settings.first_party, settings.optional_modules, settings.min_python)
    verdict = judge(caught, settings)
    return Finding(
        handler.path,
        handler.line,
        handler.col,
        tuple(absolute_modules(classifier, handler.sites)),
        caught.exception,
        caught.message,
        caught.name,
        caught.raised_at,
        verdict.kind.value,
        verdict.reason,
        caught.times,
    )


def display_path(path: str, cwd: str | None = None) -> str:
    """Relative to the working directory when under it, as flake8 shows paths."""
    cwd = cwd or os.getcwd()
    return os.path.relpath(path, cwd) if path.startswith(os.path.join(cwd, "")) else path


def _place(where: str) -> str:
    path, _, line = where.rpartition(":")
    return f"{display_path(path)}:{line}" if path else where


def text_line(finding: Finding) -> str:
    """flake8's `path:line:col: message` shape (the column 1-based)."""
    modules = ", ".join(finding.modules) or "?"
    details = [f"exc.name={finding.name!r}" if finding.name is not None else ""]
    details.append(f"raised at {_place(finding.raised_at)}")
    if finding.times > 1:
        details.append(f"caught {finding.times} times")
    return (
        f"{display_path(finding.path)}:{finding.line}:{finding.col + 1}: {finding.verdict}: {finding.reason}; "
        f"importing {modules}: {finding.exception}: {finding.message} ({'; '.join(d for d in details if d)})"
    )


def as_json(finding: Finding) -> dict[str, Any]:
    return finding._asdict()


def from_json(data: dict[str, Any]) -> Finding:
    return Finding(**{**data, "modules": tuple(data["modules"])})


def counts(findings: Iterable[Finding]) -> tuple[int, int]:
    """(broken, absent or otherwise expected)."""
    found = list(findings)
    broken = sum(f.broken for f in found)
    return broken, len(found) - broken
