# djangorestframework-bulk, https://github.com/miki725/django-rest-framework-bulk/issues/48: setup.py at commit 2a59d14, trimmed to the name and install_requires
import os
from setuptools import find_packages, setup


def read(fname):
    return (open(os.path.join(os.path.dirname(__file__), fname), 'rb')
            .read().decode('utf-8'))


requirements = read('requirements.txt').splitlines() + [
    'setuptools',
]

setup(
    name='djangorestframework-bulk',
    packages=find_packages(),
    install_requires=requirements,
)
