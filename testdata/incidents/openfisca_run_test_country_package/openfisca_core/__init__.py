# Reconstruction for flake8-failfast's incident corpus: OpenFisca-Core, https://github.com/openfisca/openfisca-core/issues/464, as before ba129e9c; not the project's code.
