# -*- coding: latin-1 -*-
"""Café: a PEP 263 coding cookie is kept, and so is the encoding."""

try:
    from .café import menu  # é
except ImportError:
    menu = None
