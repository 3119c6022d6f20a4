#!/usr/bin/env python3
"""Reference runner for the `ndgrade eval` golden corpus: CPython 3.11 + NumPy 2.4 are the truth.

For every snippet `X.py` it writes `X.out`, the exact transcript that the snippet interpreter
contract (docs: /work/shared/ARCHITECTURE.md, "The snippet interpreter") requires:

* each file runs in a fresh namespace where `import numpy as np` is already done;
* the file is parsed with `ast.parse`; a SyntaxError (or IndentationError, TabError) makes the whole
  transcript the single line `<TypeName>: <msg>`;
* otherwise it is cut into the units interactive mode would see: one unit per top-level
  statement, except that statements sharing a physical line (`a = 1; a`) form one unit;
* every unit is compiled in 'single' mode and executed; an expression statement whose value is
  not None prints `repr(value)` (nothing is stored in `_`, so the value dies at once);
* a unit that raises prints exactly one line `TypeName: message` and the run goes on;
* `live_bytes()` is a builtin: the bytes of NumPy data buffers alive now, i.e. the sum of the
  tracemalloc traces in `np.lib.tracemalloc_domain`, with tracemalloc started afresh for each file.
* `peak_bytes()` is a builtin: tracemalloc's peak since the file began. It counts Python's own
  objects too (tracemalloc cannot give one domain's peak), so goldens show it in whole megabytes
  (`peak_bytes() // 1_000_000`) of arrays large enough that the few kB of objects never reach the
  next megabyte.

Warnings (RuntimeWarning for 1/0, DeprecationWarning ...) go to stderr, never to the transcript.

Usage (from the repository root):

    python3 -X faulthandler ndarray-ref/src/test/python/golden_runner.py           # (re)write every .out
    python3 -X faulthandler ndarray-ref/src/test/python/golden_runner.py PATH...   # only these files/dirs
    python3 -X faulthandler ndarray-ref/src/test/python/golden_runner.py --check   # exit 1 if an .out is stale
    python3 -X faulthandler ndarray-ref/src/test/python/golden_runner.py --print FILE  # show one transcript

PATH defaults to ndarray-ref/src/test/resources/golden/eval. Directories are searched recursively
for `*.py`; files run in sorted order, all in this one process. Same files give byte-identical
outputs (`--isolated` runs every file in its own interpreter instead, to prove that the order in
which files run does not leak into any transcript).
"""

from __future__ import annotations

import argparse
import ast
import builtins
import faulthandler
import io
import subprocess
import sys
import tracemalloc
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import numpy as np
from numpy._core import arrayprint


CORPUS = Path(__file__).resolve().parents[1] / "resources" / "golden" / "eval"
NUMPY_DOMAIN = np.lib.tracemalloc_domain
ONLY_NUMPY_BUFFERS = [tracemalloc.DomainFilter(inclusive=True, domain=NUMPY_DOMAIN)]
# NumPy's print options as they are at import, before any snippet could call np.set_printoptions
DEFAULT_PRINT_OPTIONS = dict(arrayprint.format_options.get())


def live_bytes() -> int:
    """Bytes of NumPy array data alive now (every buffer any live object still reaches).

    Pure Python over a tracemalloc snapshot: it allocates no NumPy buffer itself.
    """
    snapshot = tracemalloc.take_snapshot().filter_traces(ONLY_NUMPY_BUFFERS)
    return sum(trace.size for trace in snapshot.traces)


def peak_bytes() -> int:
    """The most bytes traced at once since the file began, every domain together (see the module's notes)."""
    return tracemalloc.get_traced_memory()[1]


def display(value: object) -> None:
    """Interactive-mode display hook that keeps nothing alive (no `_`)."""
    if value is not None:
        sys.stdout.write(repr(value) + "\n")


def units(source: str, tree: ast.Module) -> list[str]:
    """Source text of each interactive unit: top-level statements grouped by shared lines."""
    groups: list[list[ast.stmt]] = []
    for statement in tree.body:
        if groups and first_line(statement) <= groups[-1][-1].end_lineno:
            groups[-1].append(statement)
        else:
            groups.append([statement])
    lines = source.splitlines(keepends=True)
    return ["".join(lines[first_line(group[0]) - 1 : group[-1].end_lineno]) for group in groups]


