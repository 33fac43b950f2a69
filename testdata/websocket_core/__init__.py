"""The motivating incident: a failed first-party import masked by None."""

try:
    from .state_machine import ApplicationConnectionState, get_connection_state_machine
except ImportError:
    ApplicationConnectionState = get_connection_state_machine = None

__all__ = ["ApplicationConnectionState", "get_connection_state_machine"]
