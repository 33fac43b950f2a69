"""The incident's shape: an own module that imports a required dependency, masked by None."""
try:
    from app.ws.state_machine import get_connection_state_machine
except ImportError:  # expect: 1: FF101 failed import of 'app.ws.state_machine' is masked: 'get_connection_state_machine' set to None; 'app.ws.state_machine' cannot be absent; let the ImportError propagate
    get_connection_state_machine = None

try:
    import starlette
except ImportError:  # expect: 1: FF101 failed import of 'starlette' is masked: 'starlette' set to None; 'starlette' cannot be absent; let the ImportError propagate
    starlette = None

try:
    from starlette.responses import ServerSentEvent
except ImportError:  # expect: 1: FF103 failed import of 'starlette.responses' is masked: 'ServerSentEvent' set to None; 'starlette.responses' may lack 'ServerSentEvent' in some versions of a required dependency; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    ServerSentEvent = None

try:
    from app.ws.yaml_io import load
except ImportError:  # expect: 1: FF103 failed import of 'app.ws.yaml_io' is masked: 'load' set to None; 'app.ws.yaml_io' imports 'yaml', which is an optional dependency; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    load = None

try:
    from app.ws.windows import beep
except ImportError:  # expect: 1: FF103 failed import of 'app.ws.windows' is masked: 'beep' set to None; 'app.ws.windows' imports 'win32api', which is an optional dependency; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    beep = None


def on_connect(ws: object) -> object:
    if get_connection_state_machine is None:
        return None  # the feature silently does nothing
    if starlette is None or ServerSentEvent is None or load is None or beep is None:
        return None
    return get_connection_state_machine(ws)


try:
    from app.ws.integration import Chain
except (ImportError, RuntimeError):  # expect: 1: FF103 failed import of 'app.ws.integration' is masked: 'Chain' set to None; 'app.ws.integration' imports 'langchain', which is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    Chain = None


def chain() -> object:
    return Chain() if Chain is not None else None
