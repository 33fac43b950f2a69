# OpenFisca-Core, https://github.com/openfisca/openfisca-core/issues/464: setup.py before commit ba129e9c, trimmed to the name, entry points, packages, install_requires and extras_require
from setuptools import setup, find_packages

setup(
    name = 'OpenFisca-Core',
    version = '14.0.0',
    entry_points = {
        'console_scripts': ['openfisca-run-test=openfisca_core.scripts.run_test:main'],
        },
    extras_require = {
        'parsers': [
            'OpenFisca-Parsers >= 1.0.2, < 2.0',
            ],
        'test': [
            'nose',
            'flake8',
            'openfisca-country-template >= 1.2.0rc0, <= 1.2.0',
            'openfisca-extension-template == 1.1.0',
            ],
        },
    include_package_data = True,  # Will read MANIFEST.in
    install_requires = [
        'Biryani[datetimeconv] >= 0.10.4',
        'numpy >= 1.11, < 1.13',
        'PyYAML >= 3.10',
        'flask == 0.12',
        'flask-cors == 3.0.2',
        'gunicorn >= 19.7.1',
        'lxml >= 3.7',
        ],
    packages = find_packages(exclude=['tests*']),
    )
