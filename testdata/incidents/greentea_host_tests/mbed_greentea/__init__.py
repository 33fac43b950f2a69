# Reconstruction for flake8-failfast's incident corpus: mbed-greentea, https://github.com/ARMmbed/greentea/issues/44 and https://github.com/ARMmbed/greentea/issues/45, as before 4cf02c0 (Python 2 code, written here in Python 3 syntax); not the project's code.
from .mbed_greentea_cli import main
