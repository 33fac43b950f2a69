# fractal-style-schema, https://github.com/cmmartti/fractal-style-schema/issues/1: graphql_api/schema.py at commit c2643a0, trimmed to its top-level imports and the names it defines
from graphene import Schema
from .auto import schema_operations_builder
ALL_QUERIES = ...
schema = Schema(query=ALL_QUERIES)
