# Reconstruction for flake8-failfast's incident corpus: reflex-cli, https://github.com/reflexivesecurity/reflex-cli/pull/148, as before e1af7d8; not the project's code.
import os

import click

CMD_FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "commands")


class ReflexCli(click.MultiCommand):
    def list_commands(self, context):
        return sorted(
            name[len("command_"):-len(".py")]
            for name in os.listdir(CMD_FOLDER)
            if name.startswith("command_") and name.endswith(".py")
        )

    def get_command(self, context, name):
        try:
            mod = __import__(f"reflex_cli.commands.command_{name}", None, None, ["cli"])
        except ImportError:
            return
        return mod.cli
