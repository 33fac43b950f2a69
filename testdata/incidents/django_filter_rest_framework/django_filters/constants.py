# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
ALL_FIELDS = "__all__"
EMPTY_VALUES = (None, "")


class STRICTNESS(object): ...
