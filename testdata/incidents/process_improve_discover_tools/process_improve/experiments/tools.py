# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from __future__ import annotations
import logging
from typing import Any
import pandas as pd
from process_improve.tool_spec import clean, get_tool_specs, tool_spec


def create_factorial_design(*args, **kwargs): ...


def fit_linear_model(*args, **kwargs): ...


def generate_design_tool(*args, **kwargs): ...


def evaluate_design_tool(*args, **kwargs): ...


def analyze_experiment_tool(*args, **kwargs): ...


def optimize_responses_tool(*args, **kwargs): ...


def augment_design_tool(*args, **kwargs): ...


def visualize_doe_tool(*args, **kwargs): ...


def doe_knowledge_tool(*args, **kwargs): ...


def recommend_strategy_tool(*args, **kwargs): ...


def get_experiments_tool_specs(*args, **kwargs): ...
