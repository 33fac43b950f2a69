# Reconstruction for flake8-failfast's incident corpus: inductiva, https://github.com/inductiva/inductiva/issues/770 (fix PR #771), as before 897ea097; not the project's code.
import importlib
import functools


def _needs_optional_deps(module_names, extra_msg, func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        missing = []
        for name in module_names:
            try:
                importlib.import_module(name)
            except ImportError:
                missing.append(name)
        if missing:
            raise RuntimeError(f"{func.__qualname__} needs {', '.join(missing)}. {extra_msg}")
        return func(*args, **kwargs)

    return wrapper


def _install_hint(extra):
    return f"Install them with: pip install 'inductiva[{extra}_extra]'"


needs_molecules_extra_deps = functools.partial(
    _needs_optional_deps, ["MDAnalysis", "nglview", "imageio", "matplotlib"], _install_hint("molecules")
)
needs_fluids_extra_deps = functools.partial(
    _needs_optional_deps, ["pyvista", "vtk", "scipy", "xarray", "dask", "imageio", "matplotlib"], _install_hint("fluids")
)
needs_coastal_extra_deps = functools.partial(
    _needs_optional_deps, ["utm", "imageio", "scipy", "matplotlib"], _install_hint("coastal")
)
needs_common_extra_deps = functools.partial(_needs_optional_deps, ["imageio", "matplotlib"], _install_hint("common"))
needs_structures_extra_deps = functools.partial(_needs_optional_deps, ["pyvista"], _install_hint("structures"))
