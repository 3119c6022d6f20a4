#!/usr/bin/env python3
"""Computes exercise keys with real CPython + NumPy: the ground truth the reference must match.

Each exercise runs in one fresh namespace: `setup`, then each question's code, top-level statement
by top-level statement in interactive ('single') mode, exactly as the `ndgrade eval` contract
describes; each question's key is read off what happened, by the same rules as ndgrade's key
computer. `ndgrade verify-keys` runs this file with the bank as JSON on stdin and compares;
the grader's golden-key script (grader/src/test/python/answer_keys.py) imports it.

stdin:  {"exercises": [{"id", "setup", "questions": [{"id", "ask", "code", "of", "choices": [{"label", "when"}]}]}]}
stdout: {"python", "numpy", "exercises": [{"id", "error", "questions": {qid: {"key", "output", "error"}}}]}
        (one element per exercise of stdin, in order: a parameterised exercise comes once per sample)
Exit code 3 (and a message on stderr) when NumPy cannot be imported.
"""
import ast
import io
import json
import platform
import sys
import tracemalloc

try:
    import numpy as np
except ImportError as missing:
    print(f"numpy cannot be imported: {missing}", file=sys.stderr)
    sys.exit(3)


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
        return last.value_repr if last else None
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
        if len(right) != 1:
            raise ValueError(f"{len(right)} choices are true: {right}")
        return right[0]
    raise ValueError(f"unknown answer kind {kind}")


def keys_of(exercise):
    """{question id: {ask, key, output}} for one exercise; a key NumPy cannot give has an 'error'."""
    tracemalloc.start()
    try:
        namespace = {"np": np, "live_bytes": live_bytes}
        run(exercise.get("setup") or "", namespace)
        keys = {}
        for question in exercise["questions"]:
            units = run(question.get("code") or "", namespace)
            entry = {"ask": question["ask"], "key": None, "output": "".join(u.output for u in units)}
            try:
                entry["key"] = key_of(question, units, namespace)
            except Exception as e:  # reported as a disagreement, with the reason
                entry["error"] = f"{type(e).__name__}: {e}"
            keys[question["id"]] = entry
        return keys
    finally:
        tracemalloc.stop()


def main():
    bank = json.load(sys.stdin)
    result = {"python": platform.python_version(), "numpy": np.__version__, "exercises": []}
    for exercise in bank["exercises"]:
        try:
            result["exercises"].append({"id": exercise["id"], "questions": keys_of(exercise)})
        except Exception as e:  # a setup that cannot even parse: the whole exercise disagrees
            result["exercises"].append({"id": exercise["id"], "error": f"{type(e).__name__}: {e}", "questions": {}})
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
