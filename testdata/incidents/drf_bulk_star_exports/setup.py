# Reconstruction for flake8-failfast's incident corpus: djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48 (open), as at 2a59d14; not the project's code.
from setuptools import find_packages, setup

with open("requirements.txt") as f:
    requirements = [line for line in f.read().splitlines() if not line.startswith("#")]

setup(name="djangorestframework-bulk", packages=find_packages(), install_requires=requirements)
