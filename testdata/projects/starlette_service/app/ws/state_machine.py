"""Imports a required dependency only: a healthy install has it."""
import ssl

from starlette.websockets import WebSocket


def get_connection_state_machine(ws: WebSocket) -> object:
    return ssl
