#!/usr/bin/env python3
"""Generates the second, independent random corpus (`golden/eval/x-gen-*`) for `ndgrade eval`.

It differs from make_corpus.py on purpose: its chains mix views and copies of every kind
(negative steps, fancy and boolean indexing, `...`, `()`, `None`, reshape of non-contiguous
arrays, astype/asarray/array(copy=...), broadcast_to, diagonal, split, stride tricks), then ask
about base/shares_memory/flags/strides, mutate through one name (errors on read-only views are
kept), print the others, `del` names and ask live_bytes(). Its printing snippets draw dtypes,
shapes (empty, 0-d, summarized) and value regimes (tiny, huge, nan/inf, negative, wrapping).

Usage (from the repository root):

    python3 ndarray-ref/src/test/python/make_corpus_x.py
    python3 -X faulthandler ndarray-ref/src/test/python/golden_runner.py ndarray-ref/src/test/resources/golden/eval

Regenerating deletes the `x-gen-*` folders and writes them again from a fixed seed.
Every candidate statement runs on real NumPy while the snippet is written, so an error appears
only where a snippet means to show one.
"""

from __future__ import annotations

import io
import random
import shutil
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import numpy as np

CORPUS = Path(__file__).resolve().parents[1] / "resources" / "golden" / "eval"
SEED = 7_31_2025
DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "float32", "float64", "bool_",
          "complex128"]


class Session:
    """A namespace that runs candidate statements on real NumPy, silently."""

    def __init__(self) -> None:
        self.namespace: dict = {"np": np}

    def ok(self, statement: str) -> bool:
        """Runs the statement; False (and no effect worth keeping) if it raised."""
        try:
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
                exec(compile(statement, "<gen>", "single"), self.namespace)
            return True
        except Exception:
            return False

    def value(self, name: str):
        return self.namespace[name]


def shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def creation(rng: random.Random) -> str:
    ndim = rng.choice([1, 1, 2, 2, 2, 3])
    shape = tuple(rng.randint(1, 5) for _ in range(ndim))
    size = int(np.prod(shape))
    dtype = rng.choice(["", "", ", dtype=np.int32", ", dtype=np.float64", ", dtype=np.int8",
                        ", dtype=np.uint8", ", dtype=np.float32", ", dtype=np.int16"])
    form = rng.choice(["arange", "arange", "zeros", "ones", "full", "linspace"])
    if form == "arange":
        text = f"np.arange({size}{dtype})"
    elif form == "zeros":
        text = f"np.zeros({size}{dtype})"
    elif form == "ones":
        text = f"np.ones({size}{dtype})"
    elif form == "full":
        text = f"np.full({size}, {rng.randint(-5, 9)}{dtype})"
    else:
        text = f"np.linspace(0, {rng.randint(1, 9)}, {size})"
    return text if ndim == 1 else f"{text}.reshape{shape_text(shape)}"


def index_text(rng: random.Random, n: int) -> str:
    kind = rng.choice(["slice", "slice", "neg", "step", "int"])
    if kind == "int" and n > 0:
        return str(rng.randint(-n, n - 1))
    if kind == "neg":
        return rng.choice(["::-1", "::-2", f"{n - 1}::-1", f"-1:0:-{rng.randint(1, 2)}"])
    if kind == "step":
        return f"{rng.randint(0, max(0, n - 1))}::{rng.randint(2, 3)}"
    lo = rng.randint(0, n)
    return rng.choice([f"{lo}:", f":{lo}", f"{lo}:{rng.randint(lo, n)}", ":"])


