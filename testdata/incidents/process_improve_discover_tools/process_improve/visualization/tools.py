# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/visualization/tools.py before commit db8689a, trimmed to its top-level imports and the names it defines
from __future__ import annotations
import logging
from typing import Any
import numpy as np
import pandas as pd
from process_improve.tool_spec import clean, tool_spec
from process_improve.visualization.charts.boxplot import BoxPlot, BoxStats
logger = logging.getLogger(__name__)


def _box_from_values(*args, **kwargs):
    ...


def _collect_boxes(*args, **kwargs):
    ...


def boxplot(*args, **kwargs):
    ...
