"""flake8 with the verdict cache off, cold and warm gives the same output on a whole corpus.

The suite checks a sample of the standard library; this runs the whole
corpus (default: the standard library without its test suites), every FF
code selected, and exits 1 when any output differs.

    python benchmarks/cache_same_output.py [--jobs N] [PATH ...]
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from corpus import SKIPPED_DIRS, corpus_files, stdlib_corpus

from flake8_failfast.cache import ENV_VAR


def lint(paths: Sequence[Path], jobs: int, cache: str, cwd: str) -> str:
    """flake8's output; `cache` is a directory, or "off"."""
    argv = [
        sys.executable, "-m", "flake8", "--isolated", f"--jobs={jobs}", "--select=FF",
        f"--exclude={','.join(sorted(SKIPPED_DIRS))}", *map(str, paths),
    ]
    env = dict(os.environ)
    if cache == "off":
        argv.append("--failfast-no-cache")
    else:
        env[ENV_VAR] = cache
    result = subprocess.run(argv, capture_output=True, text=True, check=False, env=env, cwd=cwd)
    if result.returncode not in (0, 1) or result.stderr:
        raise RuntimeError(f"flake8 failed ({result.returncode}): {result.stderr}")
    return result.stdout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", type=Path, help="corpus (default: the standard library)")
    parser.add_argument("--jobs", type=int, default=2, help="flake8 --jobs")
    args = parser.parse_args(argv)
    paths = args.paths or stdlib_corpus()
    print(f"corpus: {len(corpus_files(paths))} files under {', '.join(p.name for p in paths)}")
    with tempfile.TemporaryDirectory() as temporary:
        cache = str(Path(temporary, "cache"))
        off = lint(paths, args.jobs, "off", temporary)
        outputs = {"cold": lint(paths, args.jobs, cache, temporary), "warm": lint(paths, args.jobs, cache, temporary)}
        entries = sum(1 for _ in Path(cache).glob("??/*.json"))
    print(f"cache off: {off.count(chr(10))} reports; {entries} cache entries written")
    status = 0
    for name, output in outputs.items():
        if output == off:
            print(f"cache {name}: same output")
            continue
        status = 1
        print(f"cache {name}: DIFFERENT output")
        sys.stdout.writelines(difflib.unified_diff(off.splitlines(True), output.splitlines(True), "off", name))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
