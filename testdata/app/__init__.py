"""First-party stand-ins that the FF fixtures import: their source decides what can be absent.

`_speedups.abi3.so` (empty) stands for a compiled extension: no Python source.
"""
