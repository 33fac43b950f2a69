# lewis, https://github.com/ess-dmsc/lewis/issues/277: setup.py before commit ee09742e, trimmed to the name, packages, install_requires and extras_require
from setuptools import setup, find_packages

setup(
    name='lewis',
    packages=find_packages(where='src'),
    package_dir={'': 'src'},

    install_requires=['six', 'pyzmq', 'json-rpc', 'semantic_version',
                      'PyYAML', 'scanf>=1.4.1'],

    extras_require={
        'epics': ['pcaspy'],
        'dev': ['flake8', 'mock>=1.0.1', 'sphinx>=1.4.5', 'sphinx_rtd_theme',
                'pytest', 'pytest-cov', 'coverage', 'tox'],
    },
)
