# Reconstruction for flake8-failfast's incident corpus: fractal-style-schema, https://github.com/cmmartti/fractal-style-schema/issues/1 (open), as at c2643a0; not the project's code.
from graphene.types.objecttype import ObjectType, ObjectTypeOptions


class BaseQuery(ObjectType): ...


class BaseMutation(ObjectType): ...


class BaseSubscription(ObjectType): ...
