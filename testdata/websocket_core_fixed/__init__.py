"""The fix: a failed import fails at import time, with its cause attached."""

try:
    from .state_machine import ApplicationConnectionState, get_connection_state_machine
except ImportError as e:
    raise ImportError(f"websocket_core is broken: {e}") from e

__all__ = ["ApplicationConnectionState", "get_connection_state_machine"]
