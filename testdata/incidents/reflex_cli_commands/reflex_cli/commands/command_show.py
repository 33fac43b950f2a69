# reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148: reflex_cli/commands/command_show.py before commit e1af7d8, trimmed to its top-level imports and the names it defines
import logging
import click
from reflex_cli.rule_discoverer import RuleDiscoverer
LOGGER = logging.getLogger("reflex_cli")


def cli(*args, **kwargs):
    ...
