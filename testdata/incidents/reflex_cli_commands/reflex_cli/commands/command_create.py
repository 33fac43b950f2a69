# reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148: reflex_cli/commands/command_create.py before commit e1af7d8, trimmed to its top-level imports and the names it defines
import logging
import os
import click
from reflex_cli.rule_template_generator import RuleTemplateGenerator
LOGGER = logging.getLogger(__name__)
DEFAULT_GITHUB_ORG = "cloudmitigator"


def cli(*args, **kwargs):
    ...
