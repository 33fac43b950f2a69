# Reconstruction for flake8-failfast's incident corpus: skypy, https://github.com/skypyproject/skypy/issues/436 (fix PR #437), as before 9edfa92; not the project's code.
from abc import ABCMeta, abstractmethod
import numpy as np

__all__ = [
    "absolute_magnitude_from_luminosity",
    "luminosity_from_absolute_magnitude",
    "luminosity_in_band",
    "mag_ab",
    "SpectrumTemplates",
]

try:
    import speclite.filters
except ImportError:
    HAS_SPECLITE = False
else:
    HAS_SPECLITE = True


def mag_ab(wavelength, spectrum, filters, *, redshift=None, coefficients=None, distmod=None, interpolate=1000):
    if np.ndim(filters) == 0:
        filters = (filters,)
    bands = speclite.filters.load_filters(*filters)
    return np.zeros(np.shape(spectrum)[:-1] + np.shape(bands))


class SpectrumTemplates(metaclass=ABCMeta):
    @abstractmethod
    def __init__(self): ...

    def absolute_magnitudes(self, coefficients, filters, stellar_mass=None):
        return mag_ab(self.wavelength, self.templates, filters, coefficients=coefficients)

    def apparent_magnitudes(self, coefficients, redshift, filters, cosmology, *, stellar_mass=None):
        return mag_ab(self.wavelength, self.templates, filters, redshift=redshift, coefficients=coefficients)


luminosity_in_band = {}


def luminosity_from_absolute_magnitude(absolute_magnitude, zeropoint=None): ...


def absolute_magnitude_from_luminosity(luminosity, zeropoint=None): ...
