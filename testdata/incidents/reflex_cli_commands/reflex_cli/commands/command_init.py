# reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148: reflex_cli/commands/command_init.py before commit e1af7d8, trimmed to its top-level imports and the names it defines
import logging
import os
import click
from reflex_cli.reflex_initializer import ReflexInitializer
LOGGER = logging.getLogger("reflex_cli")
CONFIG_DEFAULT = os.path.abspath(os.path.join(os.getcwd(), "reflex.yaml"))


def cli(*args, **kwargs):
    ...
