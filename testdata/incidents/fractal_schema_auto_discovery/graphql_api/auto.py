# Reconstruction for flake8-failfast's incident corpus: fractal-style-schema, https://github.com/cmmartti/fractal-style-schema/issues/1 (open), as at c2643a0; not the project's code.
import os
import importlib
from inspect import getmembers, isclass
from graphene import ObjectType


def schema_operations_builder(name, module_name, base_name, cls_name):
    bases = build_base_classes(module_name, base_name, cls_name)
    if len(bases) <= 1:
        raise ValueError("no %s classes found" % base_name)
    fields = {}
    for base in bases:
        fields.update(base._meta.fields)
    return type(name, tuple(bases), fields)


def build_base_classes(module_name, base_name, cls_name):
    class Root(ObjectType):
        pass

    here = os.path.dirname(os.path.abspath(__file__))
    bases = [Root]
    for entry in os.listdir(here):
        if not os.path.isdir(os.path.join(here, entry)) or entry == "__pycache__":
            continue
        try:
            module = importlib.import_module("graphql_api.%s.%s" % (entry, module_name))
            bases += [cls for found, cls in getmembers(module, isclass) if cls_name in found and found != base_name]
        except ImportError:
            pass
    return bases[::-1]
