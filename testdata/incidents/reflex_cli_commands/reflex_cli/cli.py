# reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148: reflex_cli/cli.py before commit e1af7d8, trimmed to its top-level imports and the names it defines
import logging
import os
import sys
import click
from reflex_cli.cli_environment import CliEnvironment
from reflex_cli.reflex_cli import ReflexCli
FORMAT = "%(message)s"
LOGGER = logging.getLogger("reflex_cli")
CONFIG_DEFAULT = os.path.abspath(os.path.join(os.getcwd(), "reflex.yaml"))
CONTEXT_SETTINGS = {"auto_envvar_prefix": "reflex"}
pass_environment = click.make_pass_decorator(CliEnvironment, ensure=True)


def cli(*args, **kwargs):
    ...
