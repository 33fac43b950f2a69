# Reconstruction for flake8-failfast's incident corpus: archinfo, https://github.com/angr/pyvex/issues/189 (fix https://github.com/angr/archinfo/commit/49823deb619efdfba24af35c9c1a5d749a095f7c), as before 49823de; not the project's code.
from archinfo.archerror import ArchError


try:
    import pyvex as _pyvex
except ImportError:
    _pyvex = None

try:
    import unicorn as _unicorn
except ImportError:
    _unicorn = None

try:
    import capstone as _capstone
except ImportError:
    _capstone = None

try:
    import keystone as _keystone
except ImportError:
    _keystone = None


class Endness:
    LE = "Iend_LE"
    BE = "Iend_BE"
    ME = "Iend_ME"


class Register:
    def __init__(self, name, size, vex_offset=None):
        self.name, self.size, self.vex_offset = name, size, vex_offset


class Arch:
    vex_support = True
    register_list = []
    cs_mode = ks_mode = uc_mode = None

    def __init__(self, endness):
        if endness not in (Endness.LE, Endness.BE, Endness.ME):
            raise ArchError(endness)
        if self.vex_support and _pyvex:
            self.vex_archinfo = _pyvex.default_vex_archinfo()
        if endness == Endness.BE:
            if _capstone and self.cs_mode is not None:
                self.cs_mode += _capstone.CS_MODE_BIG_ENDIAN
            if _keystone and self.ks_mode is not None:
                self.ks_mode += _keystone.KS_MODE_BIG_ENDIAN
        if self.register_list:
            self.offsets = dict(_pyvex.vex_ffi.guest_offsets)
        if self.uc_mode is not None and endness == Endness.BE:
            self.uc_mode += _unicorn.UC_MODE_BIG_ENDIAN
