"""Imports only first-party source and the standard library: it cannot be absent."""

from .state_machine import State


class Base:
    state = State.OPEN


class Session:
    pass
