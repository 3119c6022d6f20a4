"""Grades the Python implement samples with real CPython + NumPy, as ground truth for the reference.

Each sample under exercises/samples/python/ names its exercise (`# exercise: ID`) and the status it expects
for every check (`# expect: check=status ...`). This script runs every check the way ndgrade's contract says
(a fresh namespace with `import numpy as np`, `live_bytes()` and `peak_bytes()` as golden_runner.py defines
them, the student's file, then the check) and
prints each sample whose statuses CPython disagrees with. Hostile samples that only the reference can contain
(infinite loop, huge output, memory bomb) are skipped: running them here would hang or exhaust this process;
so is the one whose code is outside the subset, which CPython runs and the reference refuses by design, and so are
property checks (`given:`), whose arrays ndgrade's generator draws.

Usage: python3 ndarray-ref/src/test/python/python_checks.py
"""
import sys
import tracemalloc
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import yaml

import golden_runner

ROOT = Path(__file__).resolve().parents[4]
SAMPLES = ROOT / "exercises" / "samples" / "python"
ONLY_IN_THE_REFERENCE = {"infinite-loop.py", "huge-output.py", "memory-bomb.py", "unsupported.py"}


def header(text: str, key: str) -> str:
    for line in text.splitlines()[:10]:
        if line.startswith(f"# {key}:"):
            return line.split(":", 1)[1].strip()
    return ""


def status(student: str, check: str) -> str:
    namespace = {"live_bytes": golden_runner.live_bytes, "peak_bytes": golden_runner.peak_bytes}
    exec("import numpy as np", namespace)
    tracemalloc.start()
    try:
        with redirect_stdout(StringIO()):
            try:
                exec(compile(student, "student.py", "exec"), namespace)
            except BaseException:  # the file itself does not run
                return "error"
            tracemalloc.reset_peak()  # peak_bytes() counts from the check's start
            try:
                exec(compile(check, "check", "exec"), namespace)
            except Exception:
                return "wrong"
        return "correct"
    finally:
        namespace.clear()
        tracemalloc.stop()


def main() -> int:
    disagreements = 0
    for sample in sorted(SAMPLES.rglob("*.py")):
        if sample.name in ONLY_IN_THE_REFERENCE:
            continue
        text = sample.read_text()
        exercise = yaml.safe_load((ROOT / "exercises" / header(text, "exercise") / "exercise.yaml").read_text())
        expected = dict(pair.split("=") for pair in header(text, "expect").split())
        # property checks draw their inputs from ndgrade's generator, which this script does not reproduce
        actual = {c["id"]: status(text, c["code"]) for c in exercise["checks"] if "given" not in c}
        expected = {k: v for k, v in expected.items() if k in actual}
        if actual != expected:
            disagreements += 1
            print(f"{sample.relative_to(ROOT)}: CPython gives {actual}")
    print(f"{disagreements} disagreements")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
