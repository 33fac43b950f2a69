# Reconstruction for flake8-failfast's incident corpus: straight.plugin, https://github.com/ironfroggy/straight.plugin/issues/14 (open; fix proposed in PR #29), as at 363b0af; not the project's code.
__import__("pkg_resources").declare_namespace(__name__)
