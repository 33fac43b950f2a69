# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from __future__ import annotations
import uuid
from datetime import datetime, timezone
from typing import Any
from process_improve.simulation.model import (
    draw_initial_seed,
    materialize_model,
    simulate,
    validate_factors,
    validate_noise_level,
    validate_outputs,
)
from process_improve.tool_spec import clean, get_tool_specs, tool_spec


def create_simulator(*args, **kwargs): ...


def simulate_process(*args, **kwargs): ...


def reveal_simulator(*args, **kwargs): ...


def get_simulation_tool_specs(*args, **kwargs): ...
