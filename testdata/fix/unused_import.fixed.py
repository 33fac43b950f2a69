# fix-options: --failfast-first-party=proj
"""An import only the removed code used goes with it; one still used, or unused before, stays."""
import logging, os
from contextlib import nullcontext
from django.apps import AppConfig

__all__ = ["UsersConfig", "os"]


class UsersConfig(AppConfig):
    name = "proj.users"

    def ready(self):
        import proj.users.signals  # noqa: F401
        from proj.users import checks
        with nullcontext():
            checks.register()
