# fractal-style-schema, https://github.com/cmmartti/fractal-style-schema/issues/1: graphql_api/base.py at commit c2643a0, trimmed to its top-level imports and the names it defines
from graphene.types.objecttype import ObjectType, ObjectTypeOptions


class BaseQuery(ObjectType):
    ...


class BaseMutation(ObjectType):
    ...


class BaseSubscription(ObjectType):
    ...
