# flake8-args: --failfast-first-party=myapp --failfast-min-python=3.8
"""FF101: a failed import that cannot fail on a healthy install, masked by None or a stub.

The first-party modules live in testdata/app/ (Python source that imports
only the standard library); `json`, `warnings` and (from Python 3.8 on,
as the header says) `dataclasses` are in every build of every Python.
"""
import sys

# --- reported -------------------------------------------------------------

try:
    from .app.state_machine import get_connection_state_machine
except ImportError:  # expect: 1: FF101 failed import of '.app.state_machine' is masked: 'get_connection_state_machine' set to None; '.app.state_machine' cannot be absent; let the ImportError propagate
    get_connection_state_machine = None

try:
    from .app.models import Base, Session
except ModuleNotFoundError:  # expect: 1: FF101 failed import of '.app.models' is masked: 'Base', 'Session' set to None; '.app.models' cannot be absent; let the ImportError propagate
    Base, Session = None, None

try:
    from .app import models
except (ImportError, KeyError):  # expect: 1: FF101 failed import of '.app.models' is masked: 'models' set to None; '.app.models' cannot be absent; let the ImportError propagate
    models: object | None = None

try:
    import warnings
except ImportError:  # expect: 1: FF101 failed import of 'warnings' is masked: 'warnings' set to None; 'warnings' cannot be absent; let the ImportError propagate
    warnings = None

try:
    import json
except Exception:  # expect: 1: FF101 failed import of 'json' is masked: 'json' bound to a do-nothing stub; 'json' cannot be absent; let the ImportError propagate
    class json:
        """Placeholder."""

        def dumps(self, value):
            return None

try:
    import dataclasses
except ImportError:  # expect: 1: FF101 failed import of 'dataclasses' is masked: 'dataclasses' set to None; 'dataclasses' cannot be absent; let the ImportError propagate
    dataclasses = None

try:
    import myapp.settings as settings
except BaseException:  # expect: 1: FF101 failed import of 'myapp.settings' is masked: 'settings' bound to a do-nothing stub; 'myapp.settings' cannot be absent; let the ImportError propagate
    settings = lambda key: None


def load():
    try:
        from .app.models import Base
    except:  # expect: 5: FF101 failed import of '.app.models' is masked: 'Base' bound to a do-nothing stub; '.app.models' cannot be absent; let the ImportError propagate
        Base = object()
    return Base


try:
    from .app.state_machine import State
except ImportError:  # expect: 1: FF101 failed import of '.app.state_machine' is masked: 'State' set to None; '.app.state_machine' cannot be absent; let the ImportError propagate
    sys.modules["app.state_machine"] = None

try:
    from .app.models import Session
except ImportError:  # expect: 1: FF101 failed import of '.app.models' is masked: 'Session' set to None; '.app.models' cannot be absent; let the ImportError propagate
    import logging

    logging.getLogger(__name__).warning("models are not installed")
    Session = None

# --- not reported ----------------------------------------------------------

try:
    from .app.state_machine import get_connection_state_machine
except ImportError as e:
    raise ImportError(f"broken install: {e}") from e

try:
    from .app.models import Base
except ImportError:
    from .app.state_machine import State as Base

try:
    import json
except ImportError:
    sys.exit("json is missing")

try:
    from .app.models import Session
except KeyError:
    Session = None

try:
    from .app.models import Base
except ImportError:  # noqa: FF101
    Base = None

try:
    import graphlib
except ImportError:  # expect: 1: FF103 failed import of 'graphlib' is masked: 'graphlib' set to None; 'graphlib' is new in Python 3.9; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    graphlib = None

try:
    from .app.winonly import read_registry
except ImportError:  # expect: 1: FF103 failed import of '.app.winonly' is masked: 'read_registry' set to None; '.app.winonly' imports 'winreg', which is missing on some platforms or builds; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    read_registry = None
