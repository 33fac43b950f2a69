# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/monitoring/tools.py before commit db8689a, trimmed to its top-level imports and the names it defines
from __future__ import annotations
from typing import Any
import numpy as np
import pandas as pd
from process_improve.tool_spec import clean, get_tool_specs, tool_spec
_MONITORING_TOOL_NAMES: list[str] = []


def _register(*args, **kwargs):
    ...


def control_chart(*args, **kwargs):
    ...


def process_capability(*args, **kwargs):
    ...


def get_monitoring_tool_specs(*args, **kwargs):
    ...
