"""FF301 (off by default): the failure deferred to a placeholder that raises when used."""

# --- reported -------------------------------------------------------------

try:
    import numpy as np
except ImportError as exc:  # expect: 1: FF301 failed import of 'numpy' is deferred: 'np' bound to a placeholder that raises only when used; let the ImportError propagate
    class _Missing:
        def __getattr__(self, name):
            raise ImportError("numpy is required") from exc

    np = _Missing()

try:
    from .render import render
except ImportError:  # expect: 1: FF301 failed import of '.render' is deferred: 'render' bound to a placeholder that raises only when used; let the ImportError propagate
    def render(*args, **kwargs):
        """Raise on use."""
        raise RuntimeError("render is unavailable")

try:
    from scipy import optimize
except ImportError:  # expect: 1: FF103 failed import of 'scipy' is masked: 'optimize' set to None; 'scipy' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken  # expect: 1: FF301 failed import of 'scipy' is deferred: 'minimize' bound to a placeholder that raises only when used; let the ImportError propagate
    optimize = None

    def minimize(*args):
        raise ImportError("scipy is required")

# --- not reported ----------------------------------------------------------

try:
    import numpy as np
except ImportError:  # noqa: FF103
    class NumpyMissingError(ImportError):
        pass

    np = None
