# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/regression/tools.py before commit db8689a, trimmed to its top-level imports and the names it defines
from __future__ import annotations
from typing import Any
import numpy as np
from process_improve.tool_spec import clean, get_tool_specs, tool_spec
_REGRESSION_TOOL_NAMES: list[str] = []


def _register(*args, **kwargs):
    ...


def robust_regression(*args, **kwargs):
    ...


def repeated_median(*args, **kwargs):
    ...


def get_regression_tool_specs(*args, **kwargs):
    ...
