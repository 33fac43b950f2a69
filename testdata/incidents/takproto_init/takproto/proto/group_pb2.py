# Reconstruction for flake8-failfast's incident corpus: takproto, https://github.com/snstac/takproto/issues/13 and https://github.com/snstac/takproto/issues/14, as before 714068b; not the project's code.
from google.protobuf.internal import builder as _builder
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import symbol_database as _symbol_database
