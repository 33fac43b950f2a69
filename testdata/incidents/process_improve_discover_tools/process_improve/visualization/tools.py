# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from __future__ import annotations
import logging
from typing import Any
import numpy as np
import pandas as pd
from process_improve.tool_spec import clean, tool_spec
from process_improve.visualization.charts.boxplot import BoxPlot, BoxStats


def boxplot(*args, **kwargs): ...
