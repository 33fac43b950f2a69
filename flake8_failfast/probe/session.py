"""The pytest side of the probe: record for the whole session, summarise, fail it under `strict`."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from flake8_failfast.pipeline import Settings
from flake8_failfast.probe.recorder import Recorder
from flake8_failfast.probe.report import Finding, counts, display_path, finding_of, text_line
from flake8_failfast.probe.watchlist import Watchlist, under_roots


class SessionProbe:
    """Watches the handlers of the files under the rootdir (not virtualenvs or installed packages)."""

    def __init__(self, config: pytest.Config, strict: bool, settings: Callable[[], Settings] | None = None) -> None:
        self.strict = strict
        self.settings = settings or _flake8_settings
        self.recorder = Recorder(Watchlist(under_roots([str(config.rootpath)])))
        self.problem = self.recorder.start()
        self.findings: list[Finding] = []
        self.unwatched: list[str] = []

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.recorder.stop()
        caught = self.recorder.caught()
        settings = self.settings() if caught else Settings()
        self.findings = [finding_of(c, settings) for c in caught]
        self.unwatched = self.recorder.unwatched()
        broken, _ = counts(self.findings)
        if self.strict and (broken or self.problem) and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if self.problem is not None:
            terminalreporter.write_sep("=", "failfast imports summary", yellow=True)
            terminalreporter.write_line(f"could not watch the handlers: {self.problem}")
            return
        if not self.findings and not self.unwatched:
            return
        broken, absent = counts(self.findings)
        terminalreporter.write_sep("=", "failfast imports summary", red=bool(broken), yellow=not broken)
        for finding in self.findings:
            terminalreporter.write_line(text_line(finding))
        if self.unwatched:
            terminalreporter.write_line(
                f"not watched on Python {sys.version_info[0]}.{sys.version_info[1]} (imported before the session "
                f"or by pytest's assertion rewriting): {', '.join(display_path(path) for path in self.unwatched)}"
            )
        if self.findings:
            outcome = " (the session fails: --failfast-imports=strict)" if broken and self.strict else ""
            terminalreporter.write_line(
                f"{len(self.findings)} handlers caught an exception: "
                f"{broken} broken, {absent} absent (expected){outcome}"
            )


def _flake8_settings() -> Settings:
    """What can be absent, as the flake8 config in the working directory says; the defaults when it cannot be read."""
    from flake8_failfast.cli import config_settings

    try:
        return config_settings()
    except ValueError:
        return Settings()
