# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from __future__ import annotations
from typing import Any
import numpy as np
import pandas as pd
from process_improve.tool_spec import clean, get_tool_specs, tool_spec


def fit_pca(*args, **kwargs): ...


def fit_pls(*args, **kwargs): ...


def scale_data(*args, **kwargs): ...


def detect_multivariate_outliers(*args, **kwargs): ...


def pca_predict(*args, **kwargs): ...


def pls_predict(*args, **kwargs): ...


def get_multivariate_tool_specs(*args, **kwargs): ...
