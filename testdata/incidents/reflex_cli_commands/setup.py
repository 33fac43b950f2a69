# Reconstruction for flake8-failfast's incident corpus: reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148, as before e1af7d8; not the project's code.
from setuptools import setup

setup(
    name="reflex-cli",
    packages=["reflex_cli", "reflex_cli.commands"],
    install_requires=["click", "jinja2", "pyyaml", "requests", "pyhcl", "pyinquirer"],
    entry_points={"console_scripts": ["reflex=reflex_cli.cli:cli"]},
)
