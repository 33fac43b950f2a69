"""`python -m flake8_failfast fix ...`."""

from __future__ import annotations

from flake8_failfast.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
