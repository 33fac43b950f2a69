"""FF203 (off by default): a failed standard-library import silently swallowed."""

# --- reported -------------------------------------------------------------

try:
    import readline
except ImportError:  # expect: 1: FF203 failed import of 'readline' is silently swallowed: 'readline' left unbound; let the ImportError propagate
    pass

try:
    import fcntl, termios
except ModuleNotFoundError:  # expect: 1: FF203 failed import of 'fcntl', 'termios' is silently swallowed: 'fcntl', 'termios' left unbound; let the ImportError propagate
    ...

# --- not reported ----------------------------------------------------------

try:
    import readline
except ImportError:
    readline = False

try:
    import msvcrt
except ImportError:
    IS_WINDOWS = False
