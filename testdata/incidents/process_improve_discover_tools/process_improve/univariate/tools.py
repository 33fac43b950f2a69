# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
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


def robust_summary_stats(*args, **kwargs): ...


def detect_outliers(*args, **kwargs): ...


def robust_scale_sn(*args, **kwargs): ...


def median_absolute_deviation_tool(*args, **kwargs): ...


def normality_test(*args, **kwargs): ...


def confidence_interval_tool(*args, **kwargs): ...


def ttest_two_samples(*args, **kwargs): ...


def ttest_paired_samples(*args, **kwargs): ...


def within_between_variance(*args, **kwargs): ...


def get_univariate_tool_specs(*args, **kwargs): ...
