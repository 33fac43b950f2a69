"""FF203 (off by default): an optional import silently swallowed, and nothing reads its names."""

# --- reported -------------------------------------------------------------

try:
    import readline
except ImportError:  # expect: 1: FF203 failed import of 'readline' is silently swallowed: 'readline' left unbound; 'readline' is missing on some platforms or builds; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    pass


def terminal_size():
    try:
        import fcntl, termios
        fcntl.ioctl(0, termios.TIOCGWINSZ)
    except ModuleNotFoundError:  # expect: 5: FF203 failed import of 'fcntl', 'termios' is silently swallowed; 'fcntl' is missing on some platforms or builds; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
        ...


def is_python(text):
    try:
        import ast
        ast.parse(text)
    except (ImportError, SyntaxError):  # expect: 5: FF203 failed import of 'ast' is silently swallowed; the handler is for other errors too, and nothing reads the names; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
        pass
    return text


def wrap(headers):
    try:
        from werkzeug.datastructures import Headers
        headers = Headers(headers)
    except ImportError:  # expect: 5: FF203 failed import of 'werkzeug.datastructures' is silently swallowed; 'werkzeug.datastructures' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
        pass
    return headers


try:
    from .app.compat import WINDOWS
    if not WINDOWS:
        raise ImportError("the registry reader is for Windows only")
    import winreg
except ImportError:  # expect: 1: FF203 failed import of '.app.compat', 'winreg' is silently swallowed: 'WINDOWS', 'winreg' left unbound; the try raises ImportError itself, the handler is for that too; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    pass

# --- not reported ----------------------------------------------------------

try:
    import readline
except ImportError:
    readline = False

try:
    import msvcrt
    IS_WINDOWS = True
except ImportError:
    IS_WINDOWS = False

if IS_WINDOWS:
    msvcrt.getch()
