# fractal-style-schema, https://github.com/cmmartti/fractal-style-schema/issues/1: graphql_api/game/query.py at commit c2643a0, trimmed to its top-level imports and the names it defines
from graphene import List
from ..base import BaseQuery
from .types import Game
from . import resolvers as resolve


class Query(BaseQuery):
    ...
