#!/usr/bin/env python3
"""Differential measure of `ndgrade eval` on whole corpora: CPython 3.11 + NumPy 2.4 against ndgrade.

Every snippet runs through golden_runner.transcript (the truth, in this process) and through
`ndgrade eval --json` (one JVM per corpus). Each file is classified:

* IDENTICAL   the transcripts are byte for byte equal;
* UNSUPPORTED they are equal up to the first line where ndgrade prints `UnsupportedError:` or
              `LimitError:` (ndgrade stopped honestly; what follows may differ);
* WRONG       anything else: ndgrade printed an answer CPython does not print. The dangerous class.

A corpus is a directory searched recursively for *.py; the default corpora are the directories under
ndarray-ref/src/test/resources/corpus (numpy-docs: NumPy's documentation examples, see
extract_doc_examples.py; course: course-style programs). These are measurements, not tests: nothing
here takes part in `mvn verify`.

Usage (from the repository root; build the grader first: mvn -o -q -pl grader -am package -DskipTests):

    python3 ndarray-ref/src/test/python/differential.py [--json] [--reasons N] [CORPUS_DIR...]

It prints per corpus the three counts with percentages, the first differing line of every WRONG file,
and the N most frequent UnsupportedError/LimitError reasons (--reasons, default 15). --json prints
one object instead: {corpus: {"counts": {...}, "files": [{"file", "class", "line", "expected",
"actual", "reason"}]}}.
"""

from __future__ import annotations

import argparse
import builtins
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import golden_runner  # noqa: E402

REPO = HERE.parents[3]
CORPORA = HERE.parent / "resources" / "corpus"
NDGRADE = REPO / "grader" / "bin" / "ndgrade"
STOPS = ("UnsupportedError:", "LimitError:")
LOCATION = re.compile(r" \([^()]*, line \d+, column \d+\)$")
CLASSES = ("IDENTICAL", "UNSUPPORTED", "WRONG")


@dataclass(frozen=True)
class Verdict:
    file: str
    verdict: str
    line: int = 0          # 1-based line of the transcripts where they first differ (0: identical)
    expected: str = ""     # CPython's line there ("" past its end)
    actual: str = ""       # ndgrade's line there ("" past its end)
    reason: str = ""       # the UnsupportedError/LimitError message, without its location


def line_at(lines: list[str], index: int) -> str:
    return lines[index] if index < len(lines) else ""


def classify(file: str, expected: str, actual: str) -> Verdict:
    if expected == actual:
        return Verdict(file, "IDENTICAL")
    want, got = expected.splitlines(), actual.splitlines()
    index = next((i for i, (w, g) in enumerate(zip(want, got)) if w != g), min(len(want), len(got)))
    if index == len(want) and index == len(got):  # same lines, different line ends
        index = len(want) - 1
    wanted, printed = line_at(want, index), line_at(got, index)
    if printed.startswith(STOPS):
        return Verdict(file, "UNSUPPORTED", index + 1, wanted, printed, LOCATION.sub("", printed))
    return Verdict(file, "WRONG", index + 1, wanted, printed)


def snippet_files(corpus: Path) -> list[Path]:
    return sorted(p.resolve() for p in corpus.rglob("*.py") if p.is_file())


def cpython_transcript(file: Path) -> str:
    """The truth for one file; golden_runner.transcript starts it with NumPy's default print options."""
    return golden_runner.transcript(golden_runner.read_source(file), file.name)


def cpython_transcripts(files: list[Path]) -> dict[str, str]:
    builtins.live_bytes = golden_runner.live_bytes
    home = os.getcwd()
    os.chdir(tempfile.mkdtemp())  # a snippet that writes a file writes it there
    try:
        return {str(f): cpython_transcript(f) for f in files}
    finally:
        os.chdir(home)


def ndgrade_transcripts(files: list[Path], launcher: str) -> dict[str, str]:
    result = subprocess.run([launcher, "eval", "--json", *map(str, files)], cwd=REPO,
                            stdout=subprocess.PIPE, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"differential: {launcher} eval exited with {result.returncode}")
    return {entry["file"]: entry["output"] for entry in json.loads(result.stdout.decode("utf-8"))}


def measure(corpus: Path, launcher: str) -> list[Verdict]:
    files = snippet_files(corpus)
    expected = cpython_transcripts(files)
    actual = ndgrade_transcripts(files, launcher)
    return [classify(str(f.relative_to(corpus.resolve())), expected[str(f)], actual.get(str(f), "")) for f in files]


def counts(verdicts: list[Verdict]) -> dict[str, int]:
    tally = Counter(v.verdict for v in verdicts)
    return {name: tally.get(name, 0) for name in CLASSES}


def report(name: str, verdicts: list[Verdict], reasons: int) -> None:
    total = len(verdicts) or 1
    tally = counts(verdicts)
    print(f"== {name}: {len(verdicts)} files")
    for verdict in CLASSES:
        print(f"   {verdict:<12}{tally[verdict]:>5}  {100 * tally[verdict] / total:5.1f}%")
    for v in verdicts:
        if v.verdict == "WRONG":
            print(f"   WRONG {v.file}:{v.line}\n      expected: {v.expected!r}\n      actual:   {v.actual!r}")
    stops = Counter(v.reason for v in verdicts if v.verdict == "UNSUPPORTED")
    if stops:
        print("   top stopping reasons:")
        for reason, count in stops.most_common(reasons):
            print(f"   {count:>5}  {reason}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--reasons", type=int, default=15, help="how many stopping reasons to list")
    parser.add_argument("--ndgrade", default=str(NDGRADE), help="the ndgrade launcher")
    parser.add_argument("corpora", nargs="*")
    args = parser.parse_args(argv)
    corpora = [Path(c) for c in args.corpora] or sorted(p for p in CORPORA.iterdir() if p.is_dir())
    results = {c.name: measure(c, args.ndgrade) for c in corpora}
    if args.json:
        print(json.dumps({name: {"counts": counts(v), "files": [asdict(x) for x in v]}
                          for name, v in results.items()}, indent=1))
    else:
        for name, verdicts in results.items():
            report(name, verdicts, args.reasons)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
