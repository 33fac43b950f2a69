# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/univariate/tools.py before commit db8689a, trimmed to its top-level imports and the names it defines
from __future__ import annotations
from typing import Any
import numpy as np
import pandas as pd
from process_improve.tool_spec import clean, get_tool_specs, tool_spec
from process_improve.univariate.metrics import (
    Sn,
    detect_outliers_esd,
    median_absolute_deviation,
    summary_stats,
    t_value,
    ttest_independent,
    ttest_paired,
    variance_decomposition,
)
_UNIVARIATE_TOOL_NAMES: list[str] = []


def _register(*args, **kwargs):
    ...


def robust_summary_stats(*args, **kwargs):
    ...


def detect_outliers(*args, **kwargs):
    ...


def robust_scale_sn(*args, **kwargs):
    ...


def median_absolute_deviation_tool(*args, **kwargs):
    ...


def normality_test(*args, **kwargs):
    ...


def confidence_interval_tool(*args, **kwargs):
    ...


def ttest_two_samples(*args, **kwargs):
    ...


def ttest_paired_samples(*args, **kwargs):
    ...


def within_between_variance(*args, **kwargs):
    ...


def get_univariate_tool_specs(*args, **kwargs):
    ...
