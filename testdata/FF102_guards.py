"""FF102: what guards a use and what does not, and reads that are not uses of the masked name."""
import functools
import sys
import unittest
from typing import TYPE_CHECKING

import pytest

# --- reported -------------------------------------------------------------

try:
    import ujson
except ImportError:  # expect: 1: FF102 failed import of 'ujson' is masked: 'ujson' set to None; first used unguarded at line 30; let the ImportError propagate
    ujson = None

dbapi = None
try:
    import psycopg2 as dbapi
except ImportError:  # expect: 1: FF102 failed import of 'psycopg2' is masked: 'dbapi' set to None; first used unguarded at line 36; let the ImportError propagate
    pass
if dbapi is None:
    try:
        import pg8000 as dbapi
    except ImportError:  # expect: 5: FF102 failed import of 'pg8000' is masked: 'dbapi' set to None; first used unguarded at line 36; let the ImportError propagate
        pass


def dumps(value):
    try:
        return ujson.dumps(value)  # a catch-all turns the AttributeError into a vague failure: no guard
    except Exception:
        return None


def connect():
    return dbapi.connect()  # both alternatives can fail: dbapi may still be None


# --- not reported (every use guarded, or no use at all) ---------------------

try:
    import orjson
except ImportError:  # expect: 1: FF103 failed import of 'orjson' is masked: 'orjson' set to None; 'orjson' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    orjson = None

try:
    import lxml
except ImportError:  # expect: 1: FF103 failed import of 'lxml' is masked: 'lxml' set to None; 'lxml' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    lxml = None

try:
    import yaml
except ImportError:  # expect: 1: FF103 failed import of 'yaml' is masked: 'yaml' set to None; 'yaml' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    yaml = None

try:
    import numpy
except ImportError:  # expect: 1: FF103 failed import of 'numpy' is masked: 'numpy' set to None; 'numpy' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    numpy = None

try:
    from attrs_base import Base
except ImportError:  # expect: 1: FF103 failed import of 'attrs_base' is masked: 'Base' bound to a do-nothing stub; 'attrs_base' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    class Base:
        pass

try:
    import simplejson
except ImportError:  # expect: 1: FF103 failed import of 'simplejson' is masked: 'simplejson' set to None; 'simplejson' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    simplejson = None


def loads(text):
    try:
        return orjson.loads(text)  # the handler names the error a None raises here
    except AttributeError:
        return None


lxml_etree = pytest.importorskip("lxml.etree")  # anywhere at module level: the whole file needs lxml


def test_parse():
    return lxml.etree.fromstring("<a/>")


def in_memory():
    if "numpy" in sys.modules:
        return numpy.zeros(3)
    return None


NO_YAML = (yaml is None, "needs yaml")


@unittest.skipIf(*NO_YAML)
def test_yaml():
    return yaml.safe_load("a: 1")


class TestYaml(unittest.TestCase):
    if yaml is None:
        skip = "needs yaml"  # trial's way to skip a whole class

    def test_load(self):
        return yaml.safe_load("b: 2")


class TestNumpy(unittest.TestCase):
    def setUp(self):
        if numpy is None:
            self.skipTest("needs numpy")

    def test_sum(self):
        return numpy.sum([1, 2])


def requires_simplejson(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        if simplejson is None:
            raise RuntimeError("install simplejson")
        return function(*args, **kwargs)

    return wrapper


@requires_simplejson
def encode(value):
    return simplejson.dumps(value)


class Model(Base):  # subclassing a do-nothing stub class works
    pass


def rebinds(items, get):
    for numpy in items:  # a loop target rebinds the name
        numpy.sum()
    if (yaml := get()):  # so does a walrus
        yaml.load()


if TYPE_CHECKING:
    lxml.etree.Element  # never runs


try:
    import docutils.nodes
except ImportError:  # expect: 1: FF203 failed import of 'docutils.nodes' is silently swallowed: 'docutils' left unbound; 'docutils.nodes' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    pass


def render():
    if "docutils" in globals():  # the name is bound only if the import worked
        return docutils.nodes.Text("x")
    return None


try:
    from pil_image import Picture
except ImportError:  # expect: 1: FF103 failed import of 'pil_image' is masked: 'Picture' set to None; 'pil_image' is third-party; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken
    Picture = None


class Picture:  # binds the name anew: the reads below are of this class
    def size(self):
        return Picture.default


def picture():
    return Picture()
