"""Defines `fast_copy` only on some platforms."""

import sys

if sys.platform == "win32":
    def fast_copy(src: str, dst: str) -> None:
        pass


def copy(src: str, dst: str) -> None:
    pass
