"""Properties of the fixer on generated programs full of `try/except ImportError` shapes.

For the default selection and for `--select=FF`, on every generated program:

- fixing raises nothing (the programs compile, so not even SyntaxError);
- the output compiles, and fixing it again changes nothing;
- the plugin reports no selected code on the output except on a handler the
  fixer named as left to a person, and each such note sits on a handler with
  a selected finding, in the input and in the output alike;
- nothing outside the candidate statements changes, and no comment is lost;
- a candidate whose every selected finding carries a covering `# noqa` is
  left byte for byte;
- the fixed program behaves as the original (run with fake modules, every
  import succeeding, then some failing) or raises ImportError.

The minimal programs of the bugs this test found in the fixer (issue 8)
stay at the end as plain regression cases.
"""

from __future__ import annotations

import ast
import builtins
import io
import re
import tokenize
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_failfast.candidates import Candidate, find_candidates
from flake8_failfast.pipeline import Settings, split_lines
from flake8_failfast.fix.plan import DEFAULT_SELECT, FixResult, fix_source, select_codes
from flake8_failfast.fix.pragmas import without_pragmas
from in_process import lines_as_flake8_hands_them, parse_as_flake8, run_plugin

UNNAMED = "-"
"""Standard input without a display name: relative imports are first-party and cannot be absent."""
SELECTIONS = {"default": DEFAULT_SELECT, "FF": select_codes(["FF"])}
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- the generator ---------------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    statement: str
    names: tuple[str, ...]
    module: str
    """The module a failure is planted in (relative ones under the package `pkg`)."""


