# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/simulation/tools.py before commit db8689a, trimmed to its top-level imports and the names it defines
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
_SIMULATION_TOOL_NAMES: list[str] = []


def _register(*args, **kwargs):
    ...


def _public_from_private(*args, **kwargs):
    ...


def create_simulator(*args, **kwargs):
    ...


def simulate_process(*args, **kwargs):
    ...


def reveal_simulator(*args, **kwargs):
    ...


def get_simulation_tool_specs(*args, **kwargs):
    ...
