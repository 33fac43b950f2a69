"""Odd and hostile files through the real flake8: the right reports or none, never a traceback.

Every FF code is selected (the default-off ones too) so that nothing hides, plus
E9 for flake8's own syntax errors. Files go in as bytes, on disk and through
standard input as editors send them.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import flake8_executable, syntax_error_report

SELECT = ("--isolated", "--select=E9,FF")

RELATIVE_NONE = (
    "FF101 failed import of '.x' is masked: 'y' set to None; '.x' cannot be absent; let the ImportError propagate"
)
REMEDY = "; let the ImportError propagate"
HANDLED = "; re-raise unless exc.name is the missing module, to fail fast when it is installed but broken"
THIRD_PARTY = "is third-party" + HANDLED
YAML_NONE = f"FF103 failed import of 'yaml' is masked: 'yaml' set to None; 'yaml' {THIRD_PARTY}"
FIRST_PARTY_SOURCES = {"x.py": "y = 1\n", "r\xe9sum\xe9.py": "caf\xe9 = 1\n"}
"""The first-party modules the cases import, as Python source beside them: they cannot be absent."""


@dataclass(frozen=True)
class Lint:
    status: int
    lines: list[str]


def lint(tmp_path: Path, name: str, data: bytes, via: str = "file") -> Lint:
    """flake8 on `data` as file `name` (or as standard input displayed as `name`)."""
    for module, text in FIRST_PARTY_SOURCES.items():
        (tmp_path / module).write_text(text, encoding="utf-8")
    if via == "file":
        (tmp_path / name).write_bytes(data)
        command = [flake8_executable(), *SELECT, name]
        stdin = None
    else:
        command = [flake8_executable(), *SELECT, f"--stdin-display-name={name}", "-"]
        stdin = data
    result = subprocess.run(
        command,
        cwd=tmp_path,
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert stderr == ""
    return Lint(result.returncode, result.stdout.decode("utf-8").splitlines())


def reports(name: str, *located: str) -> Lint:
    """What a clean run reports: exit 1 with these `line:col: message` lines, 0 without any."""
    return Lint(1 if located else 0, [f"{name}:{report}" for report in located])


MASKED_RELATIVE = "try:\n    from .x import y\nexcept ImportError:\n    y = None\n"
IN_FUNCTION = (
    '"""An indented candidate: it parses inside a dummy block."""\n\n\n'
    "def load():\n"
    "    try:\n"
    "        import yaml\n"
    "    except ImportError:\n"
    "        yaml = None\n"
    "    return yaml\n\n\n"
    "try:\n"
    "    from .x import y\n"
    "except ImportError:\n"
    "    y = None\n"
)
IN_FUNCTION_REPORTS = (f"7:5: {YAML_NONE}", f"14:1: {RELATIVE_NONE}")

CASES: dict[str, tuple[bytes, tuple[str, ...]]] = {
    "empty.py": (b"", ()),
    "only_bom.py": (b"\xef\xbb\xbf", ()),
    "only_comment.py": (b"# nothing here\n", ()),
    "bom.py": (b"\xef\xbb\xbf" + MASKED_RELATIVE.encode(), (f"3:1: {RELATIVE_NONE}",)),
    "crlf.py": (IN_FUNCTION.replace("\n", "\r\n").encode(), IN_FUNCTION_REPORTS),
    "cr.py": (IN_FUNCTION.replace("\n", "\r").encode(), IN_FUNCTION_REPORTS),
    "bom_crlf.py": (b"\xef\xbb\xbf" + IN_FUNCTION.replace("\n", "\r\n").encode(), IN_FUNCTION_REPORTS),
    "tabs.py": (IN_FUNCTION.replace("    ", "\t").encode(), (f"7:2: {YAML_NONE}", f"14:1: {RELATIVE_NONE}")),
    "latin1.py": (
        (
            b"# -*- coding: latin-1 -*-\n"
            b'"""Caf\xe9 cr\xe8me: not UTF-8 on disk."""\n\n'
            b"try:\n"
            b"    from .r\xe9sum\xe9 import caf\xe9\n"
            b"except ImportError:\n"
            b"    caf\xe9 = None  # \xe9t\xe9\n"
        ),
        (
            "6:1: FF101 failed import of '.r\xe9sum\xe9' is masked: 'caf\xe9' set to None; "
            "'.r\xe9sum\xe9' cannot be absent; let the ImportError propagate",
        ),
    ),
}


@pytest.mark.parametrize("via", ["file", "stdin"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_odd_files(tmp_path: Path, name: str, via: str) -> None:
    data, expected = CASES[name]
    assert lint(tmp_path, name, data, via) == reports(name, *expected)


def test_latin1_bytes_are_really_not_utf8() -> None:
    with pytest.raises(UnicodeDecodeError):
        CASES["latin1.py"][0].decode("utf-8")


@pytest.mark.parametrize("via", ["file", "stdin"])
def test_syntax_error_is_flake8s_e999_and_nothing_from_us(tmp_path: Path, via: str) -> None:
    source = MASKED_RELATIVE + "\n\ndef broken(:\n    pass\n"
    assert lint(tmp_path, "syntax.py", source.encode(), via) == reports(
        "syntax.py", syntax_error_report(source)
    )


def test_form_feed_indentation_gives_the_report(tmp_path: Path) -> None:
    """A form feed before an indentation is valid Python; libcst alone would refuse it."""
    source = (
        "def load():\n    try:\n\f        import yaml\n    except ImportError:\n        yaml = None\n    return yaml\n"
    )
    found = lint(tmp_path, "formfeed.py", source.encode())
    assert found == reports("formfeed.py", f"4:5: {YAML_NONE}")


def nested_tries(depth: int) -> tuple[str, list[str]]:
    """`depth` tries nested in each other's bodies, each handler masking with None; its reports."""
    lines = [f"{'    ' * level}try:" for level in range(depth)]
    lines.append(f"{'    ' * depth}import yaml")
    located = []
    for level in reversed(range(depth)):
        lines.append(f"{'    ' * level}except ImportError:")
        located.append(f"{len(lines)}:{4 * level + 1}: {YAML_NONE}")
        lines.append(f"{'    ' * (level + 1)}yaml = None")
    return "\n".join(lines) + "\n", located


