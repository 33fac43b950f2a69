"""What one statement of a handler binds, and to what, on libcst's tree: what the fixer's pruning removes.

The libcst twin of `handlers.values.binds`, which the plugin's analysis
follows on flake8's `ast` tree; `tests/test_models_agree.py` holds the two
to the same answers, so that the fixer removes exactly what the plugin
reports and nothing it ignores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst

from flake8_failfast.fix.cst_body import bound_name, target_names
from flake8_failfast.handlers.kinds import REAL, Binding, Env, Kind
from flake8_failfast.fix.cst_values import classify_class, classify_def, classify_value, name_of
from flake8_failfast.handlers.sites import ImportSite


@dataclass(frozen=True)
class Bound:
    """The names a statement binds, in order, and whether binding them is all it does.

    `masks_only`: every target binds a name to None, a stub or a raising
    placeholder, so removing the statement removes nothing but masking.
    `helpers` are earlier handler-made names the value is built from (a stub
    class instantiated, a None-bound name copied).
    """

    names: tuple[tuple[str, Binding], ...] = ()
    masks_only: bool = False
    helpers: tuple[str, ...] = ()


NOTHING = Bound()


def sys_modules_key(target: cst.BaseExpression) -> str | None:
    """The key of a `sys.modules[...]` target ('' when not a literal), else None."""
    if not isinstance(target, cst.Subscript) or name_of(target.value) != "sys.modules":
        return None
    element = target.slice[0].slice if len(target.slice) == 1 else None
    key = element.value if isinstance(element, cst.Index) else None
    literal = key.evaluated_value if isinstance(key, cst.SimpleString) else None
    return literal if isinstance(literal, str) else ""


def names_for_module_key(key: str, imports: Sequence[ImportSite]) -> list[str]:
    """The try's names a `sys.modules[key]` placeholder stands for: the key's own, else all of them."""
    matching = [n for site in imports if site.module == key for n in site.names]
    return matching or [n for site in imports for n in site.names]


def binds(node: cst.CSTNode, env: Env, imports: Sequence[ImportSite]) -> Bound:
    """What a statement (a small statement, a def or a class) binds, judged against `env` before it runs.

    Every value of an assignment is classified before any target is bound,
    as Python evaluates the right-hand side first (`a, b = None, a` keeps
    the old `a` in `b`). A `sys.modules[...]` item set to None or a stub
    masks the try's names for that module; set to anything else (a raising
    placeholder included) it binds no name the try made.
    """
    if isinstance(node, cst.FunctionDef):
        kind = classify_def(node)
        return Bound(((node.name.value, Binding(kind)),), kind is not Kind.REAL)
    if isinstance(node, cst.ClassDef):
        kind = classify_class(node)
        return Bound(((node.name.value, Binding(kind, is_class=True)),), kind is not Kind.REAL)
    if isinstance(node, cst.Assign):
        return _assignment([t.target for t in node.targets], node.value, env, imports)
    if isinstance(node, cst.AnnAssign) and node.value is not None:
        return _assignment([node.target], node.value, env, imports)
    if isinstance(node, cst.AugAssign):
        return Bound(tuple((name, REAL) for name in target_names(node.target)))
    if isinstance(node, (cst.Import, cst.ImportFrom)) and not isinstance(node.names, cst.ImportStar):
        from_import = isinstance(node, cst.ImportFrom)
        return Bound(tuple((bound_name(alias, from_import), REAL) for alias in node.names))
    return NOTHING


def _assignment(
    targets: Sequence[cst.BaseExpression], value: cst.BaseExpression, env: Env, imports: Sequence[ImportSite]
) -> Bound:
    names: list[tuple[str, Binding]] = []
    kinds: list[Kind] = []
    helpers: list[str] = []
    binding = classify_value(value, env)
    for target in targets:
        _assign(target, value, binding, env, imports, names, kinds, helpers)
    masks_only = bool(kinds) and all(kind is not Kind.REAL for kind in kinds)
    return Bound(tuple(names), masks_only, tuple(dict.fromkeys(helpers)))


def _assign(
    target: cst.BaseExpression,
    value: cst.BaseExpression,
    binding: Binding,
    env: Env,
    imports: Sequence[ImportSite],
    names: list[tuple[str, Binding]],
    kinds: list[Kind],
    helpers: list[str],
) -> None:
    """Bind one target; `env` is the environment before the statement and is never changed here."""
    helper = value.func if isinstance(value, cst.Call) else value
    if isinstance(helper, cst.Name) and helper.value in env:
        helpers.append(helper.value)
    key = sys_modules_key(target)
    if key is not None:
        if binding.kind in (Kind.NONE, Kind.STUB):
            names.extend((name, Binding(binding.kind)) for name in names_for_module_key(key, imports))
            kinds.append(binding.kind)
        else:
            kinds.append(Kind.REAL)
        return
    if isinstance(target, (cst.Tuple, cst.List)):
        values = value.elements if isinstance(value, (cst.Tuple, cst.List)) else None
        if values is not None and len(values) == len(target.elements):
            for element, element_value in zip(target.elements, values):
                part = element_value.value
                _assign(element.value, part, classify_value(part, env), env, imports, names, kinds, helpers)
            return
        binding = REAL
    bound = target_names(target)
    names.extend((name, binding) for name in bound)
    kinds.extend([binding.kind] * len(bound) if bound else [Kind.REAL])
