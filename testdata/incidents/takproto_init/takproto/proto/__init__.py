# Reconstruction for flake8-failfast's incident corpus: takproto, https://github.com/snstac/takproto/issues/13 and https://github.com/snstac/takproto/issues/14, as before 714068b; not the project's code.
from .takmessage_pb2 import TakMessage
