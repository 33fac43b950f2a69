"""Rules v2, unit by unit: can the import fail on a healthy install, and can its masking hurt?"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from flake8_failfast.pipeline import Settings, check, parse_min_python, split_lines
from flake8_failfast.judge.stdlib import why_stdlib_can_be_absent
from helpers import LOOSE_MODULE, write_tree


def reports(source: str, filename: str = LOOSE_MODULE, settings: Settings = Settings()) -> list[str]:
    """`line:code why` for each finding: the part of the message after the names."""
    source = textwrap.dedent(source)
    found = check(ast.parse(source), split_lines(source), filename, settings)
    return [f"{f.line}:{f.code} {f.message.split('; ')[-2]}" for f in found]


# --- can it be absent? ----------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "why"),
    [
        ("warnings", None),
        ("importlib.machinery", "is new in Python 3.3"),
        ("os.path", None),
        ("__future__", None),
        ("gzip", None),
        ("ssl", "is missing on some platforms or builds"),
        ("dbm.gnu", "is missing on some platforms or builds"),
        ("winreg", "is missing on some platforms or builds"),
        ("tomllib", "is new in Python 3.11"),
        ("re._parser", "is private to the implementation"),
        ("distutils", "is missing on some platforms or builds"),
        ("imp", "was removed in a later Python"),
    ],
)
def test_standard_library_modules_every_build_has(module: str, why: str | None) -> None:
    assert why_stdlib_can_be_absent(module, (3, 0)) == why


def test_a_standard_module_that_needs_an_optional_one_can_be_absent() -> None:
    source = "try:\n    import gzip\nexcept ImportError:\n    gzip = None\n"
    assert reports(source) == ["3:FF103 'gzip' imports 'zlib', which is missing on some platforms or builds"]


def test_modules_of_other_pythons_are_standard_library_too() -> None:
    from flake8_failfast.judge.stdlib import is_stdlib

    assert is_stdlib("tomllib") and is_stdlib("imp") and is_stdlib("distutils.util")
    assert not is_stdlib("yaml")


def test_min_python_decides_which_new_modules_count_as_always_there() -> None:
    assert why_stdlib_can_be_absent("tomllib", (3, 11)) is None
    assert why_stdlib_can_be_absent("zoneinfo", (3, 8)) == "is new in Python 3.9"
    source = "try:\n    import zoneinfo\nexcept ImportError:\n    zoneinfo = None\n"
    assert reports(source) == ["3:FF103 'zoneinfo' is new in Python 3.9"]
    assert reports(source, settings=Settings(min_python=(3, 9))) == ["3:FF101 'zoneinfo' cannot be absent"]


@pytest.mark.parametrize("text", ["3", "3.x", "2.7", "3.9.1", " "])
def test_min_python_must_look_like_a_version(text: str) -> None:
    if not text.strip():
        assert parse_min_python(text) == (3, 0)
    else:
        with pytest.raises(ValueError, match="must look like 3.9"):
            parse_min_python(text)


def test_a_name_from_a_standard_module_is_a_version_shim() -> None:
    source = "try:\n    from functools import cached_property\nexcept ImportError:\n    cached_property = None\n"
    assert reports(source) == ["3:FF103 'functools' may lack 'cached_property' on some Pythons"]


def test_first_party_follows_the_package_files(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/core.py": "import json\nfrom . import helpers\n",
            "pkg/helpers.py": "from __future__ import annotations\nimport typing\n",
            "pkg/win.py": "import winreg\n",
            "pkg/viawin.py": "from .win import *\n",
            "pkg/plot.py": "import matplotlib\n",
            "pkg/names.py": "import sys\nif sys.platform == 'win32':\n    fromshare = 1\nalways = 2\n",
            "pkg/_speedups.cpython-311-x86_64-linux-gnu.so": "",
        },
    )
    mod = str(tmp_path / "pkg" / "mod.py")

    def why(module: str, name: str = "x") -> str:
        source = f"try:\n    from {module} import {name}\nexcept ImportError:\n    {name} = None\n"
        found = reports(source, mod)
        assert len(found) == 1, found
        return found[0]

    assert why(".core") == "3:FF101 '.core' cannot be absent"
    assert why("pkg.core") == "3:FF101 'pkg.core' cannot be absent"
    assert why(".viawin") == "3:FF103 '.viawin' imports 'winreg', which is missing on some platforms or builds"
    assert why(".plot") == "3:FF103 '.plot' imports 'matplotlib', which is third-party"
    assert why("._speedups") == "3:FF103 '._speedups' has no Python source in the package"
    assert why(".", "_distributor_init_local") == (
        "3:FF103 '._distributor_init_local' has no Python source in the package"
    )
    assert why(".names", "fromshare") == "3:FF103 '.names' defines 'fromshare' only on some paths"
    assert why(".names", "always") == "3:FF101 '.names' cannot be absent"


def test_vendored_copies_stay_third_party(tmp_path: Path) -> None:
    write_tree(tmp_path, {"tool/__init__.py": "", "tool/_vendor/__init__.py": "", "tool/_vendor/six.py": "X = 1\n"})
    source = "try:\n    from tool._vendor import six\nexcept ImportError:\n    six = None\n"
    assert reports(source, str(tmp_path / "tool" / "cli.py")) == ["3:FF103 'tool._vendor.six' is third-party"]


def test_standard_input_without_a_name_takes_first_party_source_to_be_there() -> None:
    source = "try:\n    from .state import machine\nexcept ImportError:\n    machine = None\n"
    assert reports(source, "stdin") == ["3:FF101 '.state' cannot be absent"]


# --- can the masking hurt? ----------------------------------------------------------

OPTIONAL = "try:\n    import yaml\nexcept ImportError:\n    yaml = None\n"


@pytest.mark.parametrize(
    ("use", "unguarded"),
    [
        ("yaml.safe_load('')", True),
        ("yaml('')", True),
        ("yaml['x']", True),
        ("for item in yaml:\n    pass", True),
        ("with yaml:\n    pass", True),
        ("class Loader(yaml):\n    pass", True),
        ("print(yaml)", False),
        ("loader = yaml", False),
        ("if yaml:\n    yaml.safe_load('')", False),
        ("if yaml is not None:\n    yaml.safe_load('')", False),
        ("if yaml is None:\n    pass\nelse:\n    yaml.safe_load('')", False),
        ("yaml and yaml.safe_load('')", False),
        ("yaml is None or yaml.safe_load('')", False),
        ("yaml.safe_load('') if yaml else None", False),
        ("assert yaml is not None\nyaml.safe_load('')", False),
        ("if hasattr(yaml, 'safe_load'):\n    yaml.safe_load('')", False),
        ("try:\n    yaml.safe_load('')\nexcept AttributeError:\n    pass", False),
        ("if sys.platform == 'linux':\n    yaml.safe_load('')", False),
        ("HAVE_YAML = yaml is not None\nif HAVE_YAML:\n    yaml.safe_load('')", False),
        (
            "def load():\n    if yaml is None:\n        raise RuntimeError('install pyyaml')\n"
            "    return yaml.safe_load('')",
            False,
        ),
        ("def load():\n    return yaml.safe_load('')", True),
        ("def _load():\n    return yaml.safe_load('')\ndef load():\n    return _load() if yaml else None", False),
        ("def load():\n    return yaml.safe_load('')\nload()", True),
        (
            "@pytest.mark.skipif(yaml is None, reason='no yaml')\ndef test_load():\n    yaml.safe_load('')",
            False,
        ),
        (
            "needs_yaml = pytest.mark.skipif(yaml is None, reason='no yaml')\n"
            "@needs_yaml\ndef test_load():\n    yaml.safe_load('')",
            False,
        ),
        ("pytestmark = pytest.mark.skipif(yaml is None, reason='no')\ndef test_load():\n    yaml.safe_load('')", False),
        ("@unittest.skipUnless(yaml, 'no yaml')\ndef test_load():\n    yaml.safe_load('')", False),
        (
            "class Loader:\n    def __init__(self):\n        if not yaml:\n            raise RuntimeError('no yaml')\n"
            "    def load(self):\n        return yaml.safe_load('')",
            False,
        ),
        ("def load(yaml):\n    return yaml.safe_load('')", False),
        ("@skipif_no_yaml\ndef test_load():\n    yaml.safe_load('')", False),
        ("@skipif_no_numpy\ndef test_load():\n    yaml.safe_load('')", True),
        ("if sys.platform != 'win32':\n    pass\nelse:\n    yaml.safe_load('')", False),
        ("if sys.version_info >= (3, 8):\n    yaml.safe_load('')", False),
        ("if sys.version_info < (3, 5):\n    raise RuntimeError('old')\nyaml.safe_load('')", True),
        ("for name in names:\n    pass\nelse:\n    yaml = object()\nyaml.x", False),
        ("yaml = object()\nyaml.x", False),
    ],
)
def test_uses_and_guards(use: str, unguarded: bool) -> None:
    found = reports(OPTIONAL + use + "\n")
    if unguarded:
        assert len(found) == 1 and found[0].startswith("3:FF102 first used unguarded at line "), found
    else:
        assert found == ["3:FF103 'yaml' is third-party"]


def test_code_the_try_runs_after_its_imports_is_guarded() -> None:
    source = (
        "def _fast(data):\n    return _speedups.run(data)\n"
        "try:\n    import _speedups\n    run = _fast\nexcept ImportError:\n    _speedups = None\n    run = len\n"
    )
    assert reports(source) == ["6:FF103 '_speedups' is third-party"]


def test_an_export_replaced_later_is_no_longer_masked() -> None:
    source = (
        "__all__ = ['Queue']\ntry:\n    from _queue import Queue\nexcept ImportError:\n    Queue = None\n"
        "if Queue is None:\n    Queue = list\n"
    )
    assert reports(source) == ["4:FF103 '_queue' is private to the implementation"]


def test_a_handler_that_re_raises_where_the_module_must_exist_is_done_right() -> None:
    source = (
        "try:\n    import _winapi\nexcept ImportError:\n"
        "    if sys.platform == 'win32':\n        raise\n    _winapi = None\n_winapi.x\n"
    )
    assert reports(source) == []
    assert reports(source.replace("    if sys.platform == 'win32':\n        raise\n", "")) == [
        "3:FF102 first used unguarded at line 5"
    ]


def test_uses_before_the_try_at_module_level_do_not_count() -> None:
    assert reports("yaml = None\nyaml.x\n" + OPTIONAL) == ["5:FF103 'yaml' is third-party"]


def test_the_report_names_the_first_unguarded_use() -> None:
    source = OPTIONAL + "if yaml:\n    yaml.a()\nyaml.b()\nyaml.c()\n"
    assert reports(source) == ["3:FF102 first used unguarded at line 7"]


def test_names_of_one_handler_guard_each_other() -> None:
    source = (
        "try:\n    from async_generator import async_generator, yield_\nexcept ImportError:\n"
        "    async_generator = yield_ = None\n"
        "@pytest.mark.skipif(async_generator is None, reason='no')\ndef test_it():\n    yield_()\n"
    )
    assert [r.split(" ", 1)[0] for r in reports(source)] == ["3:FF103"]


def test_a_stub_is_made_to_be_called() -> None:
    source = "try:\n    from os import chmod\nexcept ImportError:\n    def chmod(*args): pass\nchmod('f', 0)\n"
    assert reports(source) == ["3:FF103 'os' may lack 'chmod' on some Pythons"]
    source = "try:\n    import attr\nexcept ImportError:\n    attr = object()\nattr.s\n"
    assert reports(source) == ["3:FF102 first used unguarded at line 5"]


def test_a_name_left_unbound_fails_at_any_read() -> None:
    source = "try:\n    import yaml\nexcept ImportError:\n    pass\nprint(yaml)\n"
    assert reports(source) == ["3:FF202 first used unguarded at line 5"]
    source = (
        "try:\n    import yaml\nexcept ImportError:\n    pass\n"
        "try:\n    print(yaml)\nexcept NameError:\n    pass\n"
    )
    assert reports(source) == ["3:FF203 'yaml' is third-party"]


def test_exports(tmp_path: Path) -> None:
    source = "try:\n    from yaml import load\nexcept ImportError:\n    load = None\n"
    assert reports(source + "__all__ = ['load']\n") == ["3:FF102 exported in __all__"]
    assert reports(source + "__all__ = ['other']\n") == ["3:FF103 'yaml' is third-party"]
    write_tree(tmp_path, {"pkg/__init__.py": "", "pkg/_yaml.py": "import yaml\nload = yaml.load\n"})
    init = str(tmp_path / "pkg" / "__init__.py")
    own = "try:\n    from ._yaml import load\nexcept ImportError:\n    load = None\n"
    assert reports(own, init) == ["3:FF102 exported by the package"]
    assert reports(own.replace("load", "_load"), init) == ["3:FF103 '._yaml' imports 'yaml', which is third-party"]
    assert reports(source, init) == ["3:FF103 'yaml' is third-party"]


def test_a_catch_all_hurts_when_it_covers_more_than_the_import() -> None:
    source = (
        "def f():\n    try:\n        import boto\n        boto.connect().close()\n"
        "    except Exception:\n        pass\n"
    )
    assert reports(source) == ["5:FF202 catch-all handler around more than the import"]
    source = "try:\n    import numpy\n    HAS_NUMPY = True\nexcept:\n    numpy = None\n    HAS_NUMPY = False\n"
    assert reports(source) == ["4:FF103 'numpy' is third-party"]


def test_optional_done_right_is_not_reported_under_any_code() -> None:
    """The form FF103/FF203 ask for (and `fix` writes); the same handler without the check is a finding."""
    plain = "try:\n    import yaml\nexcept ModuleNotFoundError as exc:\n    yaml = None\n"
    assert reports(plain + "yaml.load\n") == ["3:FF102 first used unguarded at line 5"]
    exc_name = plain.replace("    yaml = None", "    if exc.name != 'yaml':\n        raise\n    yaml = None")
    assert reports(exc_name + "yaml.load\n") == []
    listed = exc_name.replace("exc.name != 'yaml'", "exc.name not in ('yaml', 'yaml.cyaml')")
    assert reports(listed + "yaml.load\n") == []
    find_spec = exc_name.replace("exc.name != 'yaml'", "importlib.util.find_spec('yaml')")
    assert reports(find_spec + "yaml.load\n") == []


def test_a_flag_nobody_reads_is_not_a_decision() -> None:
    source = "try:\n    import yaml\n    HAS_YAML = True\nexcept ImportError:\n    HAS_YAML = False\n"
    assert reports(source + "yaml.load\n") == ["4:FF202 first used unguarded at line 6"]
    assert reports(source + "if HAS_YAML:\n    yaml.load\n") == []


def test_a_log_line_is_no_decision_where_the_module_cannot_be_absent() -> None:
    source = "try:\n    import json\nexcept ImportError:\n    log.warning('no json')\n"
    assert reports(source) == ["3:FF201 'json' cannot be absent"]
    assert reports(source.replace("json", "yaml")) == []


def test_locals_nobody_reads_are_not_at_stake() -> None:
    source = (
        "def f():\n    try:\n        from json import loads, dumps\n"
        "    except ImportError:\n        pass\n    return loads\n"
    )
    found = check(ast.parse(source), split_lines(source), "mod.py", Settings())
    assert [f.message.split("; ")[0] for f in found] == [
        "FF202 failed import of 'json' is silently swallowed: 'loads' left unbound"
    ]
    source = "def f():\n    try:\n        import boto\n        boto.connect()\n    except ImportError:\n        pass\n"
    found = check(ast.parse(source), split_lines(source), "mod.py", Settings())
    assert [f.message.split("; ")[:2] for f in found] == [
        ["FF203 failed import of 'boto' is silently swallowed", "'boto' is third-party"]
    ]


def test_a_handler_for_other_errors_keeps_its_own_fallbacks() -> None:
    source = (
        "def f():\n    try:\n        import glob\n        found = glob.glob('*')[-1]\n"
        "    except (ImportError, LookupError):\n        found = None\n    return found\n"
    )
    assert reports(source) == ["5:FF103 the handler also catches other errors, this value may be for them"]


def test_a_handler_for_other_errors_whose_names_nobody_reads_is_handled() -> None:
    source = (
        "def f(text):\n    try:\n        import ast\n        ast.parse(text)\n"
        "    except (ImportError, SyntaxError):\n        pass\n"
    )
    assert reports(source) == ["5:FF203 the handler is for other errors too, and nothing reads the names"]


def test_a_compiled_module_beside_the_package_has_no_python_source(tmp_path: Path) -> None:
    files = {"pkg/__init__.py": "def __getattr__(name): ...\n", "pkg/speedups.c": "", "pkg/sub/__init__.py": ""}
    write_tree(tmp_path, files)
    source = "try:\n    from pkg import speedups\nexcept ImportError:\n    speedups = None\n"
    assert reports(source, str(tmp_path / "pkg" / "sub" / "mod.py")) == [
        "3:FF103 'pkg.speedups' has no Python source for 'speedups'"
    ]


def test_a_flag_set_once_the_import_worked_guards_its_names() -> None:
    source = "USE = False\ntry:\n    import yaml\nexcept ImportError:\n    pass\nelse:\n    USE = True\n"
    assert reports(source + "if USE:\n    yaml.load\n") == ["4:FF203 'yaml' is third-party"]
    assert reports(source + "yaml.load\n") == ["4:FF202 first used unguarded at line 8"]


def test_parameters_are_bound_before_the_try() -> None:
    source = (
        "def f(headers):\n    try:\n        from x import H\n        headers = H(headers)\n"
        "    except ImportError:\n        pass\n    return headers\n"
    )
    assert reports(source) == ["5:FF203 'x' is third-party"]


def test_a_global_bound_at_module_level_is_a_real_default() -> None:
    source = (
        "VERSION = 0\ndef f():\n    global VERSION\n"
        "    try:\n        from regex import VERSION\n    except ImportError:\n        pass\n"
    )
    assert reports(source) == []


def test_a_try_that_raises_import_error_itself_uses_it_as_control_flow() -> None:
    """pip's requests: `if not WINDOWS: raise ImportError(...)`; the handler is for that raise too."""
    on_purpose = (
        "try:\n    from .compat import WINDOWS\n    if not WINDOWS:\n        raise ImportError('not here')\n"
        "    import cryptography\nexcept ImportError:\n    pass\n"
    )
    assert reports(on_purpose + "cryptography.x\n") == [
        "6:FF203 the try raises ImportError itself, the handler is for that too"
    ]
    plain = on_purpose.replace("    if not WINDOWS:\n        raise ImportError('not here')\n", "")
    assert [r.split(" ", 1)[0] for r in reports(plain + "cryptography.x\n")] == ["4:FF202", "4:FF203"]
    re_raised = (
        "try:\n    try:\n        from . import compat\n    except ImportError:\n"
        "        raise ImportError('install the compat extra')\nexcept ImportError:\n    compat = None\n"
    )
    assert reports(re_raised) == ["6:FF103 '.compat' has no Python source in the package"]


def test_a_star_import_above_the_try_keeps_the_names_a_silent_handler_leaves(tmp_path: Path) -> None:
    """ntpath: `from genericpath import *`, then `from nt import _isdir as isdir` / `except ImportError: pass`."""
    write_tree(tmp_path, {"pkg/__init__.py": "", "pkg/generic.py": "def isdir(path):\n    return False\n"})
    mod = str(tmp_path / "pkg" / "paths.py")
    source = "try:\n    from _fastpaths import isdir\nexcept ImportError:\n    pass\n__all__ = ['isdir']\n"
    assert reports(source, mod) == ["3:FF202 exported in __all__"]
    assert reports("from .generic import *\n" + source, mod) == []
    assert reports("from .generic import *\n" + source.replace("pass", "isdir = None"), mod) == [
        "4:FF102 exported in __all__"
    ]
    assert reports("from .unknown import *\n" + source, mod) == ["4:FF202 exported in __all__"]
