"""The one table of codes: what each reports, whether it is on, its message."""

from __future__ import annotations

import enum
from dataclasses import dataclass


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


@dataclass(frozen=True)
class Code:
    code: str
    summary: str
    default_on: bool
    template: str


_MASKED = (
    "{code} failed import of {modules} is masked: {names}; "
    "let the ImportError propagate"
)
_SWALLOWED = (
    "{code} failed import of {modules} is silently swallowed: {names}; "
    "let the ImportError propagate"
)
_DEFERRED = (
    "{code} failed import of {modules} is deferred: {names}; "
    "let the ImportError propagate"
)

CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code("FF101", "failed first-party import masked by None or a stub", True, _MASKED),
        Code("FF102", "failed third-party import masked by None or a stub", True, _MASKED),
        Code("FF103", "failed standard-library import masked by None or a stub", True, _MASKED),
        Code("FF201", "failed first-party import silently swallowed, names left unbound", True, _SWALLOWED),
        Code("FF202", "failed third-party import silently swallowed, names left unbound", False, _SWALLOWED),
        Code("FF203", "failed standard-library import silently swallowed, names left unbound", False, _SWALLOWED),
        Code("FF301", "failure deferred to a placeholder that raises only when used (any origin)", False, _DEFERRED),
    )
}

DEFAULT_OFF: tuple[str, ...] = tuple(c.code for c in CODES.values() if not c.default_on)

_ORIGIN_DIGIT = {Origin.FIRST_PARTY: "1", Origin.THIRD_PARTY: "2", Origin.STDLIB: "3"}
MAX_NAMES_SHOWN = 3


def code_for(outcome: Outcome, origin: Origin) -> str:
    """The code a masked name belongs to: the outcome picks the family, the origin the digit."""
    if outcome is Outcome.DEFERRED:
        return "FF301"
    family = "FF20" if outcome is Outcome.UNBOUND else "FF10"
    return family + _ORIGIN_DIGIT[origin]


def format_message(
    code: str, modules: list[str], names: list[tuple[str, Outcome]]
) -> str:
    """Render one report: the modules, at most three names grouped by outcome, the remedy."""
    order = list(Outcome)
    shown = sorted(names, key=lambda pair: order.index(pair[1]))[:MAX_NAMES_SHOWN]
    groups: list[tuple[Outcome, list[str]]] = []
    for name, outcome in shown:
        if groups and groups[-1][0] is outcome:
            groups[-1][1].append(name)
        else:
            groups.append((outcome, [name]))
    described = ", ".join(
        f"{', '.join(repr(n) for n in group)} {outcome.value}" for outcome, group in groups
    )
    hidden = len(names) - len(shown)
    if hidden:
        described += f" and {hidden} more"
    return CODES[code].template.format(
        code=code,
        modules=", ".join(repr(m) for m in modules),
        names=described,
    )
