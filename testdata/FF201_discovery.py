"""FF201: plugin discovery that swallows a failed import drops a broken plugin without a word.

A module found on disk or named by configuration exists: its import fails
only when it is broken, or one of its own imports is missing.
"""
import contextlib
import importlib
import logging
import os
import pkgutil
import sys

logger = logging.getLogger(__name__)
found = {}

# --- reported -------------------------------------------------------------

for name in os.listdir(os.path.dirname(__file__)):
    try:
        found[name] = importlib.import_module(f".{name}", package=__package__)
    except ImportError:  # expect: 5: FF201 failed import of "importlib.import_module(f'.{name}', package=__package__)" is silently swallowed; a plugin found on disk or named by configuration fails only when broken, and is dropped without a word; let the ImportError propagate
        pass

for info in pkgutil.iter_modules(__path__):
    try:
        module = importlib.import_module(info.name)
    except ImportError:  # expect: 5: FF101 failed import of 'importlib.import_module(info.name)' is masked: 'module' set to None; a plugin found on disk or named by configuration fails only when broken, and is dropped without a word; let the ImportError propagate
        logger.debug("skipping %s", info.name)
        module = None
    if module is not None:
        found[info.name] = module

for info in pkgutil.iter_modules(__path__):
    with contextlib.suppress(ImportError):  # expect: 5: FF201 failed import of 'importlib.import_module(info.name)' is silently swallowed; a plugin found on disk or named by configuration fails only when broken, and is dropped without a word; let the ImportError propagate
        found[info.name] = importlib.import_module(info.name)


def get_command(name):
    try:
        module = importlib.import_module(f"app.commands.command_{name}")
    except ImportError:  # expect: 5: FF201 failed import of "importlib.import_module(f'app.commands.command_{name}')" is silently swallowed; a plugin found on disk or named by configuration fails only when broken, and is dropped without a word; let the ImportError propagate
        return None
    return module.cli




def load_hooks(installed_apps):
    """Each installed app's hooks module, imported for its registrations: no name is bound."""
    for app in installed_apps:
        try:
            importlib.import_module("%s.hooks" % app)
        except ImportError:  # expect: 9: FF201 failed import of "importlib.import_module('%s.hooks' % app)" is silently swallowed; a plugin found on disk or named by configuration fails only when broken, and is dropped without a word; let the ImportError propagate
            continue


# --- not reported ---------------------------------------------------------


def command_class(packages, command):
    """A search among alternatives: the code after the try leaves the loop once an import works."""
    for package in packages:
        try:
            __import__(f"{package}.{command}")
        except ImportError:
            continue
        return getattr(sys.modules[f"{package}.{command}"], command)
    raise ImportError(command)


def optional_versions():
    """The listed distributions, made module names: the list names every module, judged like static imports."""
    present = []
    for distribution in ("typing-extensions", "email-validator"):
        try:
            importlib.import_module(distribution.replace("-", "_"))
        except ImportError:
            continue
        present.append(distribution)
    return present


def first_available(prefixes):
    """A search among alternatives: the loop stops at the first that imports, and raises when none does."""
    for prefix in prefixes:
        try:
            module = importlib.import_module(prefix + ".compat")
        except ImportError:
            continue
        else:
            return module
    raise ImportError("no compat module")


def try_import(module_name):
    """A helper that imports whatever name it is given: its callers decide what a None means."""
    try:
        return importlib.import_module(module_name)
    except ImportError:
        return None


for info in pkgutil.iter_modules(__path__):
    try:
        found[info.name] = importlib.import_module(info.name)
    except ModuleNotFoundError as exc:  # the recommended form: only a missing optional dependency is skipped
        if exc.name != info.name:
            raise
    except ImportError:
        logger.warning("plugin %s is broken", info.name)
