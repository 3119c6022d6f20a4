#!/usr/bin/env python3
"""Writes the golden answer keys of the exercise bank from real NumPy.

For every exercises/<id>/exercise.yaml, computes the keys with the helper `ndgrade verify-keys`
ships (grader/src/main/resources/dev/ndgrade/grader/authoring/numpy_keys.py): setup, then each
question's code, statement by statement in interactive mode, as the `ndgrade eval` contract
describes. The grader's tests compare the keys it computes with the reference interpreter against
these files, so the tests never need Python.

Usage (from the repository root): python3 grader/src/test/python/answer_keys.py
"""
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[4]
BANK = ROOT / "exercises"
OUT = ROOT / "grader" / "src" / "test" / "resources" / "golden" / "keys"
sys.path.insert(0, str(ROOT / "grader" / "src" / "main" / "resources" / "dev" / "ndgrade" / "grader" / "authoring"))

import numpy_keys  # noqa: E402  (found through the path above)


def first_sample(exercise):
    """A parameterised exercise as its first sample (every parameter at its first value), as
    StudentVariant.samples binds it: assignments before the setup."""
    params = exercise.get("params") or {}
    first = {name: (spec["range"][0] if "range" in spec else spec["choices"][0]) for name, spec in params.items()}
    bound = "".join(f"{name} = {value}\n" for name, value in first.items())
    return dict(exercise, setup=bound + (exercise.get("setup") or ""))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for path in sorted(BANK.glob("*/exercise.yaml")):
        exercise = first_sample(yaml.safe_load(path.read_text(encoding="utf-8")))
        golden = {"exercise": exercise["id"], "numpy": numpy_keys.np.__version__,
                  "questions": numpy_keys.keys_of(exercise)}
        target = OUT / (exercise["id"] + ".json")
        target.write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
