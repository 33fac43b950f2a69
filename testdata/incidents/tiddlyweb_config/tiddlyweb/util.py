# Reconstruction for flake8-failfast's incident corpus: TiddlyWeb, https://github.com/tiddlyweb/tiddlyweb/issues/6, as before 85fb8ce; not the project's code.
import os
import sys

try:
    from hashlib import sha1
except ImportError:
    from sha import sha as sha1


class LockError(IOError): ...


def merge_config(global_config, additional_config, reconfig=True):
    for key, value in additional_config.items():
        if isinstance(value, dict):
            global_config.setdefault(key, {}).update(value)
        else:
            global_config[key] = value
    if reconfig:
        read_config(global_config)


def read_config(global_config):
    try:
        from tiddlywebconfig import config as custom_config
        merge_config(global_config, custom_config, reconfig=False)
    except ImportError:
        pass


def sha(data=""):
    return sha1(data)
