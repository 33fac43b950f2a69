# Reconstruction for flake8-failfast's incident corpus: reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148, as before e1af7d8; not the project's code.
import logging
import os
import click
from PyInquirer import prompt
from reflex_cli.config_parser import ConfigParser
from reflex_cli.region_template_generator import RegionTemplateGenerator
from reflex_cli.template_generator import TemplateGenerator


@click.command()
def cli(): ...
