# Reconstruction for flake8-failfast's incident corpus: cookiecutter-django (a project generated with the defaults), https://github.com/cookiecutter/cookiecutter-django/issues/6259 (fix PR #6263), as before 01d4327; not the project's code.
import contextlib

from django.apps import AppConfig


class UsersConfig(AppConfig):
    name = "my_awesome_project.users"

    def ready(self):
        with contextlib.suppress(ImportError):
            import my_awesome_project.users.signals  # noqa: F401
