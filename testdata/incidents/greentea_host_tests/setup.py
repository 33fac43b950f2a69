# Reconstruction for flake8-failfast's incident corpus: mbed-greentea, https://github.com/ARMmbed/greentea/issues/44 and https://github.com/ARMmbed/greentea/issues/45, as before 4cf02c0 (Python 2 code, written here in Python 3 syntax); not the project's code.
from setuptools import find_packages, setup

setup(
    name="mbed-greentea",
    packages=find_packages(),
    entry_points={"console_scripts": ["mbedgt=mbed_greentea.mbed_greentea_cli:main"]},
    install_requires=[
        "PrettyTable>=0.7.2",
        "PySerial>=2.7",
        "mbed-host-tests>=0.1.18",
        "mbed-ls",
        "junit-xml",
        "lockfile",
        "colorama>=0.3,<0.4",
    ],
)
