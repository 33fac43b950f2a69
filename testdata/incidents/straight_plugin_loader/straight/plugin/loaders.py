# Reconstruction for flake8-failfast's incident corpus: straight.plugin, https://github.com/ironfroggy/straight.plugin/issues/14 (open; fix proposed in PR #29), as at 363b0af; not the project's code.
import os
import sys
from importlib import import_module

from straight.plugin.manager import PluginManager


class Loader(object):
    def __init__(self):
        self._cache = []

    def load(self, *args, **kwargs):
        self._fill_cache(*args, **kwargs)
        return PluginManager(self._cache)


class ModuleLoader(Loader):
    def __init__(self, recurse=False):
        super(ModuleLoader, self).__init__()
        self.recurse = recurse

    def _findPluginFilePaths(self, namespace):
        relative = namespace.replace(".", os.path.sep)
        for entry in set(sys.path):
            folder = os.path.join(entry, relative)
            if not os.path.isdir(folder):
                continue
            for name in os.listdir(folder):
                if name.endswith(".py") and name != "__init__.py":
                    yield os.path.join(relative, name)

    def _findPluginModules(self, namespace):
        for filepath in self._findPluginFilePaths(namespace):
            import_path = os.path.splitext(filepath)[0].replace(os.path.sep, ".")
            try:
                module = import_module(import_path)
            except ImportError:
                module = None
            if module is not None:
                yield module

    def _fill_cache(self, namespace):
        self._cache = list(self._findPluginModules(namespace))


def unified_load(namespace, subclasses=None, recurse=False):
    return ModuleLoader(recurse=recurse).load(namespace)