def derivations(rng: random.Random, x: str, arr: np.ndarray) -> list[str]:
    """Ways to make a new array from x: views, copies, and the ones that depend on layout."""
    out: list[str] = []
    if arr.ndim >= 1:
        idx = ", ".join(index_text(rng, d) for d in arr.shape[: rng.randint(1, arr.ndim)])
        out += [f"{x}[{idx}]", f"{x}[{index_text(rng, arr.shape[0])}]"]
        k = max(arr.shape[0], 1)
        out.append(f"{x}[{[rng.randint(-k, k - 1) for _ in range(rng.randint(1, 3))]}]")
        out.append(f"{x}[{x} > {rng.randint(0, 3)}]")
        out += [f"{x}.T", f"{x}.ravel()", f"{x}.flatten()", f"{x}[None]", f"{x}[..., None]"]
        out.append(f"{x}.reshape({arr.size})")
        out.append(f"{x}.reshape(-1, {rng.choice([1, 2, 3])})")
        out.append(f"np.split({x}, {rng.choice([1, 2])})[0]")
        out.append(f"np.broadcast_to({x}, (2,) + {x}.shape)")
    if arr.ndim >= 2:
        out += [f"{x}.swapaxes(0, 1)", f"{x}.diagonal()", f"np.moveaxis({x}, 0, -1)",
                f"{x}[:, {index_text(rng, arr.shape[1])}]", f"{x}.transpose()"]
    out += [f"{x}.copy()", f"np.copy({x})", f"{x}.view()", f"{x}[...]", f"{x}[()]",
            f"np.asarray({x})", f"np.array({x})", f"np.array({x}, copy=False)",
            f"{x}.astype(np.float64)", f"{x}.astype({x}.dtype)", f"{x}.astype(np.int64, copy=False)",
            f"np.ascontiguousarray({x})", f"np.asfortranarray({x})", f"{x}.squeeze()",
            f"np.expand_dims({x}, 0)", f"np.lib.stride_tricks.as_strided({x})"]
    return out


def queries(rng: random.Random, names: list[str]) -> list[str]:
    out = []
    for _ in range(rng.randint(2, 5)):
        x, y = rng.choice(names), rng.choice(names)
        out.append(rng.choice([
            f"{x}.base is {y}", f"{x}.base is None", f"np.shares_memory({x}, {y})",
            f"{x}.flags['OWNDATA']", f"{x}.flags['C_CONTIGUOUS']", f"{x}.flags.f_contiguous",
            f"{x}.strides", f"{x}.flags['WRITEABLE']", f"{x}.shape", f"{x} is {y}",
            f"({x}.base is {y}, np.may_share_memory({x}, {y}))", f"{x}.base.shape",
            f"{x}.nbytes", f"{x}.dtype"]))
    return out


def mutations(rng: random.Random, x: str, arr: np.ndarray) -> list[str]:
    v = rng.randint(-3, 120)
    out = [f"{x}[...] = {v}", f"{x}.fill({v})", f"{x} += 1", f"{x} *= 2"]
    if arr.ndim >= 1 and arr.shape[0] > 0:
        out += [f"{x}[0] = {v}", f"{x}[-1] = {v}", f"{x}[::2] = {v}", f"{x}[{x} > 1] = 0"]
    return out


def chain_snippet(rng: random.Random) -> str | None:
    session = Session()
    lines = [f"a = {creation(rng)}"]
    if not session.ok(lines[0]):
        return None
    names = ["a"]
    for name in "bcde"[: rng.randint(2, 4)]:
        for _ in range(20):
            src = rng.choice(names)
            candidate = f"{name} = {rng.choice(derivations(rng, src, session.value(src)))}"
            if session.ok(candidate):
                lines.append(candidate)
                names.append(name)
                break
    lines += [q for q in queries(rng, names) if session.ok(q) or rng.random() < 0.3]
    target = rng.choice(names[1:] or names)
    for _ in range(10):
        mutation = rng.choice(mutations(rng, target, session.value(target)))
        succeeded = session.ok(mutation)
        if succeeded or rng.random() < 0.25:  # keep a few read-only / casting errors
            lines.append(mutation)
            break
    for name in rng.sample(names, k=min(len(names), rng.randint(1, 3))):
        lines.append(rng.choice([name, f"print({name})"]))
    if rng.random() < 0.6:
        doomed = rng.sample(names, k=rng.randint(1, len(names)))
        lines.append("del " + ", ".join(doomed))
        lines.append("live_bytes()")
        alive = [n for n in names if n not in doomed]
        if alive:
            lines.append(f"{rng.choice(alive)}.base is None")
    return "\n".join(lines) + "\n"


