# straight.plugin, https://github.com/ironfroggy/straight.plugin/issues/14: setup.py at commit 363b0af, trimmed (no install_requires)
import sys
from setuptools import setup, find_packages


setup(
    name="straight.plugin",
    version="1.4.2",
    packages=find_packages(),
    namespace_packages=["straight"],
)
