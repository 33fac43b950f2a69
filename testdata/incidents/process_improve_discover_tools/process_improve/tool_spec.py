# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

_TOOL_REGISTRY: dict[str, Callable[..., Any]] = {}
_discovery_done: bool = False


def tool_spec(name: str, description: str, input_schema: dict[str, Any], category: str | None = None):
    def register(func):
        func._tool_spec = {"name": name, "description": description, "input_schema": input_schema, "category": category}
        _TOOL_REGISTRY[name] = func
        return func

    return register


def clean(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    return value


def discover_tools() -> None:
    global _discovery_done
    if _discovery_done:
        return

    import contextlib
    import importlib

    for module in [
        "process_improve.univariate.tools",
        "process_improve.multivariate.tools",
        "process_improve.monitoring.tools",
        "process_improve.regression.tools",
        "process_improve.bivariate.tools",
        "process_improve.experiments.tools",
        "process_improve.batch.tools",
        "process_improve.visualization.tools",
        "process_improve.simulation.tools",
    ]:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)

    _discovery_done = True


def get_tool_specs(names: list[str] | None = None, category: str | None = None) -> list[dict[str, Any]]:
    discover_tools()
    specs = [f._tool_spec for n, f in _TOOL_REGISTRY.items() if names is None or n in names]
    return [s for s in specs if category is None or s["category"] == category]


def execute_tool_call(tool_name: str, tool_input: dict[str, Any]) -> Any:
    discover_tools()
    if tool_name not in _TOOL_REGISTRY:
        raise ValueError(f"no tool named {tool_name!r}")
    return _TOOL_REGISTRY[tool_name](**tool_input)


from process_improve.tool_safety import (  # noqa: E402
    ToolInputInvalidError,
    ToolInputTooLargeError,
    ToolMemoryExceededError,
    ToolSafetyError,
    ToolTimeoutError,
    safe_execute_tool_call,
)

__all__ = [
    "ToolInputInvalidError",
    "ToolInputTooLargeError",
    "ToolMemoryExceededError",
    "ToolSafetyError",
    "ToolTimeoutError",
    "clean",
    "discover_tools",
    "execute_tool_call",
    "get_tool_specs",
    "safe_execute_tool_call",
    "tool_spec",
]
