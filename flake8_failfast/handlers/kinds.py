"""What a handler can bind a name to, and the names that decide it: shared by the analysis and the fixer."""

from __future__ import annotations

import builtins
import enum
from typing import NamedTuple

from flake8_failfast.codes import Outcome

TERMINATORS = frozenset(
    {
        "sys.exit", "exit", "quit", "os._exit", "os.abort",
        "pytest.skip", "pytest.fail", "pytest.exit", "pytest.importorskip",
    }
)
"""Calls that end the program or the test: a handler path that makes one leaves nothing behind."""

MOCKS = frozenset({"Mock", "MagicMock", "NonCallableMock", "AsyncMock"})
RAISING_HOOKS = frozenset({"__getattr__", "__getattribute__", "__call__", "__init__", "__new__"})
"""Methods through which a placeholder class raises when it is used."""

BUILTIN_EXCEPTIONS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)


class Kind(enum.Enum):
    NONE = Outcome.NONE
    STUB = Outcome.STUB
    DEFERRED = Outcome.DEFERRED
    REAL = None


class Binding(NamedTuple):
    kind: Kind
    is_class: bool = False


REAL = Binding(Kind.REAL)
Env = dict[str, Binding]
"""One path's bindings so far: each handler-bound name and what it is."""


def is_exception_name(dotted: str) -> bool:
    """A base class named like an exception: subclassing it makes a complete exception, no stub."""
    name = dotted.rsplit(".", 1)[-1]
    return name in BUILTIN_EXCEPTIONS or name.endswith(("Error", "Exception", "Warning"))
