# reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148: reflex_cli/commands/command_region.py before commit e1af7d8, trimmed to its top-level imports and the names it defines
import logging
import os
import click
from reflex_cli.config_parser import ConfigParser
from reflex_cli.region_template_generator import RegionTemplateGenerator
CONFIG_DEFAULT = os.path.abspath(os.path.join(os.getcwd(), "reflex.yaml"))
OUTPUT_DEFAULT = os.path.abspath(os.path.join(os.getcwd(), "reflex_region"))
LOGGER = logging.getLogger("reflex_cli")


def cli(*args, **kwargs):
    ...
