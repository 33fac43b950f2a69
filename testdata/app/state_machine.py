"""Imports only modules every Python has: it cannot be absent."""

import enum


class State(enum.Enum):
    OPEN = "open"


def get_connection_state_machine() -> dict[State, State]:
    return {State.OPEN: State.OPEN}
