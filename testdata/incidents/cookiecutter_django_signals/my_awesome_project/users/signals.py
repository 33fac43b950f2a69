# Reconstruction for flake8-failfast's incident corpus: cookiecutter-django (a project generated with the defaults), https://github.com/cookiecutter/cookiecutter-django/issues/6259 (fix PR #6263), as before 01d4327; not the project's code.
from django.db.models.signals import post_save
from django.dispatch import receiver

from my_awesome_project.users.models import User


@receiver(post_save, sender=User)
def user_saved(sender, instance, created, **kwargs): ...
