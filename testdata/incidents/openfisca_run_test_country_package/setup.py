# Reconstruction for flake8-failfast's incident corpus: OpenFisca-Core, https://github.com/openfisca/openfisca-core/issues/464, as before ba129e9c; not the project's code.
from setuptools import find_packages, setup

setup(
    name="OpenFisca-Core",
    entry_points={"console_scripts": ["openfisca-run-test=openfisca_core.scripts.run_test:main"]},
    extras_require={"parsers": ["OpenFisca-Parsers"], "test": ["nose", "openfisca-country-template"]},
    install_requires=["Biryani[datetimeconv]", "numpy", "PyYAML", "flask", "flask-cors", "gunicorn", "lxml"],
    packages=find_packages(exclude=["tests*"]),
)
