# Reconstruction for flake8-failfast's incident corpus: takproto, https://github.com/snstac/takproto/issues/13 and https://github.com/snstac/takproto/issues/14, as before 714068b; not the project's code.
import re
import xml.etree.ElementTree as ET

from datetime import datetime
from io import BytesIO
from typing import Optional

import delimited_protobuf as dpb

from takproto.constants import (
    ISO_8601_UTC,
    DEFAULT_MESH_HEADER,
    DEFAULT_PROTO_HEADER,
    TAKProtoVer,
)
from takproto.proto import TakMessage


def parse_proto(*args, **kwargs): ...


def parse_mesh(*args, **kwargs): ...


def parse_stream(*args, **kwargs): ...


def format_time(*args, **kwargs): ...


def xml2proto(*args, **kwargs): ...


def msg2proto(*args, **kwargs): ...
