# Reconstruction for flake8-failfast's incident corpus: django-filter, https://github.com/carltongibson/django-filter/pull/741, as before 8384f89d; not the project's code.
from setuptools import find_packages, setup

setup(name="django-filter", packages=find_packages(exclude=["tests*"]))
