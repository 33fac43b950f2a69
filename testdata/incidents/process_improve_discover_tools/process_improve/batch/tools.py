# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/batch/tools.py before commit db8689a, trimmed to its top-level imports and the names it defines
from __future__ import annotations
from typing import Any
import pandas as pd
from process_improve.tool_spec import clean, get_tool_specs, tool_spec
_BATCH_TOOL_NAMES: list[str] = []


def _register(*args, **kwargs):
    ...
_FEATURE_MAP = ...
_TIME_FEATURE_MAP = ...


def extract_batch_features(*args, **kwargs):
    ...


def get_batch_tool_specs(*args, **kwargs):
    ...
