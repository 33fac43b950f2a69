# fix-options: --failfast-first-party=proj
"""An import only the removed code used goes with it; one still used, or unused before, stays."""
import contextlib
import logging, os
from contextlib import nullcontext, suppress
from django.apps import AppConfig

__all__ = ["UsersConfig", "os"]


class UsersConfig(AppConfig):
    name = "proj.users"

    def ready(self):
        with contextlib.suppress(ImportError):
            import proj.users.signals  # noqa: F401
        with suppress(ImportError):
            from proj.users import checks
        with nullcontext():
            checks.register()
