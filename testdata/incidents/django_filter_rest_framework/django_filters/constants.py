# django-filter, https://github.com/carltongibson/django-filter/pull/741: django_filters/constants.py before commit 8384f89d, trimmed to its top-level imports and the names it defines
ALL_FIELDS = '__all__'
EMPTY_VALUES = ([], (), {}, '', None)


class STRICTNESS(object):
    ...
