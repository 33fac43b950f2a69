# Reconstruction for flake8-failfast's incident corpus: lewis, https://github.com/ess-dmsc/lewis/issues/277 (fix PR #278), as before ee09742e; not the project's code.
from __future__ import absolute_import
from six import string_types

import importlib
import inspect
from semantic_version import Version

from os import path as osp
from os import listdir

from .exceptions import LewisException, LimitViolationException
from lewis import __version__


def get_submodules(module):
    if not inspect.ismodule(module):
        raise RuntimeError("a module object is needed")
    found = get_members(module, inspect.ismodule)
    location = list(getattr(module, "__path__", [None]))[0]
    if location is not None:
        for entry in listdir(location):
            name = extract_module_name(osp.join(location, entry))
            if name is None:
                continue
            try:
                found[name] = importlib.import_module("." + name, package=module.__name__)
            except ImportError:
                pass
    return found


def get_members(obj, predicate=None):
    return {name: value for name, value in inspect.getmembers(obj, predicate) if not name.startswith("_")}


def extract_module_name(absolute_path):
    base = osp.basename(absolute_path)
    if base.startswith((".", "_")):
        return None
    return osp.splitext(base)[0]


def dict_strict_update(base_dict, update_dict): ...
def seconds_since(start): ...


class FromOptionalDependency(object):
    def __init__(self, module, exception=None):
        self._module = module
        if exception is None:
            exception = "%s is needed for this feature" % module
        if isinstance(exception, string_types):
            exception = LewisException(exception)
        self._exception = exception

    def do_import(self, *names):
        try:
            source = importlib.import_module(self._module)
            found = tuple(getattr(source, name) for name in names)
        except ImportError:
            def refuse(obj, *args, **kwargs):
                raise self._exception

            found = tuple(type(name, (), {"__init__": refuse}) for name in names)
        return found[0] if len(found) == 1 else found


def format_doc_text(text): ...


class check_limits(object):
    def __init__(self, lower=None, upper=None, silent=False):
        self._lower, self._upper, self._silent = lower, upper, silent

    def __call__(self, f):
        return f


def is_compatible_with_framework(version):
    return Version(version).major == Version(__version__).major
