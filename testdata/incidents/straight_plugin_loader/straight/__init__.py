# straight.plugin, https://github.com/ironfroggy/straight.plugin/issues/14: straight/__init__.py at commit 363b0af
__import__("pkg_resources").declare_namespace(__name__)
