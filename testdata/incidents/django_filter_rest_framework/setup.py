# django-filter, https://github.com/carltongibson/django-filter/pull/741: setup.py before commit 8384f89d, trimmed (no install_requires or extras_require at that commit)
from setuptools import setup, find_packages

version = '1.0.4'

setup(
    name='django-filter',
    version=version,
    packages=find_packages(exclude=['tests*']),
    include_package_data=True,
    zip_safe=False,
)
