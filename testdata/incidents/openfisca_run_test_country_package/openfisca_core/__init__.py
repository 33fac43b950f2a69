# OpenFisca-Core, https://github.com/openfisca/openfisca-core/issues/464: openfisca_core/__init__.py (empty) before commit ba129e9c
