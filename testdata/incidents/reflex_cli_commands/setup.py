# reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148: setup.py before commit e1af7d8, trimmed to the name, packages and install_requires
import os

from setuptools import setup

setup(
    name="reflex-cli",
    version=f"{os.environ['VERSION']}",
    packages=["reflex_cli", "reflex_cli.commands"],
    include_package_data=True,
    install_requires=[
        "click",
        "jinja2",
        "pyyaml",
        "requests",
        "pyhcl",
        "pyinquirer",
    ],
    entry_points="""
        [console_scripts]
        reflex=reflex_cli.cli:cli
    """,
)
