"""A try that runs more than imports keeps its handler for the rest: the code after the import may raise ImportError itself."""
from . import logs


def convert(data):
    # The helpers are ours; spark_type() imports pyspark, which is optional.
    try:
        from .helpers import spark_type
        if isinstance(data, spark_type()):
            data = data.toPandas()
    except ImportError:
        pass
    return data


try:
    from .plugins import load_plugins
    from .hooks import hooks
    load_plugins(hooks)
except ImportError:
    logs.warning("no plugins")
    load_plugins = None

try:
    logs.setup()
    from .extras import extras
except ImportError:
    extras = None

try:
    from .render import render
    TEMPLATE = render("base")
    from .render import filters
except ImportError:
    render = filters = TEMPLATE = None
