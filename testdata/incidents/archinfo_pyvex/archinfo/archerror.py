# archinfo, https://github.com/angr/pyvex/issues/189: archinfo/archerror.py before commit 49823de, trimmed to its top-level imports and the names it defines


class ArchError(Exception):
    ...
