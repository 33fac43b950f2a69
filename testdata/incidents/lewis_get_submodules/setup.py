# Reconstruction for flake8-failfast's incident corpus: lewis, https://github.com/ess-dmsc/lewis/issues/277 (fix PR #278), as before ee09742e; not the project's code.
from setuptools import find_packages, setup

setup(
    name="lewis",
    packages=find_packages(where="src"),
    package_dir={"": "src"},
    install_requires=["six", "pyzmq", "json-rpc", "semantic_version", "PyYAML", "scanf>=1.4.1"],
    extras_require={"epics": ["pcaspy"], "dev": ["flake8", "mock>=1.0.1", "pytest"]},
)
