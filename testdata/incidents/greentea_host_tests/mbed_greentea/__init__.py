# mbed-greentea, https://github.com/ARMmbed/greentea/issues/44: mbed_greentea/__init__.py before commit 4cf02c0, trimmed to its top-level imports and the names it defines
from .mbed_greentea_cli import main
