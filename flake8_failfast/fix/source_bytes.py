"""Source files as bytes: decoded as Python reads them, encoded back in the same encoding."""

from __future__ import annotations

import io
import tokenize


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a source file, as Python reads it (PEP 263 cookie, BOM).

    Raises UnicodeError for bytes that do not decode.
    """
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as error:
        raise UnicodeError(error.msg) from error
    return data.decode(encoding), encoding


def encode(text: str, encoding: str) -> bytes:
    """The text in the encoding it was read in (a BOM read with `utf-8-sig` is written back)."""
    return text.encode(encoding)
