"""The probe's child interpreter: import the given modules with the recorder on, write what happened.

Run as `python -m flake8_failfast.probe.child JOB RESULTS`. JOB is a JSON
file (sys.path entries to add, modules with their files, settings); RESULTS
receives one JSON line per event, flushed at once, so that the parent knows
which module was being imported when the child hung or died.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from typing import Any, TextIO

from flake8_failfast.pipeline import Settings
from flake8_failfast.probe.recorder import Recorder
from flake8_failfast.probe.report import Finding, as_json, finding_of
from flake8_failfast.probe.watchlist import Watchlist, in_files


def _emit(out: TextIO, record: dict[str, Any]) -> None:
    out.write(json.dumps(record) + "\n")
    out.flush()


def _import(name: str) -> str | None:
    """None when the module imports; else its traceback."""
    try:
        importlib.import_module(name)
    except KeyboardInterrupt:
        raise
    except BaseException:  # a module that exits or raises anything is a module that cannot be imported
        return traceback.format_exc()
    return None


def run(job: dict[str, Any], out: TextIO) -> None:
    for entry in reversed(job["path"]):
        if entry not in sys.path:
            sys.path.insert(0, entry)
    settings = Settings(
        frozenset(job["first_party"]), frozenset(job["optional_modules"]), tuple(job["min_python"])
    )
    recorder = Recorder(Watchlist(in_files(path for _, path in job["modules"])))
    problem = recorder.start()
    if problem is not None:
        _emit(out, {"fatal": problem})
        return
    reported: dict[tuple[str, int, int], Finding] = {}
    for name, _ in job["modules"]:
        _emit(out, {"start": name})
        error = _import(name)
        new = []
        for caught in recorder.caught():
            key = (caught.handler.path, caught.handler.line, caught.handler.col)
            if key not in reported or reported[key].times != caught.times:
                reported[key] = finding_of(caught, settings)
                new.append(as_json(reported[key]))
        _emit(out, {"done": name, "error": error, "caught": new})
    recorder.stop()
    _emit(out, {"finished": True, "recorder_errors": recorder.errors})


def main(argv: list[str]) -> None:
    job_path, results_path = argv
    with open(job_path, encoding="utf-8") as file:
        job = json.load(file)
    with open(results_path, "a", encoding="utf-8") as out:
        run(job, out)
    os._exit(0)  # threads or atexit hooks that imported modules left must not keep the child alive


if __name__ == "__main__":
    main(sys.argv[1:])
