"""A test that turns a broken own module into a skipped test hides the bug: the package is the project's own."""
import pytest

try:
    from app.ws.state_machine import get_connection_state_machine
except ImportError:  # expect: 1: FF101 failed import of 'app.ws.state_machine' is masked: 'get_connection_state_machine' set to None; 'app.ws.state_machine' cannot be absent; let the ImportError propagate
    get_connection_state_machine = None


@pytest.mark.skipif(get_connection_state_machine is None, reason="state machine not available")
def test_state_machine() -> None:
    assert get_connection_state_machine(object()) is not None
