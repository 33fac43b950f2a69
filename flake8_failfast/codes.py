"""The one table of codes: what each reports, whether it is on, its message.

The hundreds say what the handler leaves behind (1: None or a stub,
2: nothing, the failure swallowed, 3: a placeholder that raises later); the
last digit says why it matters: 1 the module cannot be absent on a healthy
install, 2 it can be absent by design but the masking can hurt, 3 it can be
absent by design and every use is handled.
"""

from __future__ import annotations

import enum
from typing import NamedTuple


class Origin(enum.IntEnum):
    """Where a module comes from; a higher value is a more serious masking."""

    STDLIB = 1
    THIRD_PARTY = 2
    FIRST_PARTY = 3


class Outcome(enum.Enum):
    """What a handler leaves a name bound to, on a path that does not raise."""

    NONE = "set to None"
    STUB = "bound to a do-nothing stub"
    DEFERRED = "bound to a placeholder that raises only when used"
    UNBOUND = "left unbound"


class Severity(enum.Enum):
    """Can the import fail on a healthy install, and if so, can its masking hurt?"""

    CANNOT_BE_ABSENT = "1"
    HURTS = "2"
    HANDLED = "3"


class Code(NamedTuple):
    code: str
    summary: str
    default_on: bool
    template: str


_PROPAGATE = "let the ImportError propagate"
_HANDLED = "re-raise unless exc.name is the missing module, to fail fast when it is installed but broken"

CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code(
            "FF101",
            "import that cannot fail on a healthy install masked by None or a stub",
            True,
            "{code} failed import of {modules} is masked{names}; {why}; " + _PROPAGATE,
        ),
        Code(
            "FF102",
            "optional import masked by None or a stub where it can hurt (unguarded use, export, catch-all)",
            True,
            "{code} failed import of {modules} is masked{names}; {why}; " + _PROPAGATE,
        ),
        Code(
            "FF103",
            "optional import masked by None or a stub, every use guarded",
            False,
            "{code} failed import of {modules} is masked{names}; {why}; " + _HANDLED,
        ),
        Code(
            "FF201",
            "import that cannot fail on a healthy install silently swallowed",
            True,
            "{code} failed import of {modules} is silently swallowed{names}; {why}; " + _PROPAGATE,
        ),
        Code(
            "FF202",
            "optional import silently swallowed where it can hurt (unguarded use, export, catch-all)",
            True,
            "{code} failed import of {modules} is silently swallowed{names}; {why}; " + _PROPAGATE,
        ),
        Code(
            "FF203",
            "optional import silently swallowed, every use guarded",
            False,
            "{code} failed import of {modules} is silently swallowed{names}; {why}; " + _HANDLED,
        ),
        Code(
            "FF301",
            "failure deferred to a placeholder that raises only when used (any module)",
            False,
            "{code} failed import of {modules} is deferred{names}; " + _PROPAGATE,
        ),
    )
}

DEFAULT_OFF: tuple[str, ...] = tuple(c.code for c in CODES.values() if not c.default_on)
DEFAULT_ON: tuple[str, ...] = tuple(c.code for c in CODES.values() if c.default_on)
MAX_NAMES_SHOWN = 3


def code_for(outcome: Outcome, severity: Severity) -> str:
    """The outcome picks the family, the severity the last digit."""
    if outcome is Outcome.DEFERRED:
        return "FF301"
    family = "FF20" if outcome is Outcome.UNBOUND else "FF10"
    return family + severity.value


def format_message(code: str, modules: list[str], names: list[tuple[str, Outcome]], why: str = "") -> str:
    """Render one report: the modules, at most three names grouped by outcome, why it matters, the remedy."""
    order = list(Outcome)
    shown = sorted(names, key=lambda pair: order.index(pair[1]))[:MAX_NAMES_SHOWN]
    groups: list[tuple[Outcome, list[str]]] = []
    for name, outcome in shown:
        if groups and groups[-1][0] is outcome:
            groups[-1][1].append(name)
        else:
            groups.append((outcome, [name]))
    described = ", ".join(f"{', '.join(repr(n) for n in group)} {outcome.value}" for outcome, group in groups)
    hidden = len(names) - len(shown)
    if hidden:
        described += f" and {hidden} more"
    return CODES[code].template.format(
        code=code,
        modules=", ".join(repr(m) for m in modules),
        names=f": {described}" if described else "",
        why=why,
    )