def float_literal(rng: random.Random, regime: tuple[int, int]) -> str:
    r = rng.random()
    if r < 0.08:
        return rng.choice(["np.nan", "np.inf", "-np.inf"])
    if r < 0.2:
        return rng.choice(["0.0", "-0.0", "1.0", "0.5", "-2.0"])
    value = rng.uniform(-1, 1) * 10.0 ** rng.randint(*regime)
    return repr(round(value, rng.randint(0, 10)))


def printing_snippet(rng: random.Random) -> str:
    dtype = rng.choice(DTYPES)
    kind = rng.choice(["small", "small", "small", "empty", "zero-d", "big", "big"])
    lines: list[str] = []
    if kind == "empty":
        shape = rng.choice(["(0,)", "(0, 3)", "(2, 0)", "(0, 0)", "(3, 0, 2)"])
        lines.append(f"x = np.zeros({shape}, dtype=np.{dtype})")
    elif kind == "zero-d":
        lit = float_literal(rng, (-3, 5)) if dtype.startswith(("float", "complex")) else str(rng.randint(0, 100))
        lines.append(f"x = np.array({lit}, dtype=np.{dtype})")
    elif kind == "big":
        shape = rng.choice([(1001,), (1200,), (30, 40), (4, 512), (10, 10, 30), (2, 3, 200)])
        start = rng.choice(["np.arange", "np.arange", "np.ones", "np.zeros"])
        size = int(np.prod(shape))
        if len(shape) == 1:
            lines.append(f"x = {start}({size}, dtype=np.{dtype})")
        else:
            lines.append(f"x = {start}({size}).reshape{shape_text(shape)}.astype(np.{dtype})")
    else:
        rows, cols = rng.randint(1, 4), rng.randint(1, 6)
        regime = rng.choice([(-2, 2), (-9, -4), (4, 9), (15, 20), (-1, 1)])
        if dtype.startswith(("float", "complex")):
            make = lambda: float_literal(rng, regime)
        elif dtype == "bool_":
            make = lambda: rng.choice(["True", "False"])
        else:
            hi = {"int8": 127, "uint8": 255, "int16": 3000, "uint16": 60000}.get(dtype, 10**rng.randint(1, 12))
            lo = 0 if dtype.startswith("uint") else -hi
            make = lambda: str(rng.randint(lo, hi))
        body = [[make() for _ in range(cols)] for _ in range(rows)]
        if rng.random() < 0.5:
            text = "[" + ", ".join("[" + ", ".join(r) + "]" for r in body) + "]"
        else:
            text = "[" + ", ".join(body[0]) + "]"
        lines.append(f"x = np.array({text}, dtype=np.{dtype})")
    for _ in range(rng.randint(2, 5)):
        lines.append(rng.choice([
            "x", "print(x)", "x.T", "print(x.T)", "x[::-1]", "x.astype(np.float64)",
            "x.astype(np.int8)", "x.astype(np.uint8)", "x.astype(bool)", "x.sum()", "x.tolist()",
            "x.ravel()[:5]", "x.reshape(-1)", "x[..., :2]", "[x.shape, x.dtype]", "(x.ndim, x.size)",
            "x.strides", "x.flags['C_CONTIGUOUS']", "str(x)", "x.item(0)", "x.real", "x.imag",
            "x + 1", "x * 2", "-x", "x > 0", "x == x", "x / 3", "x // 2"]))
    return "\n".join(lines) + "\n"


def transcript_ok(text: str) -> bool:
    """Drops snippets whose output would depend on the machine."""
    session = Session()
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        for line in text.splitlines():
            try:
                exec(compile(line, "<gen>", "single"), session.namespace)
            except Exception:
                pass
    printed = out.getvalue()
    return "0x" not in printed and len(printed) < 6000


def main() -> int:
    rng = random.Random(SEED)
    for old in CORPUS.glob("x-gen-*"):
        shutil.rmtree(old)
    plan = [("x-gen-chains", chain_snippet, 220), ("x-gen-printing", printing_snippet, 120)]
    for family, make, count in plan:
        folder = CORPUS / family
        folder.mkdir()
        written = 0
        while written < count:
            text = make(rng)
            if text is None or not transcript_ok(text):
                continue
            written += 1
            (folder / f"{family[6:]}-{written:03d}.py").write_text(text)
        print(f"{family}: {written} snippets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
