"""In tests, a skip hides a broken own module; an optional module used unguarded fails its test loudly."""
import pytest

try:
    from shop.cart import total
except ImportError:  # expect: 1: FF201 failed import of 'shop.cart' is silently swallowed: 'total' left unbound; 'shop.cart' cannot be absent, and the test is skipped instead of failing; let the ImportError propagate
    pytest.skip("cart not implemented yet", allow_module_level=True)

try:
    import orjson
except ImportError:  # expect: 1: FF103 failed import of 'orjson' is masked: 'orjson' set to None; 'orjson' is an optional dependency; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    orjson = None


def test_total():
    assert total([1, 2]) == 3


def test_dumps():
    assert orjson.dumps([total([1])]) == b"[1]"
