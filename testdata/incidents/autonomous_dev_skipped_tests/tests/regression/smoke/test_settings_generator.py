# Reconstruction for flake8-failfast's incident corpus: autonomous-dev, https://github.com/akaszubski/autonomous-dev/issues/1469, as before 2b1d5e90; not the project's code.
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent.parent.parent / "plugins"))

try:
    from autonomous_dev.lib.settings_generator import (
        SettingsGenerator,
        GeneratorResult,
        SettingsGeneratorError,
        DEFAULT_DENY_LIST,
        SAFE_COMMAND_PATTERNS,
    )
except ImportError:
    pytest.skip("no settings_generator yet", allow_module_level=True)


@pytest.fixture
def temp_plugin_dir(tmp_path):
    commands = tmp_path / "plugins" / "autonomous-dev" / "commands"
    commands.mkdir(parents=True)
    (commands / "sync.md").write_text("# sync")
    return commands.parent


def test_generator_initialization(temp_plugin_dir):
    assert SettingsGenerator(temp_plugin_dir).commands_dir.name == "commands"
