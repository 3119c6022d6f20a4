#!/usr/bin/env python3
"""Differential fuzzer for `ndgrade eval`: random snippet programs, CPython + NumPy vs the Java interpreter.

Each program is grown statement by statement; every candidate statement is first executed in a scratch
namespace, so the generator knows the real shapes and dtypes of the live arrays and mostly writes valid
operations (invalid ones are kept too: their error messages are part of the contract). The finished
programs run through golden_runner.transcript (the reference) and through the Java interpreter
(dev.ndgrade.python.fuzz.FuzzMain, one JVM per batch); mismatches are minimised line by line and written
to the output directory as NNN.py / NNN.expected / NNN.actual.

Usage (from the repository root, after building the test classpath once, see the class comment of FuzzMain):

    python3 ndarray-ref/src/test/python/fuzz_eval.py --seed 1 --count 500 --out /tmp/fuzz
"""

from __future__ import annotations

import argparse
import builtins
import contextlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import golden_runner  # noqa: E402

MODULE = Path(__file__).resolve().parents[3]
DTYPES = ["bool_", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex128"]
NUMERIC = [d for d in DTYPES if d != "bool_"]


def names_or(generator: "Generator", x: str) -> list[str]:
    return generator.arrays() or [x]


class Generator:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.ns: dict = {}
        self.lines: list[str] = []
        self.counter = 0

    # ---- scratch execution -------------------------------------------------------------------
    def reset(self) -> None:
        self.ns = {"np": np, "live_bytes": lambda: 0, "__builtins__": builtins}
        self.lines = []
        self.counter = 0

    def run(self, line: str) -> bool:
        """Executes a line in the scratch namespace; keeps it; True when it did not raise."""
        self.lines.append(line)
        try:
            with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
                warnings.simplefilter("ignore")
                exec(compile(line, "<fuzz>", "single"), self.ns)
            return True
        except Exception:
            return False

    def arrays(self) -> list[str]:
        return [k for k, v in self.ns.items() if isinstance(v, np.ndarray) and len(k) <= 3]

    def fresh(self) -> str:
        self.counter += 1
        return "abcdefghijklmnopqrstuvw"[self.counter % 23] + ("" if self.counter < 23 else str(self.counter // 23))

    def pick(self) -> str | None:
        names = self.arrays()
        return self.r.choice(names) if names else None

    # ---- building blocks ---------------------------------------------------------------------
    def dtype(self, numeric: bool = False) -> str:
        return "np." + self.r.choice(NUMERIC if numeric else DTYPES)

    def shape(self, max_dims: int = 3) -> tuple:
        nd = self.r.choice([0, 1, 1, 2, 2, 2, 3, 3][: 3 + 2 * max_dims])
        return tuple(self.r.choice([0, 1, 2, 3, 4, 5, 6] if self.r.random() < 0.15 else [1, 2, 3, 4, 5])
                     for _ in range(nd))

    def shape_text(self, shape: tuple) -> str:
        if len(shape) == 1 and self.r.random() < 0.5:
            return str(shape[0])
        return str(tuple(shape))

    def scalar(self, dtype: str | None = None) -> str:
        kind = self.r.random()
        if dtype and "bool" in dtype:
            return self.r.choice(["True", "False", "0", "1"])
        if kind < 0.5:
            return str(self.r.randint(-5, 20))
        if kind < 0.8:
            return self.r.choice(["0.5", "-1.25", "2.0", "1e-5", "1e8", "3.14159", "np.nan", "np.inf", "-0.0",
                                  "1/3", "100.0", "1e20"])
        return self.r.choice(["True", "False", "255", "-129", "2**31", "1j", "2+3j"])

    def creation(self) -> str:
        shape = self.shape()
        size = int(np.prod(shape)) if shape else 1
        c = self.r.random()
        if c < 0.35:
            start = self.r.choice(["", "", "-3, ", "1, "])
            base = f"np.arange({start}{start and size + int(start[:-2])}{'' if start else size}"
            dt = f", dtype={self.dtype()}" if self.r.random() < 0.5 else ""
            expr = base + dt + ")"
            if len(shape) != 1:
                expr += f".reshape({self.shape_text(shape) if shape else '()'})"
            if self.r.random() < 0.2:
                expr = f"({expr} {self.r.choice(['*', '/', '-', '**'])} {self.r.choice(['0.5', '3', '7', '1.5', '10'])})"
            return expr
        if c < 0.5:
            fn = self.r.choice(["zeros", "ones"])
            dt = f", dtype={self.dtype()}" if self.r.random() < 0.6 else ""
            order = ", order='F'" if self.r.random() < 0.15 else ""
            return f"np.{fn}({self.shape_text(shape)}{dt}{order})"
        if c < 0.6:
            dt = f", dtype={self.dtype()}" if self.r.random() < 0.5 else ""
            return f"np.full({self.shape_text(shape)}, {self.scalar()}{dt})"
        if c < 0.67:
            return f"np.eye({self.r.randint(1, 5)}{', dtype=' + self.dtype() if self.r.random() < 0.4 else ''})"
        if c < 0.75:
            n = self.r.randint(0, 12)
            return f"np.linspace({self.r.choice(['0', '-1', '0.5'])}, {self.r.choice(['1', '10', '100', '1e6'])}, {n})"
        if c < 0.85:
            mag = self.r.choice([-9, -5, -3, -1, 0, 0, 1, 2, 3, 4, 7, 8, 9, 12, 17])
            spread = self.r.choice([0, 1, 2, 4])

            def number() -> str:
                v = self.r.uniform(-1, 1) * 10 ** (mag + self.r.randint(0, spread))
                k = self.r.choice([None, 0, 1, 2, 3, 6])
                text = repr(round(v, k) if k is not None else v)
                return self.r.choice([text, text, text, "np.nan", "np.inf", "-0.0"]) if self.r.random() < 0.1 else text

            def floats(s: tuple) -> str:
                if not s:
                    return number()
                return "[" + ", ".join(floats(s[1:]) for _ in range(s[0])) + "]"
            dt = self.r.choice(["", "", "", ", dtype=np.float32", ", dtype=np.complex128"])
            return f"np.array({floats(shape)}{dt})"
        if c < 0.95:
            def literal(s: tuple) -> str:
                if not s:
                    return self.scalar()
                return "[" + ", ".join(literal(s[1:]) for _ in range(s[0])) + "]"
            dt = f", dtype={self.dtype()}" if self.r.random() < 0.3 else ""
            return f"np.array({literal(shape)}{dt})"
        if c < 0.985:
            scale = self.r.choice(["0.1", "1e-3", "1e5", "(1/7)", "-2.5", "1e10", "1e-8", "3", "np.float32(0.1)", "np.int8(3)",
                                   "np.uint8(200)", "1j", "np.nan", "0.5"])
            dt = f", dtype={self.dtype(True)}" if self.r.random() < 0.4 else ""
            return f"(np.arange({size}{dt}).reshape({self.shape_text(shape) if shape else '()'}) * {scale})"
        if self.r.random() < 0.5:
            return self.r.choice(["np.linspace(0, 1, 2000).reshape(40, 50)", "(np.arange(1500) * 0.001)",
                                  "(np.arange(3000) ** 2 / 7)", "np.arange(2000, dtype=np.float32) / 3",
                                  "(np.arange(1002) - 500).reshape(2, 501)", "np.ones((11, 10, 10), dtype=bool)",
                                  "np.arange(1001) * 1e-9", "(np.arange(1100) * 1e12)", "np.eye(40)",
                                  "(np.arange(2000) % 7 == 0)", "np.zeros((1001, 0))"])
        n = self.r.choice([1001, 1200, 2000, 30])
        return self.r.choice([f"np.arange({n})", f"np.arange({n}).reshape(-1, 10)" if n % 10 == 0 else f"np.arange({n}) * 0.5",
                              f"np.zeros(({n}, 2))", f"np.linspace(0, 1, {n})"])

    def index_for(self, shape: tuple, basic_only: bool = False) -> str:
        """An index expression valid (mostly) for shape."""
        r = self.r
        c = r.random()
        if not basic_only and c < 0.15 and shape:
            n = shape[0]
            k = r.randint(0, 4)
            idx = [r.randint(-n, n - 1) if n else 0 for _ in range(k)]
            return str(idx)
        if not basic_only and c < 0.25 and shape:
            name = self.current
            return r.choice([f"{name} > {r.randint(0, 5)}", f"{name} % 2 == 0", f"{name} != 0",
                             str([r.random() < 0.5 for _ in range(shape[0])])])
        parts = []
        dims = list(shape)
        used_ellipsis = False
        for d in dims[: r.randint(1, max(1, len(dims)))] if dims else []:
            k = r.random()
            if k < 0.25:
                parts.append(str(r.randint(-d, d - 1)) if d else "0")
            elif k < 0.35:
                parts.append("None")
            elif k < 0.42 and not used_ellipsis:
                parts.append("...")
                used_ellipsis = True
            else:
                start = r.choice(["", "", str(r.randint(-d - 1, d + 1))])
                stop = r.choice(["", "", str(r.randint(-d - 1, d + 1))])
                step = r.choice(["", "", "", "2", "-1", "-2", "3", "-3"])
                parts.append(f"{start}:{stop}" + (f":{step}" if step else ""))
        if not parts:
            parts = [r.choice(["...", "None", "()", "..., None"])]
        return ", ".join(parts)

    # ---- statements ----------------------------------------------------------------------------
    def derive(self, x: str) -> str:
        v = self.ns[x]
        r = self.r
        self.current = x
        shape = v.shape
        nd = v.ndim
        ax = lambda: r.randint(-nd, nd - 1) if nd else 0  # noqa: E731
        ops = [
            lambda: f"{x}[{self.index_for(shape)}]",
            lambda: f"{x}[{self.index_for(shape)}]",
            lambda: f"{x}[{self.index_for(shape, True)}]",
            lambda: f"{x}.T",
            lambda: f"{x}.transpose({', '.join(map(str, r.sample(range(nd), nd)))})",
            lambda: f"np.swapaxes({x}, {ax()}, {ax()})",
            lambda: f"np.moveaxis({x}, {ax()}, {ax()})",
            lambda: self.reshape(x, v),
            lambda: f"{x}.ravel({self.order()})",
            lambda: f"np.ravel({x}{', order=' + repr(r.choice('CFAK')) if r.random() < 0.5 else ''})",
            lambda: f"{x}.flatten({self.order()})",
            lambda: f"{x}.squeeze()",
            lambda: f"np.expand_dims({x}, {r.randint(-nd - 1, nd)})",
            lambda: f"{x}.view({self.dtype()})",
            lambda: f"{x}.view()",
            lambda: f"{x}.astype({self.dtype()}{r.choice(['', ', copy=False'])})",
            lambda: f"{x}.copy({self.order()})",
            lambda: f"np.copy({x})",
            lambda: f"np.ascontiguousarray({x})",
            lambda: f"np.asfortranarray({x})",
            lambda: f"np.broadcast_to({x}, ({r.randint(1, 3)},) + {x}.shape)",
            lambda: f"np.lib.stride_tricks.as_strided({x}, shape=(2,) + {x}.shape, strides=(0,) + {x}.strides)",
            lambda: f"np.lib.stride_tricks.as_strided({x})",
            lambda: f"np.lib.stride_tricks.sliding_window_view({x}, {r.randint(1, 3)})",
            lambda: f"{x}.diagonal({r.choice(['', '1', '-1'])})",
            lambda: f"np.split({x}, {r.choice([1, 2, 3])})[{r.randint(-1, 1)}]",
            lambda: f"np.array_split({x}, {r.choice([2, 3, 4])}{', axis=' + str(ax()) if r.random() < 0.3 else ''})[{r.randint(-1, 1)}]",
            lambda: f"np.concatenate([{x}, {x}]{', axis=' + str(ax()) if r.random() < 0.3 else ''})",
            lambda: f"np.stack([{x}, {x}]{', axis=' + str(ax()) if r.random() < 0.3 else ''})",
            lambda: f"np.where({x} > {r.randint(0, 4)}, {x}, {self.scalar()})",
            lambda: f"np.take({x}, {[r.randint(-2, 2) for _ in range(r.randint(0, 3))]}{', axis=' + str(ax()) if r.random() < 0.4 else ''})",
            lambda: f"np.array({x}, copy={r.choice(['True', 'False', 'None'])})",
            lambda: f"np.array({x}{', dtype=' + self.dtype() if r.random() < 0.5 else ''})",
            lambda: f"np.asarray({x}{', dtype=' + self.dtype() if r.random() < 0.5 else ''})",
            lambda: f"{x} {r.choice(['+', '-', '*', '/', '//', '%', '**', '&', '|', '<', '==', '>='])} {self.other(x)}",
            lambda: f"-{x}" if r.random() < 0.5 else f"abs({x})",
            lambda: f"{x}.real" if r.random() < 0.5 else f"{x}.imag",
            lambda: f"{x}.{r.choice(['sum', 'min', 'max', 'mean', 'any', 'all', 'prod'])}({self.axis_arg(nd)})",
        ]
        return r.choice(ops)()

    def other(self, x: str) -> str:
        if self.r.random() < 0.5:
            return self.scalar()
        y = self.pick()
        return y if y else x

    def axis_arg(self, nd: int) -> str:
        c = self.r.random()
        if c < 0.4 or nd == 0:
            return ""
        if c < 0.8:
            return f"axis={self.r.randint(-nd, nd - 1)}"
        if c < 0.9:
            return f"axis={tuple(sorted(self.r.sample(range(nd), self.r.randint(1, nd))))}"
        return "keepdims=True"

    def order(self) -> str:
        return self.r.choice(["", "", "'C'", "'F'", "'A'", "'K'", "order='F'"])

    def reshape(self, x: str, v: np.ndarray) -> str:
        size = v.size
        divisors = [d for d in range(1, size + 1) if size % d == 0] or [0]
        a = self.r.choice(divisors)
        b = size // a if a else 0
        shape = self.r.choice([f"{a}, {b}", f"({a}, -1)", f"-1", f"({b}, {a}, 1)", f"{a}, -1, 1", f"({size},)", "2, -1"])
        order = self.r.choice(["", "", ", order='F'", ", order='A'"])
        if self.r.random() < 0.3:
            return f"np.reshape({x}, ({shape}){order})"
        return f"{x}.reshape({shape}{order})"

    def mutate(self, x: str) -> str:
        v = self.ns[x]
        r = self.r
        self.current = x
        nd = v.ndim
        ops = [
            lambda: f"{x}[{self.index_for(v.shape)}] = {self.scalar(str(v.dtype))}",
            lambda: f"{x}[{self.index_for(v.shape)}] = {self.other(x)}",
            lambda: f"{x}[...] = {r.choice(['0', '7', x + '[::-1]', x + '.T', 'np.arange(' + str(v.shape[-1] if nd else 1) + ')'])}",
            lambda: f"{x} {r.choice(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '|=', '&='])} {self.other(x)}",
            lambda: f"{x}[1:] += {x}[:-1]" if nd else f"{x} += {x}",
            lambda: f"{x}[:-1] = {x}[1:]" if nd else f"{x}[()] = 3",
            lambda: f"{x} += {x}.T",
            lambda: f"{x}.fill({self.scalar(str(v.dtype))})",
            lambda: f"{x}.shape = {r.choice(['-1', '(' + str(v.size) + ',)', '(1, -1)', '(-1, 1)', '(2, -1)', '()'])}",
            lambda: f"{x}.setflags(write={r.choice(['False', 'True'])})",
            lambda: f"{x}.flags.writeable = False",
            lambda: f"np.{r.choice(['add', 'subtract', 'multiply', 'negative', 'abs'][:3])}({x}, {self.other(x)}, out={x})",
            lambda: f"np.add({x}[::-1], 1, out={x}[::-1])" if nd else f"np.add({x}, 1, out={x})",
            lambda: f"np.multiply({x}, {x}.T, out={r.choice(names_or(self, x))})",
            lambda: f"{x}[[0, 0, {r.randint(-1, 1)}]] += 1" if nd else f"{x}[()] += 1",
            lambda: f"{x}[{x} > {r.randint(0, 3)}] *= {self.scalar()}",
            lambda: f"{x}[::2] = {x}[1::2]" if nd else f"{x}[...] = {x}",
            lambda: f"{x}[...] = {x}[::-1]" if nd else f"{x}[...] = -{x}",
            lambda: f"{x}[{self.index_for(v.shape, True)}] -= {x}[{self.index_for(v.shape, True)}]",
        ]
        return r.choice(ops)()

    def scalar_query(self) -> str:
        """NumPy scalar arithmetic and reprs (NEP 50 promotion, wrap-around, division by zero)."""
        r = self.r
        t = r.choice(["np.int8", "np.uint8", "np.int16", "np.int32", "np.int64", "np.uint64", "np.float32", "np.float64",
                      "np.bool_", "np.complex128", "np.uint32"])
        v = r.choice(["0", "1", "3", "100", "127", "200", "-1", "0.1", "2.5", "True"])
        w = r.choice(["0", "1", "2", "5", "-3", "300", "0.5", "1e10", "np.int8(7)", "np.float32(0.25)", "np.uint8(250)", "True"])
        op = r.choice(["+", "-", "*", "/", "//", "%", "**", "<", "==", "&"])
        return r.choice([f"{t}({v}) {op} {w}", f"{w} {op} {t}({v})", f"{t}({v})", f"print({t}({v}))", f"str({t}({v}))",
                         f"[{t}({v}), {w}]", f"type({t}({v}) {op} {w})", f"({t}({v}) {op} {w}).dtype", f"-{t}({v})",
                         f"abs({t}({v}))", f"int({t}({v}))", f"float({t}({v}))", f"{t}({v}).item()"])

    def query(self) -> str:
        if self.r.random() < 0.15:
            return self.scalar_query()
        r = self.r
        x = self.pick()
        y = self.pick()
        self.current = x
        qs = [
            lambda: x, lambda: x, lambda: f"print({x})", lambda: f"print({x})",
            lambda: f"{x}.base is {y}", lambda: f"{x}.base is None", lambda: f"{x}.base is {y}.base",
            lambda: f"np.shares_memory({x}, {y})", lambda: f"np.may_share_memory({x}, {y})",
            lambda: f"{x}.flags", lambda: f"{x}.flags['{r.choice(['C_CONTIGUOUS', 'F_CONTIGUOUS', 'OWNDATA', 'WRITEABLE', 'ALIGNED', 'CONTIGUOUS', 'FORTRAN', 'C', 'F', 'O', 'W'])}']",
            lambda: f"{x}.flags.{r.choice(['c_contiguous', 'f_contiguous', 'owndata', 'writeable', 'contiguous', 'fnc', 'forc', 'behaved', 'carray'])}",
            lambda: f"{x}.strides", lambda: f"{x}.shape", lambda: f"{x}.dtype", lambda: f"{x}.nbytes",
            lambda: f"{x}.ndim, {x}.size, {x}.itemsize",
            lambda: f"[{x}, {self.scalar()}, {y}]", lambda: f"({x}, {x}.sum())", lambda: f"print([{x}, {y}])",
            lambda: f"print(({x}.min(), {x}.max()))",
            lambda: f"{x}.tolist()", lambda: f"{x}.item()", lambda: f"{x}.item({r.randint(-1, 3)})",
            lambda: f"{x}[{r.randint(-2, 2)}]", lambda: f"{x}[{r.randint(-1, 1)}, {r.randint(-1, 1)}]",
            lambda: f"{x}.{r.choice(['sum', 'min', 'max', 'mean', 'any', 'all'])}({self.axis_arg(x and self.ns[x].ndim or 0)})",
            lambda: f"{x} {r.choice(['+', '*', '==', '<', '-', '/'])} {self.other(x)}",
            lambda: f"list({x})", lambda: f"len({x})", lambda: f"type({x}.sum())", lambda: f"str({x})",
            lambda: f"{x} is {y}", lambda: f"id({x}) == id({y})", lambda: f"float({x}.sum())",
            lambda: f"int({x}.max())", lambda: f"bool({x})", lambda: f"{x}.sum() / {x}.size",
            lambda: "live_bytes()",
            lambda: f"print({x}, {y})", lambda: f"print({x}.dtype, {x}.shape)", lambda: f"{x}.dtype.name",
            lambda: f"print({x}.flags)", lambda: f"{x} {r.choice(['+', '-', '*', '/', '//', '%', '**'])} {y}",
            lambda: f"{x}.astype({self.dtype()}) {r.choice(['+', '*', '-'])} {self.scalar()}",
            lambda: f"{x}.mean()", lambda: f"{x}.min()", lambda: f"{x}.sum(axis=0)",
            lambda: f"list({x}.ravel())", lambda: f"{x}.tolist()[:2]", lambda: f"[{x}.sum(), {x}.max(), {x}.dtype]",
            lambda: f"({x} == {y}).all()",
            lambda: f"{x}[{self.index_for(self.ns[x].shape)}]",
            lambda: f"{x}[{self.index_for(self.ns[x].shape)}].base is {x}",
        ]
        return r.choice(qs)()

    def printing_program(self, length: int) -> str:
        """Arrays of random values, shapes and dtypes, shown every way (repr, str, inside lists, 0-d, scalars)."""
        r = self.r
        self.reset()
        while len(self.lines) < length:
            shape = tuple(r.choice([0, 1, 2, 3, 5, 7, 12, 40, 300, 1001]) if r.random() < 0.3 else r.randint(1, 6)
                          for _ in range(r.choice([0, 1, 1, 2, 2, 3, 4])))
            size = int(np.prod(shape)) if shape else 1
            if size > 3000:
                continue
            dt = r.choice(["np.int64", "np.int8", "np.uint8", "np.uint64", "np.int32", "np.float64", "np.float32",
                           "np.float64", "np.complex128", "np.bool_", "np.int16", "np.uint16"])
            kind = r.random()
            if kind < 0.3:
                lo, hi = r.choice([(-5, 5), (0, 1000), (-10**6, 10**6), (0, 10**12), (-3, 300), (0, 2)])
                expr = f"np.array({[r.randint(lo, hi) for _ in range(size)]}, dtype={dt})"
            elif kind < 0.6:
                mag = r.choice([-12, -6, -4, -3, -1, 0, 0, 1, 2, 3, 5, 7, 8, 9, 16])
                vals = [round(r.uniform(-1, 1) * 10 ** (mag + r.randint(0, r.choice([0, 2, 5]))), r.choice([0, 1, 2, 3, 8, 17]))
                        for _ in range(size)]
                for _ in range(r.choice([0, 0, 0, 1, 2])):
                    if vals:
                        vals[r.randrange(len(vals))] = r.choice([float("nan"), float("inf"), float("-inf"), -0.0, 0.0])
                text = repr(vals).replace("nan", "np.nan").replace("inf", "np.inf")
                expr = f"np.array({text}, dtype={dt})"
            elif kind < 0.8:
                expr = f"(np.arange({size}, dtype={dt}) {r.choice(['*', '/', '-', '+', '**'])} {r.choice(['0.1', '3', '1e-5', '7', '1e9', '2', '-1', '0.5', '1j', '(1+2j)'])})"
            else:
                expr = f"np.{r.choice(['zeros', 'ones'])}({size}, dtype={dt})"
            if shape != (size,):
                expr += f".reshape({shape})"
            name = self.fresh()
            self.run(f"{name} = {expr}")
            for _ in range(r.randint(1, 3)):
                self.run(r.choice([name, f"print({name})", f"[{name}]", f"print([{name}, {name}.dtype])", f"str({name})",
                                   f"{name}[0]" if shape else name, f"{name}.sum()", f"{name}.max()", f"{name}.T",
                                   f"{name}[..., ::2]", f"{name}.tolist()" if size < 50 else f"{name}.ravel()",
                                   f"({name}, {name}.mean())", f"{name} * 2", f"{name} > 1", f"{name}.astype({dt})[None]",
                                   f"-{name}", f"{name}[:0]", f"{name}.flatten()[-1:]", f"print({name}.item(0))" if size else name]))
        return "\n".join(self.lines) + "\n"

    def program(self, length: int) -> str:
        if self.r.random() < 0.3:
            return self.printing_program(length)
        self.reset()
        for _ in range(self.r.randint(1, 3)):
            self.run(f"{self.fresh()} = {self.creation()}")
        while len(self.lines) < length:
            names = self.arrays()
            c = self.r.random()
            if not names or c < 0.07:
                self.run(f"{self.fresh()} = {self.creation()}")
            elif c < 0.42:
                x = self.r.choice(names)
                self.run(f"{self.fresh()} = {self.derive(x)}")
            elif c < 0.47:
                x = self.r.choice(names)
                self.run(f"{self.fresh()} = {self.derive(x)}.{self.derive_suffix()}")
            elif c < 0.62:
                self.run(self.mutate(self.r.choice(names)))
            elif c < 0.68:
                victims = self.r.sample(names, self.r.randint(1, min(2, len(names))))
                self.run(f"del {', '.join(victims)}")
                self.run("live_bytes()")
            elif c < 0.70:
                self.run(self.python_statement(names))
            elif c < 0.73:
                self.run(self.invalid(self.r.choice(names)))
            elif c < 0.75:
                self.run(f"lst = [{', '.join(self.r.sample(names, min(len(names), 2)))}, {self.scalar()}]")
                self.run(self.r.choice(["lst", "print(lst)", "lst[0] is " + names[0], "lst[:1]", "lst * 2"]))
            else:
                self.run(self.query())
        return "\n".join(self.lines) + "\n"

    def python_statement(self, names: list[str]) -> str:
        """Python lists and tuples holding arrays: aliasing, copying slices, mutation through an alias."""
        r = self.r
        x = r.choice(names)
        lists = [k for k, v in self.ns.items() if isinstance(v, list) and len(k) <= 3]
        if not lists or r.random() < 0.3:
            return r.choice([f"L = [{x}, {r.choice(names)}, {self.scalar()}]", f"L = [{x}] * 2", "L = [None] * 3",
                             "L = [[0] * 2] * 2", f"L = list({x})", f"L = {x}.tolist()", f"L = [{x}[:1], {x}.copy()]",
                             f"L = list(np.split({x}.ravel(), 1))"])
        L = r.choice(lists)
        return r.choice([L, f"print({L})", f"M = {L}", f"M = {L}[:]", f"{L}.append({x})", f"{L}[0] = {x}",
                         f"{L}[0][0] = 99", f"{L} is M" if "M" in self.ns else f"{L} is {L}[:]",
                         f"{L}[0] is {x}", f"len({L})", f"{L} * 2", f"{L} + [{self.scalar()}]", f"del {L}[0]",
                         f"{L}.pop()", f"{L}[-1]", f"{L}[::-1]", f"{x} in {L}", f"{L}.count({x})", f"{L} == {L}",
                         f"p, q = {L}[:2]", f"t = tuple({L})", "t", f"type({L}[0])", f"{x}, {L}"])

    def invalid(self, x: str) -> str:
        """Operations NumPy (or Python) refuses, for their error messages."""
        r = self.r
        return r.choice([f"{x}.reshape(7, 3)", f"{x}[10]", f"{x}[0, 0, 0, 0]", f"{x}.item()", f"np.zeros(-1)",
                         f"{x}.view(np.int8)", f"{x}.T.shape = -1", f"{x}.shape = (7,)", f"{x} + np.ones((7, 5))",
                         f"{x}[[0, 9]]", f"{x}[{x} > 0, 0]", f"{x}.transpose(0, 0)", f"np.swapaxes({x}, 0, 5)",
                         f"{x}.sum(axis=4)", f"int({x})", f"float({x})", f"len({x})", f"bool({x})",
                         f"np.concatenate([{x}, {x}.T.ravel()])", f"np.stack([{x}, {x}[:1]])", f"{x} ** -1",
                         f"{x}[1.5]", f"{x}['a']", f"{x}.squeeze(0)", f"np.expand_dims({x}, 9)", f"{x}.diagonal()",
                         f"np.broadcast_to({x}, (3,))", f"{x}.min(axis=())", f"np.zeros(0).max()", f"{x}.fill([1, 2])",
                         f"{x}.flags['X']", f"{x}.flags.owndata = True", f"{x}.base = None",
                         f"undefined_name + {x}", f"{x}.nosuchmethod()", f"np.arange(3)[::0]",
                         f"{x}.reshape(-1, -1)", f"np.split({x}, 0)", f"{x}.astype(np.int64, order='Z')"])

    def derive_suffix(self) -> str:
        return self.r.choice(["T", "copy()", "ravel()", "reshape(-1)", "base", "view()", "squeeze()", "flatten()",
                              "astype(np.float64)", "sum(axis=0)", "real", "T.copy()", "swapaxes(0, -1)"])


def reference(programs: list[str]) -> list[str]:
    builtins.live_bytes = golden_runner.live_bytes
    out = []
    for source in programs:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out.append(golden_runner.transcript(source, "fuzz.py"))
    return out


def java_classpath() -> str:
    target = MODULE / "target"
    # FUZZ_CLASSES runs another build of the interpreter (e.g. an older commit's target/classes) for comparison
    classes = os.environ.get("FUZZ_CLASSES", str(target / "classes"))
    return ":".join([str(target / "test-classes"), classes, (target / "fuzz.classpath").read_text().strip()])


def actual(programs: list[str], workdir: Path) -> list[str]:
    files = []
    for i, source in enumerate(programs):
        path = workdir / f"p{i}.py"
        path.write_text(source)
        files.append(str(path))
    result = subprocess.run(["java", "-Xss8m", "-cp", java_classpath(), "dev.ndgrade.python.fuzz.FuzzMain", *files],
                            stdout=subprocess.PIPE, check=True)
    return json.loads(result.stdout.decode("utf-8"))


def mismatches(programs: list[str], workdir: Path) -> list[tuple[int, str, str]]:
    expected = reference(programs)
    got = actual(programs, workdir)
    return [(i, e, g) for i, (e, g) in enumerate(zip(expected, got)) if e != g]


def minimise(source: str, expected: str, got: str, workdir: Path) -> str:
    """Chunked line deletion (ddmin-like) keeping the same first differing pair of lines."""
    signature = difference_pair(expected, got)
    lines = source.splitlines()
    chunk = max(1, len(lines) // 2)
    while True:
        candidates = ["\n".join(lines[:i] + lines[i + chunk:]) + "\n" for i in range(0, len(lines), chunk)]
        same = [i for i, e, g in mismatches(candidates, workdir) if difference_pair(e, g) == signature]
        if same:
            lines = candidates[same[0]].splitlines()
            chunk = min(chunk, max(1, len(lines) // 2))
        elif chunk > 1:
            chunk //= 2
        else:
            return "\n".join(lines) + "\n"


def difference_pair(expected: str, got: str) -> tuple[str, str]:
    e, g = expected.splitlines(), got.splitlines()
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else "<none>"
        b = g[i] if i < len(g) else "<none>"
        if a != b:
            return a, b
    return "", ""


def first_difference(expected: str, got: str) -> str:
    e, g = expected.splitlines(), got.splitlines()
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else "<none>"
        b = g[i] if i < len(g) else "<none>"
        if a != b:
            return f"line {i + 1}: expected {a!r} got {b!r}"
    return "trailing difference"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--length", type=int, default=18)
    parser.add_argument("--out", default="/tmp/fuzz")
    parser.add_argument("--minimise", type=int, default=10, help="minimise at most this many mismatches")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    generator = Generator(random.Random(args.seed))
    programs = [generator.program(args.length) for _ in range(args.count)]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bad = mismatches(programs, work)
        print(f"{len(programs)} programs, {len(bad)} mismatches ({100.0 * len(bad) / len(programs):.1f}%)")
        for n, (i, e, g) in enumerate(bad):
            (out / f"{n:03d}.py").write_text(programs[i])
            (out / f"{n:03d}.expected").write_text(e)
            (out / f"{n:03d}.actual").write_text(g)
            small = minimise(programs[i], e, g, work) if n < args.minimise else None
            if small is not None:
                (out / f"{n:03d}.min.py").write_text(small)
            print(f"--- {n:03d}: {first_difference(e, g)}")
            if small is not None:
                print(small, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
