# archinfo, https://github.com/angr/pyvex/issues/189: setup.py before commit 49823de, trimmed (no install_requires: pyvex, unicorn, capstone and keystone are optional)
from setuptools import setup
from setuptools import find_packages
packages = find_packages()

setup(
    name='archinfo',
    version='8.19.2.4',
    python_requires='>=3.5',
    packages=packages,
)
