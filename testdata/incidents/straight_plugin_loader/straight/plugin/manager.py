# straight.plugin, https://github.com/ironfroggy/straight.plugin/issues/14: straight/plugin/manager.py at commit 363b0af, trimmed to its top-level imports and the names it defines


class PluginManager(object):
    ...
