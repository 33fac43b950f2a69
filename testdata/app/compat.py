"""Stand-in: a first-party module with Python source (it cannot be absent)."""
import sys

WINDOWS = sys.platform == "win32"
