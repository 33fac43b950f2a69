# Stand-in: the user's own signals.py from the issue is not public. Like it, it imports the app's models,
# which (in the user's project) closed a circular import; here it only shows that the module is the
# project's own source, importing a declared requirement.
from django.db.models.signals import post_save
from django.dispatch import receiver

from my_awesome_project.users.models import User


@receiver(post_save, sender=User)
def on_user_saved(sender, instance, created, **kwargs):
    pass
