"""The pytest11 entry point: `pytest --failfast-imports[=strict]` reports the masked imports that failed.

Inert unless asked: this module imports nothing but pytest, and the probe
package (and its recorder) is loaded only when the option or the
`failfast_imports` ini value turns it on.
"""

from __future__ import annotations

import pytest

_OFF = frozenset({"", "false", "no", "off", "0"})
_REPORT = frozenset({"true", "yes", "on", "1", "report"})
_PLUGIN = "failfast-imports-session"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("failfast", "flake8-failfast")
    group.addoption(
        "--failfast-imports",
        nargs="?",
        const="report",
        default=None,
        choices=("report", "strict"),
        dest="failfast_imports",
        help=(
            "record every masking handler (try/except ImportError) that catches an exception during the "
            "session and list them in a summary; =strict also fails the session when one is broken "
            "(write --failfast-imports=MODE, or put the option after the paths)"
        ),
    )
    parser.addini("failfast_imports", "true, report or strict: as --failfast-imports (default: false)", default="")


def _mode(config: pytest.Config) -> str | None:
    """`report`, `strict`, or None (off); the command line wins over the ini value."""
    given = config.known_args_namespace.failfast_imports if hasattr(config, "known_args_namespace") else None
    if given is None:
        given = config.getoption("failfast_imports", None)
    if given is not None:
        return str(given)
    value = str(config.getini("failfast_imports")).strip().lower()
    if value in _OFF:
        return None
    if value in _REPORT:
        return "report"
    if value == "strict":
        return "strict"
    raise pytest.UsageError(f"failfast_imports: expected true, false, report or strict, not {value!r}")


def _start(config: pytest.Config) -> None:
    mode = _mode(config)
    if mode is None or config.pluginmanager.has_plugin(_PLUGIN):
        return
    from flake8_failfast.probe.session import SessionProbe

    config.pluginmanager.register(SessionProbe(config, strict=mode == "strict"), _PLUGIN)


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config) -> None:
    """As early as a plugin can start: before the root conftest.py files are imported."""
    _start(early_config)


def pytest_configure(config: pytest.Config) -> None:
    _start(config)
