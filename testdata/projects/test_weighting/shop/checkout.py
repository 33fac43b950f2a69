"""Not misread: code that never runs, a helper that never returns, an import beyond the top-level package."""
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    try:
        from shop.cart import total
    except ImportError:
        total = None


def fail(message: str) -> NoReturn:
    raise SystemExit(message)


try:
    from shop.cart import total
except ImportError:
    fail("shop is broken: cart.py does not import")

try:
    from ... import settings
except ImportError:  # expect: 1: FF103 failed import of '...settings' is masked: 'settings' set to None; '...settings' reaches beyond the top-level package; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    settings = None

__all__ = ["total"]
