# Reconstruction for flake8-failfast's incident corpus: archinfo, https://github.com/angr/pyvex/issues/189 (fix https://github.com/angr/archinfo/commit/49823deb619efdfba24af35c9c1a5d749a095f7c), as before 49823de; not the project's code.


class ArchError(Exception): ...
