"""A project with only requirements.txt: click is a requirement, so a plain import of it cannot be absent."""
try:
    import click
except ImportError:  # expect: 1: FF101 failed import of 'click' is masked: 'click' set to None; 'click' cannot be absent; let the ImportError propagate
    click = None

try:
    import rich
except ImportError:  # expect: 1: FF103 failed import of 'rich' is masked: 'rich' set to None; 'rich' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    rich = None


def main() -> None:
    if click is not None and rich is not None:
        click.echo(rich)
