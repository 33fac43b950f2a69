# process-improve, https://github.com/kgdunn/process-improve/issues/246: process_improve/tool_safety.py before commit db8689a, trimmed to its top-level imports and the names it defines
from __future__ import annotations
import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeoutError
from concurrent.futures.process import BrokenProcessPool
from typing import Any
_DEFAULT_MP_CONTEXT: multiprocessing.context.BaseContext | None = None
DEFAULT_TIMEOUT_S: float = float(os.environ.get("PROCESS_IMPROVE_TOOL_TIMEOUT", "10"))
DEFAULT_MAX_CELLS: int = int(os.environ.get("PROCESS_IMPROVE_MAX_CELLS", "1000000"))
DEFAULT_MAX_STRING: int = int(os.environ.get("PROCESS_IMPROVE_MAX_STRING", "100000"))
DEFAULT_MAX_DEPTH: int = int(os.environ.get("PROCESS_IMPROVE_MAX_DEPTH", "10"))
DEFAULT_MEMORY_MB: int = int(os.environ.get("PROCESS_IMPROVE_MAX_MEMORY_MB", "1024"))
_SCALAR_CAPS = ...


class ToolSafetyError(Exception):
    ...


class ToolInputTooLargeError(ToolSafetyError):
    ...


class ToolInputInvalidError(ToolSafetyError):
    ...


class ToolTimeoutError(ToolSafetyError):
    ...


class ToolMemoryExceededError(ToolSafetyError):
    ...


def _count_numeric_leaves(*args, **kwargs):
    ...


def _check_strings(*args, **kwargs):
    ...


def validate_input(*args, **kwargs):
    ...
_JSON_TYPE_CHECKS = ...


def _validate_value(*args, **kwargs):
    ...


def validate_against_schema(*args, **kwargs):
    ...


def _lookup_input_schema(*args, **kwargs):
    ...


def _apply_memory_limit(*args, **kwargs):
    ...


def _pool_initializer(*args, **kwargs):
    ...


def _worker_run(*args, **kwargs):
    ...
_pool: ProcessPoolExecutor | None = None
_pool_memory_mb: int | None = None


def get_pool(*args, **kwargs):
    ...


def _terminate_workers(*args, **kwargs):
    ...


def shutdown_pool(*args, **kwargs):
    ...


def safe_execute_tool_call(*args, **kwargs):
    ...
