#!/usr/bin/env python3
"""Times the whole golden corpus: CPython + NumPy against `ndgrade eval`, one process each.

Usage (from the repository root):

    python3 ndarray-ref/src/test/python/time_corpus.py [--runs 3] [--ndgrade LAUNCHER] [PATH...]

Each run times, back to back on the same machine:
  * CPython: `python3 -X faulthandler golden_runner.py --print <all snippets>` (one interpreter,
    every file in its own fresh namespace, exactly as the .out files are made);
  * ndgrade: `grader/bin/ndgrade eval --json <all snippets>` (one JVM).
Both run once untimed first (ndgrade builds itself on first use; caches get warm). Then it prints
both medians over the runs, the ratio ndgrade/CPython, and how many ndgrade transcripts match their
.out file. PATH defaults to ndarray-ref/src/test/resources/golden/eval.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
RUNNER = HERE / "golden_runner.py"
NDGRADE = REPO / "grader" / "bin" / "ndgrade"
CORPUS = HERE.parent / "resources" / "golden" / "eval"


def snippets(paths: list[str]) -> list[str]:
    found: set[Path] = set()
    for name in paths or [str(CORPUS)]:
        path = Path(name)
        found.update(path.rglob("*.py") if path.is_dir() else [path])
    return [str(p) for p in sorted(found)]


def timed(command: list[str]) -> tuple[float, bytes]:
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"time_corpus: {command[0]} {command[1]} ... exited with {result.returncode}")
    return elapsed, result.stdout


def matching(ndgrade_json: bytes) -> tuple[int, int]:
    """How many of ndgrade's transcripts equal the CPython .out next to their snippet."""
    results = json.loads(ndgrade_json.decode("utf-8"))
    same = 0
    for entry in results:
        expected = Path(entry["file"]).with_suffix(".out")
        if expected.exists() and expected.read_text(encoding="utf-8") == entry["output"]:
            same += 1
    return same, len(results)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ndgrade", default=str(NDGRADE), help="the ndgrade launcher to time")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    if not Path(args.ndgrade).exists():
        raise SystemExit(f"time_corpus: {args.ndgrade} does not exist yet")
    files = [str(Path(f).resolve()) for f in snippets(args.paths)]
    cpython = [sys.executable, "-X", "faulthandler", str(RUNNER), "--print", *files]
    ndgrade = [args.ndgrade, "eval", "--json", *files]

    timed(cpython)
    _, output = timed(ndgrade)
    cpython_times, ndgrade_times = [], []
    for _ in range(args.runs):
        cpython_times.append(timed(cpython)[0])
        ndgrade_times.append(timed(ndgrade)[0])

    cpython_median = statistics.median(cpython_times)
    ndgrade_median = statistics.median(ndgrade_times)
    same, total = matching(output)
    print(f"snippets:        {len(files)}")
    print(f"CPython+NumPy:   median {cpython_median:.3f} s  runs {', '.join(f'{t:.3f}' for t in cpython_times)}")
    print(f"ndgrade eval:    median {ndgrade_median:.3f} s  runs {', '.join(f'{t:.3f}' for t in ndgrade_times)}")
    print(f"ratio ndgrade/CPython: {ndgrade_median / cpython_median:.2f}")
    print(f"ndgrade transcripts equal to .out: {same}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
