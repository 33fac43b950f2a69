# cookiecutter-django, https://github.com/cookiecutter/cookiecutter-django/issues/6259 (fixed by PR #6263, commit 01d4327): the template's {{cookiecutter.project_slug}}/users/apps.py before that commit, rendered with the default project_slug
import contextlib

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UsersConfig(AppConfig):
    name = "my_awesome_project.users"
    verbose_name = _("Users")

    def ready(self):
        with contextlib.suppress(ImportError):
            import my_awesome_project.users.signals  # noqa: F401, PLC0415
