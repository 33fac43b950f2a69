# flake8-args: --failfast-first-party=myapp
"""FF101: a failed first-party import masked by None or a stub."""
import sys

# --- reported -------------------------------------------------------------

try:
    from .state_machine import get_connection_state_machine
except ImportError:  # expect: 1: FF101 failed import of '.state_machine' is masked: 'get_connection_state_machine' set to None; let the ImportError propagate
    get_connection_state_machine = None

try:
    from .models import Base, Session
except ModuleNotFoundError:  # expect: 1: FF101 failed import of '.models' is masked: 'Base', 'Session' set to None; let the ImportError propagate
    Base, Session = None, None

try:
    from . import plugins
except (ImportError, KeyError):  # expect: 1: FF101 failed import of '.plugins' is masked: 'plugins' set to None; let the ImportError propagate
    plugins: object | None = None

try:
    import myapp.settings as settings
except Exception:  # expect: 1: FF101 failed import of 'myapp.settings' is masked: 'settings' bound to a do-nothing stub; let the ImportError propagate
    class settings:
        """Placeholder."""

        def get(self, key):
            return None

try:
    from ..core import alpha, beta, gamma, delta, epsilon
except ImportError:  # expect: 1: FF101 failed import of '..core' is masked: 'alpha', 'beta', 'gamma' set to None and 2 more; let the ImportError propagate
    alpha = beta = gamma = delta = epsilon = None

try:
    from .codec import encode
except BaseException:  # expect: 1: FF101 failed import of '.codec' is masked: 'encode' bound to a do-nothing stub; let the ImportError propagate
    encode = lambda data: b""

try:
    from .fast import speedup
except builtins.ImportError:  # expect: 1: FF101 failed import of '.fast' is masked: 'speedup' bound to a do-nothing stub; let the ImportError propagate
    def speedup(*args, **kwargs):
        """Does nothing."""
        return


def load():
    try:
        from .backend import Backend
    except:  # expect: 5: FF101 failed import of '.backend' is masked: 'Backend' bound to a do-nothing stub; let the ImportError propagate
        Backend = object()
    return Backend


try:
    from .native import accelerate
except ImportError:  # expect: 1: FF101 failed import of '.native' is masked: 'accelerate' set to None; let the ImportError propagate
    if sys.platform == "win32":
        raise
    accelerate = None

try:
    from .registry import REGISTRY
except ImportError:  # expect: 1: FF101 failed import of '.registry' is masked: 'REGISTRY' set to None; let the ImportError propagate
    sys.modules["myapp.registry"] = None

REPORTER = None
try:
    from .report import REPORTER
except ImportError:  # expect: 1: FF101 failed import of '.report' is masked: 'REPORTER' set to None; let the ImportError propagate
    pass

try:
    import importlib
    handlers = importlib.import_module(".handlers", __package__)
except ImportError:  # expect: 1: FF101 failed import of '.handlers' is masked: 'handlers' set to None; let the ImportError propagate
    handlers = None

# --- not reported ----------------------------------------------------------

try:
    from .state_machine import get_connection_state_machine
except ImportError as e:
    raise ImportError(f"broken install: {e}") from e

try:
    from .speedups import fast_path
except ImportError:
    from .pure import fast_path

try:
    from .jit import njit
except ImportError:
    def njit(f):
        return f

try:
    from .config import CONFIG
except ImportError:
    sys.exit("configuration module missing")

try:
    from .errors import ConfigError
except ImportError:
    class ConfigError(ValueError):
        """A complete exception type, not a stub."""

try:
    from .defaults import TIMEOUT
except ImportError:
    TIMEOUT = 30

try:
    from .state import get_state
except KeyError:
    get_state = None


def later():
    from .state import get_state  # not in a try


try:
    def lazy():
        from .state import get_state  # inside a nested def: not a candidate
        return get_state
except ImportError:
    lazy = None

try:
    from .compat import shim
except ImportError:  # noqa: FF101
    shim = None
