# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from __future__ import annotations
from typing import Any
import pandas as pd
from process_improve.tool_spec import clean, get_tool_specs, tool_spec


def extract_batch_features(*args, **kwargs): ...


def get_batch_tool_specs(*args, **kwargs): ...
