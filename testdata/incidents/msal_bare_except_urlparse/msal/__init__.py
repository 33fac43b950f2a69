# Reconstruction for flake8-failfast's incident corpus: MSAL for Python, https://github.com/AzureAD/microsoft-authentication-library-for-python/pull/667, as before 9a866ca; not the project's code.
from .application import (
    __version__,
    ClientApplication,
    ConfidentialClientApplication,
    PublicClientApplication,
    )
from .oauth2cli.oidc import Prompt, IdTokenError
from .token_cache import TokenCache, SerializableTokenCache
from .auth_scheme import PopAuthScheme
