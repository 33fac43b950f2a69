# straight.plugin, https://github.com/ironfroggy/straight.plugin/issues/14: straight/plugin/__init__.py at commit 363b0af, trimmed to its top-level imports and the names it defines
from straight.plugin import loaders
load = loaders.unified_load
