# Reconstruction for flake8-failfast's incident corpus: takproto, https://github.com/snstac/takproto/issues/13 and https://github.com/snstac/takproto/issues/14, as before 714068b; not the project's code.
from google.protobuf.internal import builder as _builder
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import symbol_database as _symbol_database
from . import contact_pb2 as contact__pb2
from . import group_pb2 as group__pb2
from . import precisionlocation_pb2 as precisionlocation__pb2
from . import status_pb2 as status__pb2
from . import takv_pb2 as takv__pb2
from . import track_pb2 as track__pb2
