"""Connection state machine of the chat service (stand-in for the real one)."""

from __future__ import annotations

import enum


class ApplicationConnectionState(enum.Enum):
    CONNECTING = "connecting"
    OPEN = "open"
    CLOSED = "closed"


def get_connection_state_machine() -> dict[ApplicationConnectionState, ApplicationConnectionState]:
    return {
        ApplicationConnectionState.CONNECTING: ApplicationConnectionState.OPEN,
        ApplicationConnectionState.OPEN: ApplicationConnectionState.CLOSED,
    }
