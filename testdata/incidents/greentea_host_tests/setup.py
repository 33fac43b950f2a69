# mbed-greentea, https://github.com/ARMmbed/greentea/issues/44: setup.py before commit 4cf02c0, trimmed to the name, packages and install_requires
from distutils.core import setup
from setuptools import find_packages

setup(name='mbed-greentea',
      version='0.1.14',
      packages=find_packages(),
      entry_points={
        "console_scripts": ["mbedgt=mbed_greentea.mbed_greentea_cli:main",],
      },
      install_requires=["PrettyTable>=0.7.2",
        "PySerial>=2.7",
        "mbed-host-tests>=0.1.18",
        "mbed-ls",
        "junit-xml",
        "lockfile",
        "colorama>=0.3,<0.4"])
