# Reconstruction for flake8-failfast's incident corpus: TiddlyWeb, https://github.com/tiddlyweb/tiddlyweb/issues/6, as before 85fb8ce; not the project's code.
__version__ = "1.1.dev2"