def test_deeply_nested_tries_report_each_handler_once(tmp_path: Path) -> None:
    """99 levels: the deepest block nesting the interpreter accepts."""
    source, located = nested_tries(99)
    assert lint(tmp_path, "deep.py", source.encode()) == reports("deep.py", *located)


def test_nesting_past_the_interpreters_limit_is_e999(tmp_path: Path) -> None:
    source, _ = nested_tries(100)
    assert lint(tmp_path, "deeper.py", source.encode()) == reports("deeper.py", syntax_error_report(source))


def test_nested_in_handlers_reports_the_innermost_masking_once(tmp_path: Path) -> None:
    depth = 40
    lines = []
    for level in range(depth):
        indent = "    " * level
        lines += [f"{indent}try:", f"{indent}    import mod{level}", f"{indent}except ImportError:"]
    lines.append(f"{'    ' * depth}mod{depth - 1} = None")
    innermost = (
        f"{3 * depth}:{4 * (depth - 1) + 1}: FF103 failed import of 'mod{depth - 1}' is masked: "
        f"'mod{depth - 1}' set to None; 'mod{depth - 1}' {THIRD_PARTY}"
    )
    source = "\n".join(lines) + "\n"
    assert lint(tmp_path, "chain.py", source.encode()) == reports("chain.py", innermost)


# --- a large generated file ------------------------------------------------------------

Block = Callable[[int], tuple[list[str], list[tuple[int, int, str]]]]
"""Block number -> its lines and its reports as (line within the block, column, message)."""


def _masked_none(i: int) -> tuple[list[str], list[tuple[int, int, str]]]:
    lines = ["try:", f"    import mod{i}", "except ImportError:", f"    mod{i} = None"]
    message = f"FF103 failed import of 'mod{i}' is masked: 'mod{i}' set to None; 'mod{i}' {THIRD_PARTY}"
    return lines, [(3, 1, message)]


def _reraised(i: int) -> tuple[list[str], list[tuple[int, int, str]]]:
    return ["try:", f"    import mod{i}", "except ImportError as e:", f"    raise RuntimeError('mod{i}') from e"], []


def _swallowed_in_function(i: int) -> tuple[list[str], list[tuple[int, int, str]]]:
    lines = [
        f"def load{i}():",
        "    try:",
        f"        from .x import thing{i}",
        "    except ImportError:",
        "        pass",
    ]
    message = "FF201 failed import of '.x' is silently swallowed; '.x' cannot be absent"
    return lines, [(4, 5, message + REMEDY)]


def _stub_def(i: int) -> tuple[list[str], list[tuple[int, int, str]]]:
    lines = [
        "try:",
        f"    from tomllib import loads as loads{i}",
        "except ImportError:",
        f"    def loads{i}(text):",
        "        return {}",
    ]
    message = (
        f"FF103 failed import of 'tomllib' is masked: 'loads{i}' bound to a do-nothing stub; "
        "'tomllib' is new in Python 3.11"
    )
    return lines, [(3, 1, message + HANDLED)]


def _real_fallback(i: int) -> tuple[list[str], list[tuple[int, int, str]]]:
    return ["try:", f"    import simplejson as json{i}", "except ImportError:", f"    import json as json{i}"], []


def _suppressed(i: int) -> tuple[list[str], list[tuple[int, int, str]]]:
    lines = ["with contextlib.suppress(ImportError):", f"    import mod{i}"]
    message = f"FF203 failed import of 'mod{i}' is silently swallowed: 'mod{i}' left unbound; 'mod{i}' {THIRD_PARTY}"
    return lines, [(1, 1, message)]


def _deferred(i: int) -> tuple[list[str], list[tuple[int, int, str]]]:
    lines = [
        "try:",
        f"    import mod{i}",
        "except ImportError:",
        f"    def mod{i}(*args):",
        f"        raise ImportError('mod{i}')",
    ]
    message = f"FF301 failed import of 'mod{i}' is deferred: 'mod{i}' bound to a placeholder that raises only when used"
    return lines, [(3, 1, message + REMEDY)]


BLOCKS: tuple[Block, ...] = (
    _masked_none, _reraised, _swallowed_in_function, _stub_def, _real_fallback, _suppressed, _deferred
)


def generated_module(blocks: int, total_lines: int) -> tuple[str, list[str]]:
    """`blocks` candidate blocks, one of each kind in turn, padded with constants to `total_lines`."""
    lines = ['"""Generated."""', "import contextlib"]
    located: list[str] = []
    for i in range(blocks):
        block, found = BLOCKS[i % len(BLOCKS)](i)
        lines += ["", f"CONSTANT_{i} = {i}", ""]
        located += [f"{len(lines) + offset}:{col}: {message}" for offset, col, message in found]
        lines += block
    assert len(lines) <= total_lines
    lines += [f"PADDING_{n} = {n}" for n in range(total_lines - len(lines))]
    return "\n".join(lines) + "\n", located


def test_a_5000_line_file_with_hundreds_of_candidates(tmp_path: Path) -> None:
    source, located = generated_module(blocks=490, total_lines=5000)
    assert source.count("\n") == 5000
    assert len(located) == 350
    assert lint(tmp_path, "generated.py", source.encode()) == reports("generated.py", *located)
