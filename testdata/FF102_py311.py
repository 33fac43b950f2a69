# requires-python: 3.11
"""FF102 with `except*` (Python 3.11+): the same judgement as a plain `except`."""

try:
    import toml
except* ImportError:  # expect: 1: FF102 failed import of 'toml' is masked: 'toml' set to None; first used unguarded at line 9; let the ImportError propagate
    toml = None

CONFIG = toml.loads("")
