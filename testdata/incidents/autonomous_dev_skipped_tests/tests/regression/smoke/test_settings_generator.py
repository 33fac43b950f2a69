# autonomous-dev, https://github.com/akaszubski/autonomous-dev/issues/1469 (fixed in commit 2b1d5e90): tests/regression/smoke/test_settings_generator.py before that commit, cut after the first test (line 133 of 1122)
#!/usr/bin/env python3
"""
Unit tests for settings_generator.py - TDD Red Phase

Tests the SettingsGenerator class for creating .claude/settings.local.json
with specific command patterns (no wildcards) and comprehensive deny list.

Expected to FAIL until implementation is complete.

Security Requirements (GitHub Issue #115):
1. No wildcards: Must use specific patterns like Bash(git:*), NOT Bash(*)
2. Comprehensive deny list: Block dangerous commands (rm -rf, sudo, eval, etc.)
3. Safe command auto-approval: All autonomous-dev commands pre-approved
4. Merge capability: Preserve user customizations during upgrades
5. Path traversal prevention: Validate all file operations
6. Command injection prevention: Validate pattern generation

Test Strategy:
- Test SettingsGenerator class initialization and configuration
- Test command discovery from plugins/autonomous-dev/commands/*.md
- Test specific pattern generation (git:*, pytest:*, python:*, etc.)
- Test deny list includes all dangerous operations
- Test NO wildcards like Bash(*) are generated
- Test JSON structure validation
- Test security: path traversal and injection prevention
- Test edge cases: empty commands/, missing directories, corrupted data

Coverage Target: 95%+ for settings_generator.py

Author: test-master agent
Date: 2025-12-12
Issue: #115
Phase: TDD Red (tests written BEFORE implementation)
Status: RED (expected to fail - no implementation yet)
"""

import json
import sys
import pytest
from pathlib import Path
from unittest.mock import patch, MagicMock, mock_open
from dataclasses import asdict

# Add plugins directory to path for imports
sys.path.insert(0, str(Path(__file__).parent.parent.parent.parent / "plugins"))

# Import will fail until implementation exists
try:
    from autonomous_dev.lib.settings_generator import (
        SettingsGenerator,
        GeneratorResult,
        SettingsGeneratorError,
        DEFAULT_DENY_LIST,
        SAFE_COMMAND_PATTERNS,
    )
except ImportError:
    pytest.skip("settings_generator.py not implemented yet", allow_module_level=True)


# =============================================================================
# Test Fixtures
# =============================================================================

@pytest.fixture
def temp_plugin_dir(tmp_path):
    """Create temporary plugin directory with command files"""
    plugin_dir = tmp_path / "plugins" / "autonomous-dev"
    commands_dir = plugin_dir / "commands"
    commands_dir.mkdir(parents=True)

    # Create sample command files
    command_files = [
        "auto-implement.md",
        "batch-implement.md",
        "align-project.md",
        "research.md",
        "test-feature.md",
        "setup.md",
        "sync.md",
    ]

    for cmd_file in command_files:
        (commands_dir / cmd_file).write_text(f"# {cmd_file}\n\nCommand description")

    return plugin_dir


@pytest.fixture
def temp_project_root(tmp_path):
    """Create temporary project root directory"""
    project_root = tmp_path / "project"
    project_root.mkdir()
    claude_dir = project_root / ".claude"
    claude_dir.mkdir()
    return project_root


@pytest.fixture
def existing_settings_with_customizations(temp_project_root):
    """Create existing settings.local.json with user customizations"""
    settings_path = temp_project_root / ".claude" / "settings.local.json"

    user_settings = {
        "hooks": {
            "PreCommit": [
                {"type": "command", "command": "python3 custom_hook.py"}
            ]
        },
        "permissions": {
            "allow": [
                "Read(**/*.py)",
                "Write(**/*.py)",
                "Bash(custom-command:*)"
            ]
        },
        "custom_key": "user_value"
    }

    settings_path.write_text(json.dumps(user_settings, indent=2))
    return settings_path


# =============================================================================
# Initialization Tests (3 tests)
# =============================================================================

def test_generator_initialization(temp_plugin_dir):
    """Test SettingsGenerator initializes with plugin directory"""
    generator = SettingsGenerator(temp_plugin_dir)

    assert generator.plugin_dir == temp_plugin_dir
    assert generator.commands_dir == temp_plugin_dir / "commands"
    assert isinstance(generator.discovered_commands, list)
