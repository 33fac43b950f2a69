# lewis, https://github.com/ess-dmsc/lewis/issues/277: src/lewis/core/devices.py before commit ee09742e, trimmed to its top-level imports and the names it defines
import importlib
from lewis import __version__
from lewis.core.exceptions import LewisException
from lewis.core.logging import has_log
from lewis.core.utils import get_submodules, get_members, is_compatible_with_framework


class DeviceBase(object):
    ...


class InterfaceBase(object):
    ...


def is_device(*args, **kwargs):
    ...


def is_interface(*args, **kwargs):
    ...


class DeviceBuilder(object):
    ...


class DeviceRegistry(object):
    ...
