# Reconstruction for flake8-failfast's incident corpus: takproto, https://github.com/snstac/takproto/issues/13 and https://github.com/snstac/takproto/issues/14, as before 714068b; not the project's code.
from enum import Enum

DEFAULT_PROTO_HEADER = bytearray(b"\xbf")
DEFAULT_MESH_HEADER = bytearray(b"\xbf\x01\xbf")
ISO_8601_UTC = "%Y-%m-%dT%H:%M:%S.%fZ"


class TAKProtoVer(Enum):
    MESH = 1
    STREAM = 2
