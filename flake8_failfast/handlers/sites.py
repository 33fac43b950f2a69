"""What the handlers' analysis concludes, as plain data: what the judge, the fixer and the probe read.

The plugin's records are NamedTuples, not dataclasses: every flake8 process
imports them, and creating a dataclass costs about half a millisecond.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from flake8_failfast.codes import Outcome

DYNAMIC = "<dynamic>"
"""Module name recorded for `import_module(<not a literal>)`: third-party by rule."""


def dotted_prefixes(module: str) -> list[str]:
    """`a`, `a.b`, `a.b.c` for `a.b.c`: the packages an import of it imports on the way."""
    parts = module.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts) + 1)]


class ImportSite(NamedTuple):
    """One import in the try body: the module, the names it binds, and how.

    `attribute` is the name a `from module import attribute` takes from the
    module; it is empty for `import module` and for `from . import module`.
    """

    module: str
    names: tuple[str, ...] = ()
    attribute: str = ""

    @property
    def from_import(self) -> bool:
        return bool(self.attribute)


class Binder(enum.Enum):
    """What binds a masked name when the import works: an import, other code of the try, or only the handler."""

    IMPORT = "import"
    TRY_BODY = "try body"
    HANDLER = "handler"


class MaskedName(NamedTuple):
    """A name a handler leaves masked, and the imports whose failure it stands for."""

    name: str
    outcome: Outcome
    sites: tuple[ImportSite, ...]
    bound_by: Binder = Binder.IMPORT

    @property
    def modules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(site.module for site in self.sites))

    @property
    def by_import(self) -> bool:
        return self.bound_by is Binder.IMPORT


class HandlerVerdict(NamedTuple):
    """What one handler (index -1: a `suppress` block) leaves behind.

    `real_fallbacks` names the try body's names that get a real fallback on
    some path (an alternative import, an implementation): a fixer must leave
    such a handler to a person. A flag or a helper import is no fallback.
    `left_unbound` holds the try body's names that a handler which is not
    silent leaves unbound: masked all the same when the module cannot be
    absent, or when the handler only sets flags that nothing reads.
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index, which nothing calls
    silent: bool
    masked: tuple[MaskedName, ...]
    real_fallbacks: tuple[str, ...] = ()
    left_unbound: tuple[MaskedName, ...] = ()


PathEnv = Mapping[str, "Outcome | None"]
"""What one path through a handler binds: each name's masking outcome, None for a real binding."""


def handler_verdict(
    index: int,
    silent: bool,
    envs: Sequence[PathEnv],
    body_names: Mapping[str, ImportSite | None],
    handler_names: Iterable[str],
    every_site: tuple[ImportSite, ...],
    prebound: Mapping[str, bool],
) -> HandlerVerdict:
    """The verdict on one handler from the paths through it.

    `body_names` are the try body's names (with the import that binds each),
    `handler_names` the ones the handler binds, in order.
    """
    masked: list[MaskedName] = []
    left_unbound: list[MaskedName] = []
    real: list[str] = []
    for name in dict.fromkeys([*body_names, *handler_names]):
        outcome, has_real = _outcome(name, envs, silent, prebound)
        if has_real and name in body_names:
            real.append(name)
        site = body_names.get(name)
        sites = (site,) if site is not None else every_site
        binder = Binder.IMPORT if site else Binder.TRY_BODY if name in body_names else Binder.HANDLER
        if outcome is not None:
            masked.append(MaskedName(name, outcome, sites, binder))
        elif not silent and name in body_names:
            unbound, _ = _outcome(name, envs, True, prebound)
            if unbound is not None:
                left_unbound.append(MaskedName(name, unbound, sites, binder))
    return HandlerVerdict(index, silent, tuple(masked), tuple(real), tuple(left_unbound))


def _outcome(
    name: str, envs: Sequence[PathEnv], silent: bool, prebound: Mapping[str, bool]
) -> tuple[Outcome | None, bool]:
    """The most serious masking outcome of `name` over the paths, and whether any path is real."""
    outcomes: set[Outcome] = set()
    real = False
    for env in envs:
        if name in env:
            outcome = env[name]
            if outcome is None:
                real = True
            else:
                outcomes.add(outcome)
        elif silent:
            if name not in prebound:
                outcomes.add(Outcome.UNBOUND)
            elif prebound[name]:
                outcomes.add(Outcome.NONE)
    worst = next((o for o in Outcome if o in outcomes), None)
    return worst, real
