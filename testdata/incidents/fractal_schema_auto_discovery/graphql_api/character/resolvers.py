# fractal-style-schema, https://github.com/cmmartti/fractal-style-schema/issues/1: graphql_api/character/resolvers.py at commit c2643a0, trimmed to its top-level imports and the names it defines
from .. import data


def games(*args, **kwargs):
    ...


def all_characters(*args, **kwargs):
    ...
