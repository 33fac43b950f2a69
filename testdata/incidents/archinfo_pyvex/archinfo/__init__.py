# Reconstruction for flake8-failfast's incident corpus: archinfo, https://github.com/angr/pyvex/issues/189 (fix https://github.com/angr/archinfo/commit/49823deb619efdfba24af35c9c1a5d749a095f7c), as before 49823de; not the project's code.
from .arch import *
from .defines import defines
from .arch_amd64    import ArchAMD64
from .arch_x86      import ArchX86
from .arch_arm      import ArchARM, ArchARMEL, ArchARMHF, ArchARMCortexM
from .arch_aarch64  import ArchAArch64
from .arch_ppc32    import ArchPPC32
from .arch_ppc64    import ArchPPC64
from .arch_mips32   import ArchMIPS32
from .arch_mips64   import ArchMIPS64
from .arch_soot     import ArchSoot
from .archerror     import ArchError
from .arch_s390x    import ArchS390X
