# MSAL for Python, https://github.com/AzureAD/microsoft-authentication-library-for-python/pull/667: msal/__init__.py before commit 9a866ca, trimmed to its top-level imports and the names it defines
from .application import (
    __version__,
    ClientApplication,
    ConfidentialClientApplication,
    PublicClientApplication,
    )
from .oauth2cli.oidc import Prompt, IdTokenError
from .token_cache import TokenCache, SerializableTokenCache
from .auth_scheme import PopAuthScheme
