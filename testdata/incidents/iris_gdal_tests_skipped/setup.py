# Reconstruction for flake8-failfast's incident corpus: Iris, https://github.com/SciTools/iris/pull/2160 (fix proposed in https://github.com/SciTools/iris/pull/1898), as at 37e68505 (the parent of #2160's commit); not the project's code.
from setuptools import setup

setup(name="Iris", packages=["iris", "iris.tests"], package_dir={"": "lib"}, tests_require=["nose"])
