# Reconstruction for flake8-failfast's incident corpus: TiddlyWeb, https://github.com/tiddlyweb/tiddlyweb/issues/6, as before 85fb8ce; not the project's code.
from setuptools import find_packages, setup

from tiddlyweb import __version__

setup(
    name="tiddlyweb",
    version=__version__,
    packages=find_packages(exclude=["test", "test.*"]),
    install_requires=["setuptools", "selector", "simplejson", "html5lib", "cherrypy"],
)
