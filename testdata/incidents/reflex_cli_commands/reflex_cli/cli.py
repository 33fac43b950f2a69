# Reconstruction for flake8-failfast's incident corpus: reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148, as before e1af7d8; not the project's code.
import logging
import os
import sys
import click
from reflex_cli.cli_environment import CliEnvironment
from reflex_cli.reflex_cli import ReflexCli


@click.command(cls=ReflexCli)
def cli(): ...
