"""FF202: a log line, a stored error or a flag is a decision for an optional module, but never excuses a use that fails."""
import logging

logger = logging.getLogger(__name__)

# --- reported -------------------------------------------------------------

try:
    import mysql.connector
except ImportError:  # expect: 1: FF202 failed import of 'mysql.connector' is silently swallowed: 'mysql' left unbound; first used unguarded at line 15; let the ImportError propagate
    logger.warning("mysql-connector not installed")


def connect():
    return mysql.connector.connect()  # NameError at the first call


missing_mcp_error = None
try:
    from mcp import ClientSession
except ImportError as e:  # expect: 1: FF202 failed import of 'mcp' is silently swallowed: 'ClientSession' left unbound; first used unguarded at line 26; let the ImportError propagate
    missing_mcp_error = e


class Client:
    session: ClientSession | None = None  # evaluated when the class is created: NameError at import

    def __init__(self):
        if missing_mcp_error:
            raise missing_mcp_error

# --- not reported ---------------------------------------------------------

try:
    import redis
except ImportError:
    logger.warning("redis not installed: caching is off")
    HAS_REDIS = False
else:
    HAS_REDIS = True


def cache():
    if not HAS_REDIS:
        return None
    return redis.Redis()
