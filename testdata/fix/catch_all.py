"""A handler that catches every error keeps guarding what follows the imports."""
import logging

TABLE = {}

# Register the plugins.
try:
    from .plugins import registry
    TABLE["plugins"].append(registry)
except:  # best effort
    pass

try:
    from .hooks import setup, teardown
    setup()
except Exception:
    logging.exception("hooks failed")
    setup = teardown = None

try:
    TABLE["late"].append(1)
    from .late import late
except BaseException:
    late = None

try:
    from .only import only
except Exception:
    only = None

# The try imports again after other code: moving only the first import out
# would leave the handler reported; it is left to a person.
try:
    from .docs import autodoc

    signature = "Meta.__call__"
    try:
        from .docs.signatures import table
    except ImportError:
        table = autodoc
    table.add(signature)
except Exception:
    pass


def close():
    teardown()
