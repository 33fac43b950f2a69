"""Imports `winreg` at top level: absent on every platform but Windows."""

import winreg


def read_registry(key: str) -> str:
    return str(winreg.HKEY_CURRENT_USER) + key