IMPORTS = (
    Import("from . import alpha", ("alpha",), "pkg.alpha"),
    Import("from .beta import gamma", ("gamma",), "pkg.beta"),
    Import("from .beta import gamma as delta", ("delta",), "pkg.beta"),
    Import("import json", ("json",), "json"),
    Import("import yaml", ("yaml",), "yaml"),
    Import("from numpy import array", ("array",), "numpy"),
    Import("import winreg", ("winreg",), "winreg"),
)
BODY_EXTRAS = ("risky()", "HAS_FAST = True", "log('imported')")
HANDLER_TYPES = (
    "ImportError",
    "ModuleNotFoundError",
    "ImportError as exc",
    "(ImportError, OSError)",
    "(OSError, ImportError)",
    "Exception",
    "BaseException",
    "",
    "KeyError",
)
SUPPRESS = (
    "suppress(ImportError)",
    "contextlib.suppress(ImportError)",
    "suppress(ImportError, KeyError)",
    "suppress(Exception)",
)
TRAILING = ("", "  # fallback", "  # type: ignore", "  # noqa", "  # noqa: FF101,FF201", "  # noqa: E501")
TOP_LEVEL_IMPORT = re.compile(r"(?:\A|(?<=[\r\n]))(?:import|from) [^\r\n]*(?:\r\n|\r|\n)")
"""An import statement on a line of its own at the top of the module."""
SILENCING = re.compile(r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?", re.IGNORECASE)
"""flake8's own pattern of an inline `# noqa`."""


def handler_statements(name: str, other: str) -> list[list[str]]:
    """Handler body statements about `name` (a name the try imports) and `other`, each as its lines."""
    statements = [
        ["pass"],
        [f"{name} = None"],
        [f"{name} = {other} = None"],
        [f"{name}: object = None"],
        [f"def {name}(*args, **kwargs):", "    pass"],
        [f"def {name}(*args):", "    return None"],
        [f"{name} = lambda *args, **kwargs: None"],
        [f"class {name}:", "    pass"],
        [f"{name} = object()"],
        [f"log('no {name}')"],
        ["raise"],
        [f"raise RuntimeError('{name} is missing')"],
        [f"HAS_{name.upper()} = False"],
        ["try:", "    import yaml", "except ImportError:", "    yaml = None"],
    ]
    statements += [[f"log({name})"], [f"del {name}"], ["# a comment line"]]
    return statements


def header_comments() -> list[str]:
    """Trailing comments for an `except` or `with` line."""
    return list(TRAILING)


def handler_comments() -> list[str]:
    """Trailing comments for a statement in a handler."""
    return list(TRAILING)


def indented(lines: Sequence[str], by: str) -> list[str]:
    return [by + line for line in lines]


@st.composite
def try_statements(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A `try` (or `with suppress`) around imports, and the names it imports."""
    imports = draw(st.lists(st.sampled_from(IMPORTS), min_size=1, max_size=2, unique=True))
    names = [name for imported in imports for name in imported.names]
    body = [imported.statement + draw(st.sampled_from(TRAILING)) for imported in imports]
    suppress = draw(st.integers(0, 4)) == 0
    drawn: list[str] = [] if suppress else draw(st.lists(st.sampled_from(HANDLER_TYPES), min_size=1, max_size=3))
    kinds = [kind for kind in drawn if kind] + [kind for kind in drawn if not kind][:1]  # a bare `except:` is last
    header = draw(st.sampled_from(SUPPRESS)) if suppress else ""
    if draw(st.booleans()):
        body.insert(draw(st.integers(0, len(body))), draw(st.sampled_from(BODY_EXTRAS)))
    if suppress:
        return [f"with {header}:{draw(st.sampled_from(header_comments()))}", *indented(body, "    ")], names
    lines = ["try:", *indented(body, "    ")]
    for kind in kinds:
        lines.append(f"except {kind}:".replace("except :", "except:") + draw(st.sampled_from(header_comments())))
        choices = handler_statements(draw(st.sampled_from(names)), draw(st.sampled_from([*names, "fallback"])))
        statements = draw(st.lists(st.sampled_from(choices), min_size=1, max_size=3))
        for statement in statements:
            trailing = draw(st.sampled_from(handler_comments())) if len(statement) == 1 else ""
            lines += indented([statement[0] + trailing, *statement[1:]], "    ")
        if all(statement == ["# a comment line"] for statement in statements):
            lines.append("    pass")
    if draw(st.booleans()):
        lines += ["else:", f"    HAS_{names[0].upper()} = True"]
    if draw(st.integers(0, 3)) == 0:
        lines += ["finally:", "    log('done')"]
    return lines, names


@st.composite
def programs(draw: st.DrawFn) -> str:
    """A module of one to three candidates, some in a function or an `if`, with uses after them."""
    line_end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = ["import contextlib", "from contextlib import suppress", ""]
    for number in range(draw(st.integers(1, 3))):
        statement, names = draw(try_statements())
        uses = draw(st.lists(st.sampled_from([f"use({n})" for n in names] + ["log('after')"]), max_size=2))
        where = draw(st.sampled_from(["module", "if", "def"]))
        if where == "module":
            lines += [*statement, *uses]
        elif where == "if":
            lines += ["if FLAG:", *indented([*statement, *uses], "    ")]
        else:
            lines += [f"def setup{number}():", *indented([*statement, *uses, "return None"], "    ")]
            lines.append(f"setup{number}()")
        if draw(st.booleans()):
            lines.append("# between candidates")
        lines.append("")
    return line_end.join(lines) + line_end


# --- running a program with fake modules ----------------------------------------------------------


class FakeModule:
    """Any attribute is another fake module, except the failing ones."""

    def __init__(self, name: str, failing: frozenset[str]) -> None:
        self.__name__ = name
        self._failing = failing

    def __getattr__(self, attribute: str) -> FakeModule:
        full = f"{self.__name__}.{attribute}"
        if attribute.startswith("__") or fails(full, self._failing):
            raise AttributeError(attribute)
        return FakeModule(full, self._failing)

    def __call__(self, *args: object, **kwargs: object) -> FakeModule:
        return self


def fails(module: str, failing: frozenset[str]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in failing)


def importer(failing: frozenset[str]) -> Callable[..., object]:
    def fake_import(
        name: str,
        globals: Mapping[str, object] | None = None,
        locals: Mapping[str, object] | None = None,
        fromlist: Sequence[str] | None = (),
        level: int = 0,
    ) -> object:
        if level == 0 and name == "contextlib":
            return builtins.__import__(name, globals, locals, fromlist, level)
        full = name if level == 0 else ".".join(part for part in ("pkg", name) if part)
        if fails(full, failing):
            raise ModuleNotFoundError(f"No module named {full!r}", name=full)
        return FakeModule(full if fromlist else full.split(".")[0], failing)

    return fake_import


def risky() -> None:
    raise KeyError("risky")


def behaviour(source: str, failing: frozenset[str]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What running the module does: the exception class it raises, or "ok" and the kinds of its names."""
    namespace: dict[str, Any] = {
        "__name__": "pkg.mod",
        "__package__": "pkg",
        "__builtins__": {**vars(builtins), "__import__": importer(failing)},
        "log": lambda *args: None,
        "use": lambda *args: None,
        "risky": risky,
        "FLAG": True,
    }
    given = set(namespace)
    try:
        exec(compile(source, "<generated>", "exec", dont_inherit=True), namespace)
    except BaseException as error:
        return type(error).__name__, ()
    bound = {k: v for k, v in namespace.items() if k not in given and not k.startswith("__")}
    return "ok", tuple(sorted((k, type(v).__name__) for k, v in bound.items()))


def imported_modules(source: str) -> list[str]:
    return sorted({imported.module for imported in IMPORTS if imported.statement in source})


# --- what the properties look at ------------------------------------------------------------------


def selected_reports(source: str, select: frozenset[str]) -> list[tuple[int, str]]:
    """(line, code) of the plugin's reports of selected codes, run in process as flake8 runs it."""
    lines = lines_as_flake8_hands_them(source)
    tree = parse_as_flake8(lines)
    assert tree is not None, source
    found = [(report.line, report.message.split(" ", 1)[0]) for report in run_plugin(tree, lines, UNNAMED)]
    return [(line, code) for line, code in found if code in select]


def candidates_of(source: str) -> list[Candidate]:
    return find_candidates(ast.parse(source), split_lines(source))


def outside_segments(source: str, candidates: Sequence[Candidate]) -> list[str]:
    """The text before the first candidate statement, between candidates, and after the last."""
    inside = {n for c in candidates for n in range(c.first_line, c.last_line + 1)}
    runs, in_candidate = [""], False
    for number, line in enumerate(split_lines(source), start=1):
        if number in inside:
            in_candidate = True
            continue
        if in_candidate:
            runs.append("")
            in_candidate = False
        runs[-1] += line
    if in_candidate:
        runs.append("")
    return runs


def comments(source: str) -> Counter[str]:
    """The comments, but for their pragmas (`# type: ignore`, `# noqa`), which go with their lines."""
    text = "".join(lines_as_flake8_hands_them(source))
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    said = (without_pragmas(token.string) for token in tokens if token.type == tokenize.COMMENT)
    return Counter(comment for comment in said if comment is not None)


def silenced(line: str, code: str) -> bool:
    """Whether flake8 would drop a report of `code` on this line for its `# noqa` comment."""
    match = SILENCING.search(line)
    if match is None:
        return False
    codes = match.group("codes")
    return codes is None or code in re.split(r"[,\s]+", codes.strip())


def fixed_by(source: str, select: frozenset[str]) -> FixResult:
    return fix_source(source, UNNAMED, Settings(), select)


# --- the properties ---------------------------------------------------------------------------


def check_compiles(source: str, result: FixResult, select: frozenset[str]) -> None:
    compile(result.fixed, "<fixed>", "exec", dont_inherit=True)


def check_idempotent(source: str, result: FixResult, select: frozenset[str]) -> None:
    again = fixed_by(result.fixed, select)
    assert again.fixed == result.fixed, "fixing the output changed it again"


def check_no_selected_report_left_unnamed(source: str, result: FixResult, select: frozenset[str]) -> None:
    """A selected report flake8 shows on the output sits on a handler the fixer named (`# noqa` hides the rest)."""
    noted = {note.line for note in result.notes}
    lines = split_lines(result.fixed)
    reports = selected_reports(result.fixed, select)
    shown = [(line, code) for line, code in reports if not silenced(lines[line - 1], code)]
    remaining = {line for line, _ in shown}
    assert remaining <= noted, f"selected codes still reported at lines {sorted(remaining - noted)}"


def check_notes_sit_on_reported_handlers(source: str, result: FixResult, select: frozenset[str]) -> None:
    before = split_lines(source)
    after = split_lines(result.fixed)
    handlers = {(line, col) for c in candidates_of(source) for _, line, col in c.handlers}
    reported = {line for line, _ in selected_reports(source, select)}
    for note in result.notes:
        assert (note.original_line, note.col) in handlers, f"{note} is on no handler of the input"
        assert note.original_line in reported, f"{note} is on a handler without a selected finding"
        assert after[note.line - 1].strip() == before[note.original_line - 1].strip(), f"{note} moved"


def check_outside_unchanged(source: str, result: FixResult, select: frozenset[str]) -> None:
    """The text around the candidates stays, but for top-level imports the fix left unused."""
    segments = [TOP_LEVEL_IMPORT.sub("", segment) for segment in outside_segments(source, candidates_of(source))]
    fixed = TOP_LEVEL_IMPORT.sub("", result.fixed)
    assert fixed.startswith(segments[0]) and fixed.endswith(segments[-1]), "the text around the candidates changed"
    position = len(segments[0])
    for segment in segments[1:]:
        found = fixed.find(segment, position)
        assert found >= 0, f"the text between candidates changed: {segment!r}"
        position = found + len(segment)


def removed_imports(source: str, result: FixResult) -> set[str]:
    """The names bound by top-level import lines the fix removed."""
    gone = Counter(TOP_LEVEL_IMPORT.findall(source)) - Counter(TOP_LEVEL_IMPORT.findall(result.fixed))
    return {line.split()[-1] for line in gone}


def names_read(source: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Name)}


def check_only_unused_imports_go(source: str, result: FixResult, select: frozenset[str]) -> None:
    """A top-level import the fix removed was read before and is read nowhere after."""
    for name in removed_imports(source, result):
        assert name in names_read(source), f"{name!r} was unused before"
        assert name not in names_read(result.fixed), f"{name!r} is still read"


def check_comments_kept(source: str, result: FixResult, select: frozenset[str]) -> None:
    lost = comments(source) - comments(result.fixed)
    assert not lost, f"comments lost: {sorted(lost)}"


def check_noqa_respected(source: str, result: FixResult, select: frozenset[str]) -> None:
    """A candidate (neither nesting nor nested) whose every selected report flake8 would drop stays as it was."""
    lines = split_lines(source)
    candidates = candidates_of(source)
    reports = selected_reports(source, select)
    for candidate in candidates:
        if any(other is not candidate and overlap(candidate, other) for other in candidates):
            continue
        inside = [(line, code) for line, code in reports if candidate.first_line <= line <= candidate.last_line]
        if inside and all(silenced(lines[line - 1], code) for line, code in inside):
            text = "".join(lines[candidate.first_line - 1 : candidate.last_line])
            assert text in result.fixed, f"a candidate silenced by noqa was changed:\n{text}"


def overlap(one: Candidate, other: Candidate) -> bool:
    return one.first_line <= other.last_line and other.first_line <= one.last_line


def check_only_import_errors_escape(source: str, result: FixResult, select: frozenset[str]) -> None:
    """Every import succeeding, the fixed module does what the original did; some failing, that or ImportError."""
    modules = imported_modules(source)
    for failing in (frozenset(), frozenset(modules), *(frozenset({m}) for m in modules)):
        original, fixed = behaviour(source, failing), behaviour(result.fixed, failing)
        unused = removed_imports(source, result)
        original = (original[0], tuple(kind for kind in original[1] if kind[0] not in unused))
        if failing and fixed[0] in ("ImportError", "ModuleNotFoundError"):
            continue
        assert fixed == original, f"with {sorted(failing)} failing: {original} became {fixed}"


PROPERTIES = [
    check_compiles,
    check_idempotent,
    check_no_selected_report_left_unnamed,
    check_notes_sit_on_reported_handlers,
    check_outside_unchanged,
    check_only_unused_imports_go,
    check_comments_kept,
    check_noqa_respected,
    check_only_import_errors_escape,
]


@pytest.mark.parametrize("selection", sorted(SELECTIONS))
@PROPERTY
@given(source=programs())
def test_fixer_properties(selection: str, source: str) -> None:
    """The program compiles, so the fixer has no reason to raise at all, not even SyntaxError."""
    select = SELECTIONS[selection]
    compile(source, "<generated>", "exec", dont_inherit=True)
    result = fixed_by(source, select)
    for prop in PROPERTIES:
        prop(source, result, select)


# --- the bugs this test found, one minimal program each ------------------------------------------


class Regression(NamedTuple):
    source: str
    check: Callable[[str, FixResult, frozenset[str]], None]


REGRESSIONS = {
    "catch-all around more than the import": Regression(
        "try:\n    from . import alpha\n    risky()\nexcept Exception:\n    pass\n", check_only_import_errors_escape
    ),
    "noqa respected": Regression(
        "try:\n    from . import alpha\nexcept ImportError:  # noqa\n    alpha = None\n", check_noqa_respected
    ),
    "CR line endings": Regression(
        "x = 1\rtry:\r    from . import alpha\rexcept ImportError:\r    alpha = None\r",
        check_no_selected_report_left_unnamed,
    ),
    "comment of a removed line": Regression(
        "try:\n    from . import alpha\nexcept ImportError:\n    alpha = None  # fallback\n", check_comments_kept
    ),
    "fallback used after its binding": Regression(
        "try:\n    from . import alpha\nexcept ImportError:\n    alpha = None\n    log(alpha)\n",
        check_only_import_errors_escape,
    ),
    "note on the handler that blocks": Regression(
        "try:\n    from . import alpha\nexcept ModuleNotFoundError:\n    pass\n"
        "except (ImportError, OSError):\n    pass\nexcept Exception:\n    pass\n",
        check_no_selected_report_left_unnamed,
    ),
    "a guarded optional import is fixed for good": Regression(
        "try:\n    from . import alpha\nexcept ImportError:\n    try:\n        import yaml\n"
        "    except ImportError:\n        yaml = None\nfinally:\n    log('done')\n",
        check_no_selected_report_left_unnamed,
    ),
    "a guard beside a catch-all that stays": Regression(
        "try:\n    risky()\n    import yaml\nexcept ModuleNotFoundError:\n    pass\n"
        "except Exception:\n    pass\n",
        check_no_selected_report_left_unnamed,
    ),
}


@pytest.mark.parametrize("selection", sorted(SELECTIONS))
@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_regression(name: str, selection: str) -> None:
    case, select = REGRESSIONS[name], SELECTIONS[selection]
    compile(case.source, "<regression>", "exec", dont_inherit=True)
    case.check(case.source, fixed_by(case.source, select), select)
