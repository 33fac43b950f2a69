# Reconstruction for flake8-failfast's incident corpus: straight.plugin, https://github.com/ironfroggy/straight.plugin/issues/14 (open; fix proposed in PR #29), as at 363b0af; not the project's code.


class PluginManager(object):
    def __init__(self, plugins):
        self._plugins = plugins
