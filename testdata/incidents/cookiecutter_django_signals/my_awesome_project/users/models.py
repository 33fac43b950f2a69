# Stand-in, trimmed from the template's users/models.py: the app's own model module.
from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    pass
