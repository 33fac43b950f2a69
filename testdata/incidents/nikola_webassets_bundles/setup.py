# Reconstruction for flake8-failfast's incident corpus: Nikola, https://github.com/getnikola/nikola/issues/965, as before a8e5e64f; not the project's code.
from setuptools import setup

with open("requirements.txt") as f:
    requirements = [line.strip() for line in f if not line.startswith("#")]

setup(name="Nikola", packages=["nikola", "nikola.plugins", "nikola.plugins.task"], install_requires=requirements)
