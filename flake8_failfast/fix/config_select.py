"""Which codes flake8's configuration reports for a file: the fixer leaves the others alone.

flake8's own decision engine weighs `select`, `extend-select`, `ignore` and
`extend-ignore`, and the most specific `per-file-ignores` pattern adds its
codes, as flake8 does. The fixer's `--select` stands in for flake8's default
selection of this plugin's codes, so an opt-in code needs no `extend-select`
in the config to be fixed, but a code the config ignores is never fixed.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterable, Mapping

from flake8 import utils
from flake8.style_guide import Decision, DecisionEngine

_LOG = logging.getLogger(__name__)


def config_list(value: object) -> list[str]:
    """A list option as a config file gives it: comma- or space-separated text, or a TOML list."""
    if isinstance(value, (list, tuple)):
        return [str(item).strip() for item in value if str(item).strip()]
    return utils.parse_comma_separated_list(value) if isinstance(value, str) else []


def config_value(section: Mapping[str, object], key: str) -> object:
    """An option of a config section, spelt with dashes or underscores as flake8 accepts both."""
    return section.get(key, section.get(key.replace("-", "_")))


class ConfigSelection:
    """The select and ignore options of one flake8 config section."""

    def __init__(self, section: Mapping[str, object]) -> None:
        select = config_value(section, "select")
        ignore = config_value(section, "ignore")
        self._select = config_list(select) if select is not None else None
        self._extend_select = config_list(config_value(section, "extend-select"))
        self._ignore = config_list(ignore) if ignore is not None else None
        self._extend_ignore = config_list(config_value(section, "extend-ignore"))
        per_file = config_value(section, "per-file-ignores")
        mapping = utils.parse_files_to_codes_mapping(per_file) if isinstance(per_file, (str, list)) else []
        self._per_file = [(utils.normalize_path(pattern), codes) for pattern, codes in mapping]
        self._engines: dict[tuple[str, ...], DecisionEngine] = {}

    def _engine(self, extra_ignores: tuple[str, ...]) -> DecisionEngine:
        if extra_ignores not in self._engines:
            options = argparse.Namespace(
                select=self._select,
                extend_select=self._extend_select,
                ignore=self._ignore,
                extend_ignore=[*self._extend_ignore, *extra_ignores],
                extended_default_select=["FF"],
                extended_default_ignore=[],
            )
            self._engines[extra_ignores] = DecisionEngine(options)
        return self._engines[extra_ignores]

    def _per_file_ignores(self, filename: str) -> tuple[str, ...]:
        """The codes of the longest `per-file-ignores` pattern the file matches (flake8 takes the most specific)."""
        matching = [
            (pattern, codes)
            for pattern, codes in self._per_file
            if utils.matches_filename(filename, patterns=[pattern], log_message="%(path)s matches", logger=_LOG)
        ]
        if not matching:
            return ()
        return tuple(max(matching, key=lambda item: len(item[0]))[1])

    def reported(self, codes: Iterable[str], filename: str) -> frozenset[str]:
        """The codes among `codes` that flake8 would report in `filename`."""
        engine = self._engine(self._per_file_ignores(filename))
        return frozenset(code for code in codes if engine.decision_for(code) is Decision.Selected)
