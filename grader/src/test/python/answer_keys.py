#!/usr/bin/env python3
"""Writes the golden answer keys of the exercise bank from real NumPy.

For every exercises/<id>/exercise.yaml, runs `setup` and then each question's code in one
namespace, top-level statement by top-level statement in interactive ('single') mode, exactly as
the `ndgrade eval` contract describes, and records what each answer kind's key must be. The grader's
tests compare the keys it computes with the reference interpreter against these files, so the
tests never need Python.

Usage (from the repository root): python3 grader/src/test/python/answer_keys.py
"""
import ast
import io
import json
import pathlib
import sys
import tracemalloc

import numpy as np
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[4]
BANK = ROOT / "exercises"
OUT = ROOT / "grader" / "src" / "test" / "resources" / "golden" / "keys"


def live_bytes():
    """The bytes of NumPy array data alive now (ARCHITECTURE: tracemalloc's NumPy domain)."""
    snap = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.DomainFilter(True, np.lib.tracemalloc_domain)])
    return sum(t.size for t in snap.traces)


class Unit:
    def __init__(self, output, value_repr, error_type, value):
        self.output = output
        self.value_repr = value_repr
        self.error_type = error_type
        self.value = value


def run(code, namespace):
    """Runs code's top-level statements one by one; returns one Unit per statement."""
    units = []
    for stmt in ast.parse(code).body:
        shown = []
        out = io.StringIO()

        def hook(value):
            if value is not None:
                shown.append(value)
                out.write(repr(value) + "\n")

        saved_out, saved_hook = sys.stdout, sys.displayhook
        sys.stdout, sys.displayhook = out, hook
        error = None
        try:
            exec(compile(ast.Interactive([stmt]), "<exercise>", "single"), namespace)
        except Exception as e:  # the transcript shows it, like the interactive interpreter
            error = type(e).__name__
            out.write(f"{error}: {e}\n")
        finally:
            sys.stdout, sys.displayhook = saved_out, saved_hook
        value = shown[-1] if shown else None
        units.append(Unit(out.getvalue(), repr(value) if shown else None, error, value))
    return units


def relation(x, y):
    if x is y:
        return "alias"
    if isinstance(x, np.ndarray) and isinstance(y, np.ndarray) and np.shares_memory(x, y):
        return "view"
    return "copy"


def key_of(question, units, namespace):
    kind = question["ask"]
    last = units[-1] if units else None
    if kind == "value":
        return last.value_repr
    if kind == "output":
        return "".join(u.output for u in units)
    if kind == "relation":
        x, y = question["of"]
        return relation(namespace[x], namespace[y])
    if kind == "error":
        return next((u.error_type for u in units if u.error_type), "none")
    if kind == "bytes":
        return int(last.value)
    if kind == "choice":
        right = [c["label"] for c in question["choices"] if eval(c["when"], namespace)]
        assert len(right) == 1, (question["id"], right)
        return right[0]
    raise ValueError(kind)


def keys_of(exercise):
    tracemalloc.start()
    try:
        namespace = {"np": np, "live_bytes": live_bytes}
        run(exercise.get("setup") or "", namespace)
        keys = {}
        for question in exercise["questions"]:
            units = run(question.get("code") or "", namespace)
            keys[question["id"]] = {
                "ask": question["ask"],
                "key": key_of(question, units, namespace),
                "output": "".join(u.output for u in units),
            }
        return keys
    finally:
        tracemalloc.stop()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for path in sorted(BANK.glob("*/exercise.yaml")):
        exercise = yaml.safe_load(path.read_text(encoding="utf-8"))
        golden = {"exercise": exercise["id"], "numpy": np.__version__,
                  "questions": keys_of(exercise)}
        target = OUT / (exercise["id"] + ".json")
        target.write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
