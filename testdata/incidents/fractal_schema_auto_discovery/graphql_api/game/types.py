# fractal-style-schema, https://github.com/cmmartti/fractal-style-schema/issues/1: graphql_api/game/types.py at commit c2643a0, trimmed to its top-level imports and the names it defines
from graphene import ObjectType, Int, String, List, lazy_import
from . import resolvers as resolve


class Game(ObjectType):
    ...
