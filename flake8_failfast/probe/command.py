"""`flake8-failfast probe PATH_OR_PACKAGE...`: import every module in a child interpreter, report what was caught.

Importing runs the modules' code, in the environment the command runs in
(a deploy image, a CI job): the linter itself never imports anything.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from typing import Any, NamedTuple

from flake8_failfast.pipeline import Settings
from flake8_failfast.probe.report import Finding, counts, from_json, text_line
from flake8_failfast.probe.targets import Module, TargetError, resolve

OK, BROKEN, ERROR = 0, 1, 2
DEFAULT_TIMEOUT = 60.0

DESCRIPTION = (
    "Import every module of the given packages or source trees in a fresh child interpreter and report "
    "each masking handler (the ones the linter's static search finds) that caught an exception, with the "
    "exception and a verdict: broken, or absent (expected) when an optional module is not installed. "
    "WARNING: importing executes the modules' code, as the program itself would; run it where that is "
    "safe (a deploy image, a CI job). Skipped: __main__.py, setup.py, conftest.py, test_*.py, *_test.py, "
    "test and tests packages. Exit status: 0 nothing broken, 1 a handler caught a broken import, 2 usage "
    "error or a module that cannot be imported at all (named, with its traceback)."
)


def add_parser(commands: Any) -> argparse.ArgumentParser:
    probe: argparse.ArgumentParser = commands.add_parser(
        "probe", help="import the modules and report the masked imports that fail today", description=DESCRIPTION
    )
    probe.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    probe.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"longest a single module's import may take before it counts as failed (default: {DEFAULT_TIMEOUT:g})",
    )
    probe.add_argument(
        "--python",
        metavar="PATH",
        help="the interpreter to import with (default: the one running this command); it needs no packages of ours",
    )
    probe.add_argument(
        "targets",
        nargs="+",
        metavar="PATH_OR_PACKAGE",
        help="package folders, source trees, files or installed top-level names",
    )
    return probe


class Failure(NamedTuple):
    module: str
    path: str
    error: str


class Outcome(NamedTuple):
    imported: int
    failures: list[Failure]
    findings: list[Finding]
    skipped: list[str]
    problem: str | None = None


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.timeout <= 0:
        print("flake8-failfast: error: --timeout must be positive", file=sys.stderr)
        return ERROR
    path: list[str] = []
    modules: list[Module] = []
    skipped: list[str] = []
    for target in args.targets:
        try:
            found = resolve(target)
        except TargetError as error:
            print(f"flake8-failfast: error: {error}", file=sys.stderr)
            return ERROR
        path.extend(p for p in found.path if p not in path)
        modules.extend(m for m in found.modules if m not in modules)
        skipped.extend(found.skipped)
    outcome = probe(modules, path, settings, args.timeout, args.python)._replace(skipped=skipped)
    if args.format == "json":
        _print_json(outcome)
    else:
        _print_text(outcome)
    broken, _ = counts(outcome.findings)
    if outcome.problem is not None or outcome.failures:
        return ERROR
    return BROKEN if broken else OK


def child_command(python: str | None) -> list[str]:
    """The child's command line: this interpreter, or another one that loads only our package from here.

    Another interpreter gets no new sys.path entry: a folder beside our
    package could hold modules that its environment lacks and hide them.
    """
    if python is None:
        return [sys.executable, "-m", "flake8_failfast.probe.child"]
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    bootstrap = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('flake8_failfast', {os.path.join(package, '__init__.py')!r}, "
        f"submodule_search_locations=[{package!r}])\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "sys.modules['flake8_failfast'] = module\n"
        "spec.loader.exec_module(module)\n"
        "from flake8_failfast.probe.child import main\n"
        "main(sys.argv[1:])\n"
    )
    return [python, "-c", bootstrap]


def probe(
    modules: list[Module], path: list[str], settings: Settings, timeout: float, python: str | None = None
) -> Outcome:
    """Import `modules` in children of this interpreter; one that hangs or kills its child is left out of the next."""
    findings: dict[tuple[str, int, int], Finding] = {}
    failures: list[Failure] = []
    imported = 0
    remaining = list(modules)
    paths = {m.name: m.path for m in modules}
    with tempfile.TemporaryDirectory(prefix="flake8-failfast-probe-") as scratch:
        while remaining:
            job = {
                "path": path,
                "modules": [list(m) for m in remaining],
                "first_party": sorted(settings.first_party),
                "optional_modules": sorted(settings.optional_modules),
                "min_python": list(settings.min_python),
            }
            records, status, stderr_tail = _run_child(child_command(python), job, scratch, timeout)
            done: set[str] = set()
            current: str | None = None
            for record in records:
                if "fatal" in record:
                    return Outcome(imported, failures, list(findings.values()), [], record["fatal"])
                if "start" in record:
                    current = record["start"]
                elif "done" in record:
                    done.add(record["done"])
                    current = None
                    for data in record["caught"]:
                        finding = from_json(data)
                        findings[finding.key] = finding
                    if record["error"] is None:
                        imported += 1
                    else:
                        failures.append(Failure(record["done"], paths[record["done"]], record["error"]))
            if current is not None:
                why = f"timed out after {timeout:g} s" if status is None else f"the child exited with status {status}"
                failures.append(Failure(current, paths[current], f"{why}\n{stderr_tail}"))
                done.add(current)
            elif status not in (0, None) and not done:
                failures.append(Failure("<child>", "", f"the child exited with status {status}\n{stderr_tail}"))
                break
            remaining = [m for m in remaining if m.name not in done]
    ordered = sorted(findings.values(), key=lambda f: f.key)
    return Outcome(imported, failures, ordered, [])


def _run_child(
    command: list[str], job: dict[str, Any], scratch: str, timeout: float
) -> tuple[list[dict[str, Any]], int | None, str]:
    """Run one child until it finishes, dies, or spends `timeout` on one module (status None then)."""
    job_path = os.path.join(scratch, "job.json")
    results_path = os.path.join(scratch, "results.jsonl")
    with open(job_path, "w", encoding="utf-8") as file:
        json.dump(job, file)
    open(results_path, "w").close()
    with open(os.path.join(scratch, "stderr"), "w+b") as stderr:
        child = subprocess.Popen(
            [*command, job_path, results_path],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        records: list[dict[str, Any]] = []
        status: int | None = None
        pending = b""
        with open(results_path, "rb") as results:
            started = time.monotonic()
            while True:
                status = child.poll()
                *lines, pending = (pending + results.read()).split(b"\n")
                if lines:
                    records.extend(json.loads(line) for line in lines)
                    started = time.monotonic()
                if status is not None:
                    break
                if time.monotonic() - started > timeout:
                    child.kill()
                    child.wait()
                    status = None
                    break
                time.sleep(0.02)
        stderr.seek(0)
        tail = stderr.read().decode("utf-8", "replace").splitlines()[-20:]
    return records, status, "\n".join(tail)


def _print_text(outcome: Outcome) -> None:
    for finding in outcome.findings:
        print(text_line(finding))
    if outcome.problem is not None:
        print(f"flake8-failfast: error: cannot watch: {outcome.problem}", file=sys.stderr)
    for failure in outcome.failures:
        where = f" ({failure.path})" if failure.path else ""
        print(f"error: cannot import {failure.module}{where}:\n{failure.error.rstrip()}", file=sys.stderr)
    print(summary(outcome))


def summary(outcome: Outcome) -> str:
    broken, absent = counts(outcome.findings)
    return (
        f"probe: {outcome.imported} modules imported, {len(outcome.failures)} failed to import, "
        f"{len(outcome.skipped)} skipped; "
        f"{len(outcome.findings)} handlers caught an exception: {broken} broken, {absent} absent (expected)"
    )


def _print_json(outcome: Outcome) -> None:
    broken, absent = counts(outcome.findings)
    print(
        json.dumps(
            {
                "imported": outcome.imported,
                "failed": [f._asdict() for f in outcome.failures],
                "skipped": outcome.skipped,
                "caught": [f._asdict() for f in outcome.findings],
                "broken": broken,
                "absent": absent,
                "error": outcome.problem,
            },
            indent=2,
        )
    )