def first_line(statement: ast.stmt) -> int:
    """Where a statement's text starts: a decorated def or class starts at its first decorator, not at `def`."""
    decorators = getattr(statement, "decorator_list", [])
    return min([statement.lineno] + [d.lineno for d in decorators])


def run_unit(text: str, filename: str, namespace: dict) -> None:
    try:
        code = compile(text, filename, "single", dont_inherit=True)
        exec(code, namespace)
    except Exception as error:  # the contract: one line per failing unit, then go on
        sys.stdout.write(f"{type(error).__name__}: {error}\n")


@contextmanager
def default_print_options():
    """NumPy's default print options for one file, whatever an earlier file set; restored afterwards.

    set_printoptions writes the context variable np._core.arrayprint.format_options, so resetting that
    variable is what makes every file start afresh, as every ndgrade run does.
    """
    token = arrayprint.format_options.set(dict(DEFAULT_PRINT_OPTIONS))
    try:
        yield
    finally:
        arrayprint.format_options.reset(token)


def transcript(source: str, filename: str) -> str:
    """What `ndgrade eval` must print for this file."""
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as error:
        return f"{type(error).__name__}: {error.msg}\n"
    out = io.StringIO()
    saved_hook = sys.displayhook
    sys.displayhook = display
    tracemalloc.start()
    try:
        namespace: dict = {"__name__": "__main__", "__builtins__": builtins}
        with redirect_stdout(out), redirect_stderr(io.StringIO()), default_print_options():
            exec("import numpy as np", namespace)
            for text in units(source, tree):
                run_unit(text, filename, namespace)
        namespace.clear()
        del namespace
    finally:
        tracemalloc.stop()
        sys.displayhook = saved_hook
    return out.getvalue()


def snippet_files(paths: list[str]) -> list[Path]:
    found: set[Path] = set()
    for name in paths or [str(CORPUS)]:
        path = Path(name)
        if path.is_dir():
            found.update(p for p in path.rglob("*.py") if p.is_file())
        elif path.suffix == ".py" and path.is_file():
            found.add(path)
        else:
            raise SystemExit(f"golden_runner: not a snippet file or directory: {name}")
    return sorted(found)


def expected_path(snippet: Path) -> Path:
    return snippet.with_suffix(".out")


def read_source(snippet: Path) -> str:
    return snippet.read_bytes().decode("utf-8")


def run_isolated(snippet: Path) -> str:
    """The transcript computed by a fresh interpreter that runs only this file."""
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", __file__, "--print", str(snippet)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return result.stdout.decode("utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="verify every .out is current")
    mode.add_argument("--print", action="store_true", help="print the transcript of one file")
    mode.add_argument("--isolated", action="store_true",
                      help="verify each file alone in a fresh interpreter gives its .out")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    if not faulthandler.is_enabled():
        faulthandler.enable()
    builtins.live_bytes = live_bytes
    builtins.peak_bytes = peak_bytes

    snippets = snippet_files(args.paths)
    if args.print:
        for snippet in snippets:
            sys.stdout.buffer.write(transcript(read_source(snippet), snippet.name).encode("utf-8"))
        return 0

    stale: list[Path] = []
    written = 0
    for snippet in snippets:
        if args.isolated:
            actual = run_isolated(snippet)
        else:
            actual = transcript(read_source(snippet), snippet.name)
        data = actual.encode("utf-8")
        target = expected_path(snippet)
        current = target.read_bytes() if target.exists() else None
        if current == data:
            continue
        if args.check or args.isolated:
            stale.append(snippet)
        else:
            target.write_bytes(data)
            written += 1

    if args.check or args.isolated:
        orphans = [p for p in _outs(args.paths) if not p.with_suffix(".py").exists()]
        for path in stale:
            print(f"stale: {path}", file=sys.stderr)
        for path in orphans:
            print(f"orphan: {path}", file=sys.stderr)
        print(f"{len(snippets)} snippets, {len(stale)} stale, {len(orphans)} orphan .out", file=sys.stderr)
        return 1 if stale or orphans else 0
    print(f"{len(snippets)} snippets, {written} .out written", file=sys.stderr)
    return 0


def _outs(paths: list[str]) -> list[Path]:
    found: set[Path] = set()
    for name in paths or [str(CORPUS)]:
        path = Path(name)
        if path.is_dir():
            found.update(path.rglob("*.out"))
    return sorted(found)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
