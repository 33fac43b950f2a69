# Reconstruction for flake8-failfast's incident corpus: lewis, https://github.com/ess-dmsc/lewis/issues/277 (fix PR #278), as before ee09742e; not the project's code.
import importlib
from lewis import __version__
from lewis.core.exceptions import LewisException
from lewis.core.logging import has_log
from lewis.core.utils import get_submodules, get_members, is_compatible_with_framework


class DeviceBase(object): ...


class InterfaceBase(object): ...


def is_device(*args, **kwargs): ...


def is_interface(*args, **kwargs): ...


class DeviceBuilder(object): ...


class DeviceRegistry(object): ...
