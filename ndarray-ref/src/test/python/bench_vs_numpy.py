#!/usr/bin/env python3
"""Times the reference ndarray (JMH) and NumPy on the same operations in one run and prints the ratios.

Usage (from the repository root; builds the test classes first):
    python3 ndarray-ref/src/test/python/bench_vs_numpy.py [--quick]

For every benchmark it prints NumPy's median time, the reference's JMH average, and
speed ratio = NumPy time / reference time (1.0 = as fast as NumPy, 0.5 = half NumPy's speed).
Benchmarks with no NumPy counterpart (parsing, printing) are listed after them with their time only.
The machine is shared and noisy: the two sides are measured back to back, and only the ratios
are meant to be compared across runs. OPENBLAS_* variables do not matter here (no BLAS calls).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import timeit
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[4]
MODULE = ROOT / "ndarray-ref"

# name of the JMH method -> (setup building NumPy inputs, statement timed, target ratio)
CASES = {
    "CopyBenchmarks.contiguousCopy": ("a = np.arange(100_000_000)", "a.copy()", 0.8),
    "CopyBenchmarks.stridedCopy": ("a = np.arange(100_000_000); s = a[::2]", "s.copy()", 0.5),
    "CopyBenchmarks.transposeCopy": ("t = np.arange(4096.0 * 4096.0).reshape(4096, 4096).T", "t.copy()", 0.5),
    "UfuncBenchmarks.addFloat64": ("x = np.arange(10_000_000.0); y = np.arange(10_000_000.0)", "x + y", 0.5),
    "OverlapBenchmarks.sharesMemoryHard": (
        "from numpy.lib.stride_tricks import as_strided\n"
        "x = np.zeros([192163377], dtype=np.int8)\n"
        "x1 = as_strided(x, strides=(36674, 61119, 85569), shape=(1049, 1049, 1049))\n"
        "x2 = as_strided(x[64023025:], strides=(12223, 12224, 1), shape=(1049, 1049, 1))\n"
        "def hard():\n"
        "    try:\n"
        "        return np.shares_memory(x1, x2, max_work=10**6)\n"
        "    except np.exceptions.TooHardError:\n"
        "        return False\n",
        "hard()", 0.5),
}


def numpy_time_ms(setup: str, stmt: str, repeat: int) -> float:
    env = {"np": np}
    exec(setup, env)
    timer = timeit.Timer(stmt, globals=env)
    loops, _ = timer.autorange()
    return statistics.median(t / loops for t in timer.repeat(repeat, loops)) * 1000


def jmh_times_ms(quick: bool) -> dict[str, float]:
    subprocess.run(["mvn", "-B", "-q", "-o", "-pl", "ndarray-ref", "-am", "test-compile",
                    "dependency:build-classpath", "-Dmdep.outputFile=target/bench.classpath",
                    "-Dmdep.includeScope=test"], cwd=ROOT, check=True)
    cp = ":".join([str(MODULE / "target" / "test-classes"), str(MODULE / "target" / "classes"),
                   (MODULE / "target" / "bench.classpath").read_text().strip()])
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "jmh.json"
        args = ["java", "-cp", cp, "org.openjdk.jmh.Main", "-rf", "json", "-rff", str(result)]
        if quick:
            args += ["-wi", "1", "-i", "3"]
        args.append("dev.ndgrade.ndarray.bench")
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        data = json.loads(result.read_text())
    out = {}
    for row in data:
        name = ".".join(row["benchmark"].split(".")[-2:])
        unit = row["primaryMetric"]["scoreUnit"]
        score = row["primaryMetric"]["score"]
        out[name] = score * {"ms/op": 1.0, "us/op": 1e-3, "ns/op": 1e-6, "s/op": 1e3}[unit]
    return out


def main() -> int:
    quick = "--quick" in sys.argv
    reference = jmh_times_ms(quick)
    print(f"{'benchmark':36} {'numpy ms':>10} {'ndgrade ms':>11} {'ratio':>6} {'target':>7}")
    failed = 0
    for name, (setup, stmt, target) in CASES.items():
        if name not in reference:
            print(f"{name:36} (no JMH result)")
            continue
        np_ms = numpy_time_ms(setup, stmt, 3 if quick else 7)
        ratio = np_ms / reference[name]
        ok = ratio >= target
        failed += not ok
        print(f"{name:36} {np_ms:10.3f} {reference[name]:11.3f} {ratio:6.2f} {'>=' + str(target):>7} {'' if ok else 'BELOW'}")
    for name in sorted(set(reference) - set(CASES)):  # the interpreter's own costs: no NumPy counterpart
        print(f"{name:36} {'-':>10} {reference[name]:11.3f}")
    return 0


if __name__ == "__main__":
    os.environ.pop("OPENBLAS_CORETYPE", None)
    sys.exit(main())
