"""Imports a third-party module at top level: absent when the extra is not installed."""

import yaml


def load(text: str) -> object:
    return yaml.safe_load(text)
