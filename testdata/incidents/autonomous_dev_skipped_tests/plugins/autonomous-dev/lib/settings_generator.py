# Reconstruction for flake8-failfast's incident corpus: autonomous-dev, https://github.com/akaszubski/autonomous-dev/issues/1469, as before 2b1d5e90; not the project's code.
import json
from pathlib import Path

try:
    from autonomous_dev.lib.security_utils import validate_path, audit_log
    from autonomous_dev.lib.settings_merger import UNIFIED_HOOK_REPLACEMENTS
except ImportError:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from security_utils import validate_path, audit_log
    from settings_merger import UNIFIED_HOOK_REPLACEMENTS

SETTINGS_VERSION = "1.0.0"
SAFE_COMMAND_PATTERNS = ()
DEFAULT_DENY_LIST = ()


class GeneratorResult: ...


class SettingsGeneratorError(Exception): ...


class SettingsGenerator:
    def __init__(self, plugin_dir):
        self.plugin_dir = Path(plugin_dir)
        self.commands_dir = self.plugin_dir / "commands"
        self.discovered_commands = []


def main():
    print(json.dumps(SAFE_COMMAND_PATTERNS))
