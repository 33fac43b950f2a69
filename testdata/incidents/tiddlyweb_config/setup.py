# TiddlyWeb, https://github.com/tiddlyweb/tiddlyweb/issues/6: setup.py before commit 85fb8ce, trimmed to the name, packages and install_requires
from setuptools import setup, find_packages

from tiddlyweb import __version__ as VERSION

setup(name = 'tiddlyweb',
        version = VERSION,
        packages = find_packages(exclude=['test', 'test.*', 'profile']),
        scripts = ['twanager',],
        install_requires = ['setuptools', 'selector', 'simplejson', 'html5lib', 'cherrypy'],
        include_package_data = True,
        zip_safe=False,
        )
