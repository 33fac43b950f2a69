# Reconstruction for flake8-failfast's incident corpus: MSAL for Python, https://github.com/AzureAD/microsoft-authentication-library-for-python/pull/667, as before 9a866ca (the UTF-8 byte order mark of the original mex.py kept before this line); not the project's code.
try:
    from urllib.parse import urlparse
except:
    from urlparse import urlparse
try:
    from xml.etree import cElementTree as ET
except ImportError:
    from xml.etree import ElementTree as ET
import logging

logger = logging.getLogger(__name__)


def send_request(mex_endpoint, http_client, **kwargs):
    response = http_client.get(mex_endpoint, **kwargs)
    response.raise_for_status()
    try:
        return Mex(response.text).get_wstrust_username_password_endpoint()
    except ET.ParseError:
        logger.exception("unreadable MEX document")
        raise


class Mex(object):
    NS = {}

    def __init__(self, mex_document):
        self.dom = ET.fromstring(mex_document)

    def get_wstrust_username_password_endpoint(self): ...
