# Reconstruction for flake8-failfast's incident corpus: OpenFisca-Core, https://github.com/openfisca/openfisca-core/issues/464, as before ba129e9c; not the project's code.
import importlib
import logging
import pkgutil
import sys

log = logging.getLogger(__name__)


def handle_error(error_message):
    log.error(error_message)
    sys.exit(1)


def build_tax_benefit_sytem(country_package_name, extensions, reforms):
    if country_package_name is None:
        country_package_name = detect_country_package()
    try:
        country_package = importlib.import_module(country_package_name)
    except ImportError:
        handle_error("cannot import %s: is it installed?" % country_package_name)
    if not hasattr(country_package, "CountryTaxBenefitSystem"):
        handle_error("%s is not a country package" % country_package_name)
    system = country_package.CountryTaxBenefitSystem()
    for extension in extensions or ():
        system.load_extension(extension)
    for reform in reforms or ():
        system = system.apply_reform(reform)
    return system


def detect_country_package():
    found = []
    for _, name, _ in pkgutil.iter_modules():
        if "openfisca" in name.lower() and hasattr(importlib.import_module(name), "CountryTaxBenefitSystem"):
            found.append(name)
    if not found:
        handle_error("no country package found")
    return found[0]
