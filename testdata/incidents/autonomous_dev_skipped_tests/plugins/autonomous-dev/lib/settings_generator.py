# autonomous-dev, https://github.com/akaszubski/autonomous-dev/issues/1469: plugins/autonomous-dev/lib/settings_generator.py before commit 2b1d5e90, trimmed to its top-level imports and the names it defines
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Any, Optional
try:
    from autonomous_dev.lib.security_utils import validate_path, audit_log
    from autonomous_dev.lib.settings_merger import UNIFIED_HOOK_REPLACEMENTS
except ImportError:
    # Fallback for direct script execution
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from security_utils import validate_path, audit_log
    from settings_merger import UNIFIED_HOOK_REPLACEMENTS
SETTINGS_VERSION = "1.0.0"
SAFE_COMMAND_PATTERNS = ...
DEFAULT_DENY_LIST = ...


class PermissionIssue:
    ...


class ValidationResult:
    ...


class GeneratorResult:
    ...


class SettingsGeneratorError(Exception):
    ...


def validate_permission_patterns(*args, **kwargs):
    ...


def detect_outdated_patterns(*args, **kwargs):
    ...


def fix_permission_patterns(*args, **kwargs):
    ...


class SettingsGenerator:
    ...


def main(*args, **kwargs):
    ...
