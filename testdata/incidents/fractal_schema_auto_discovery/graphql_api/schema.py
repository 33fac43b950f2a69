# Reconstruction for flake8-failfast's incident corpus: fractal-style-schema, https://github.com/cmmartti/fractal-style-schema/issues/1 (open), as at c2643a0; not the project's code.
from graphene import Schema
from .auto import schema_operations_builder

schema = Schema(query=schema_operations_builder("Query", "query", "BaseQuery", "Query"))
