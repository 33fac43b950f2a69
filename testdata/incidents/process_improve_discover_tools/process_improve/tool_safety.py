# Reconstruction for flake8-failfast's incident corpus: process-improve, https://github.com/kgdunn/process-improve/issues/246 (fix PR #259), as before db8689a; not the project's code.
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


class ToolSafetyError(Exception): ...


class ToolInputTooLargeError(ToolSafetyError): ...


class ToolInputInvalidError(ToolSafetyError): ...


class ToolTimeoutError(ToolSafetyError): ...


class ToolMemoryExceededError(ToolSafetyError): ...


def validate_input(*args, **kwargs): ...


def validate_against_schema(*args, **kwargs): ...


def get_pool(*args, **kwargs): ...


def shutdown_pool(*args, **kwargs): ...


def safe_execute_tool_call(*args, **kwargs): ...
