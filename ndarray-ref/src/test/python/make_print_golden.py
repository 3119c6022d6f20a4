#!/usr/bin/env python3
"""Writes the golden files for dev.ndgrade.ndarray.print from real NumPy (run with NumPy 2.4, CPython 3.11).

    python3 ndarray-ref/src/test/python/make_print_golden.py

Outputs, under ndarray-ref/src/test/resources/golden/print/:
  arrays.jsonl   one array per line: how to build it and NumPy's repr(a) and str(a)
                 {"id", "family", "dtype", "base_shape", "values", ["view": {"offset", "shape", "strides"}],
                  "repr", "str"}
                 The base array is C-contiguous of base_shape; element k (C order) is values[k % len(values)].
                 With "view", the array is the view of the base at byte offset/shape/byte strides, made
                 read-only when "readonly" is true. "flags" (views, size <= 1, every fifth case): repr(a.flags).
                 Values: bool -> true/false, integers -> JSON integers, floats -> Python repr strings
                 ("0.1", "nan", "-inf"), complex -> [re, im] of such strings; float32 values are exact as doubles.
  scalars.jsonl  one NumPy scalar per line: {"dtype", "value", "repr", "str"}
  dtypes.jsonl   {"dtype", "repr", "str"} for every supported dtype
  python_float_repr.txt  repr() of 200,000 doubles and str() of 50,000 float32s drawn from SplitMix64 (see
                 FloatStream below, mirrored in the Java test): per chunk of 1,000 a SHA-256 prefix of the
                 newline-joined texts, and the texts of the first chunk of each stream verbatim.
Everything is deterministic (fixed seeds).
"""
import hashlib
import json
import math
import gzip
import io
import os
import random

import numpy as np

SEED = 20250611
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden", "print")

INT_TYPES = [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64]
FLOAT_TYPES = [np.float32, np.float64]
COMPLEX_TYPES = [np.complex64, np.complex128]
ALL_TYPES = [np.bool_] + INT_TYPES + FLOAT_TYPES + COMPLEX_TYPES

rnd = random.Random(SEED)

# ---- values ---------------------------------------------------------------------------------------------------

EDGE_FLOATS = [1e8, 99999999.99999999, 99999999.0, 1e-4, 9.999999999999999e-05, 0.00010000000000000002, 1000.0,
               1000.0000000000001, 0.001, 1e6, 999999.9, 999999.94, 0.5, 1e16, 1e-5, 123456789.0, 0.123456785,
               2.5e-9, 1.5e-8, 5e-9, 4.9999999e-9, 0.000123456789, 1 / 3, 2 / 3, 0.1 + 0.2, 1e-300, 5e-324,
               2.2250738585072014e-308, 1.7976931348623157e308, 1e100, 1e-100, 67108864.5, 16777217.0,
               0.30000000000000004, 12345678.123456789, 99999999.999999, 1e7, 9999999.999999998]


def float_value(kind):
    sign = -1.0 if rnd.random() < 0.3 else 1.0
    if kind == "small":
        return round(rnd.uniform(-10, 10), rnd.randint(0, 4))
    if kind == "unit":
        return rnd.random()
    if kind == "mag":
        return sign * 10 ** rnd.uniform(-12, 20)
    if kind == "int":
        return float(rnd.randint(-1000, 1000))
    if kind == "tiny":
        return sign * 10 ** rnd.uniform(-320, -290)
    if kind == "huge":
        return sign * 10 ** rnd.uniform(100, 308)
    if kind == "special":
        return rnd.choice([math.nan, math.inf, -math.inf, 0.0, -0.0])
    if kind == "edge":
        return sign * rnd.choice(EDGE_FLOATS)
    if kind == "tie":
        return sign * rnd.randint(1, 2 ** 12) / 2 ** rnd.randint(9, 34)
    if kind == "wide":
        return sign * rnd.random() * 10 ** rnd.randint(-6, 9)
    if kind == "decimal":
        return round(sign * rnd.random() * 10 ** rnd.randint(0, 7), rnd.randint(0, 9))
    raise ValueError(kind)


FLOAT_KINDS = ["small", "unit", "mag", "int", "tiny", "huge", "special", "edge", "tie", "wide", "decimal"]


def float_profile():
    """A mix of 1-3 value kinds, so that arrays print positional, scientific, or with specials."""
    kinds = rnd.sample(FLOAT_KINDS, rnd.choice([1, 1, 1, 2, 2, 3]))
    if "special" in kinds and len(kinds) > 1 and rnd.random() < 0.7:
        return lambda: float_value("special") if rnd.random() < 0.2 else float_value(
            rnd.choice([k for k in kinds if k != "special"]))
    return lambda: float_value(rnd.choice(kinds))


def int_profile(t):
    info = np.iinfo(t)
    lo, hi = int(info.min), int(info.max)
    mode = rnd.choice(["small", "full", "extreme", "digits"])
    if mode == "small":
        return lambda: max(lo, min(hi, rnd.randint(-120, 120)))
    if mode == "full":
        return lambda: rnd.randint(lo, hi)
    if mode == "extreme":
        return lambda: rnd.choice([lo, hi, 0, max(lo, -1), 1, hi // 2, lo // 2])
    width = rnd.randint(1, len(str(hi)))
    return lambda: max(lo, min(hi, rnd.randint(-(10 ** width), 10 ** width)))


def values_for(t, n):
    t = np.dtype(t)
    if t.kind == "b":
        p = rnd.random()
        return [rnd.random() < p for _ in range(n)]
    if t.kind in "iu":
        g = int_profile(t.type)
        return [g() for _ in range(n)]
    if t.kind == "f":
        g = float_profile()
        return [g() for _ in range(n)]
    gr, gi = float_profile(), (float_profile() if rnd.random() < 0.5 else None)
    gi = gi or gr
    return [complex(gr(), gi()) for _ in range(n)]


def encode_values(arr):
    """JSON values of a 1-D array, exact (floats by repr of the exact double)."""
    k = arr.dtype.kind
    if k == "b":
        return [bool(x) for x in arr]
    if k in "iu":
        return [int(x) for x in arr]
    if k == "f":
        return [repr(float(x)) for x in arr]
    return [[repr(float(x.real)), repr(float(x.imag))] for x in arr]


# ---- cases ----------------------------------------------------------------------------------------------------

cases = []


def add(family, dtype, base_shape, pattern, view=None):
    """pattern: values (Python) for the base in C order, tiled to fill it."""
    dtype = np.dtype(dtype)
    size = int(np.prod(base_shape, dtype=np.int64))
    with np.errstate(all="ignore"):
        pat = np.array(pattern if pattern else [0], dtype=dtype).ravel()
    base = np.resize(pat, size).reshape(base_shape) if size else np.zeros(base_shape, dtype)
    base = np.array(base, order="C", copy=True)  # (ascontiguousarray would make 0-d arrays 1-d)
    case = {"id": len(cases), "family": family, "dtype": dtype.name, "base_shape": list(base_shape),
            "values": encode_values(pat)}
    a = base
    if view is not None:
        a = view(base)
        offset = a.__array_interface__["data"][0] - base.__array_interface__["data"][0]
        case["view"] = {"offset": int(offset), "shape": list(a.shape), "strides": list(a.strides)}
        if not a.flags.writeable:
            case["readonly"] = True
    case["repr"] = repr(a)
    case["str"] = str(a)
    if view is not None or a.size <= 1 or len(cases) % 5 == 0:
        case["flags"] = repr(a.flags)
    cases.append(case)


def random_shape(ndim, max_dim, max_size=48):
    while True:
        shape = tuple(rnd.randint(1, max_dim) for _ in range(ndim))
        if np.prod(shape) <= max_size:
            return shape


def shown_count(shape, edge=3):
    return int(np.prod([min(d, 2 * edge) for d in shape]))


def fill(dtype, base_shape, family, view=None, pattern_max=None):
    size = int(np.prod(base_shape, dtype=np.int64))
    n = size if pattern_max is None else min(size, pattern_max)
    add(family, dtype, base_shape, values_for(dtype, n), view)


# 0-d arrays
for t in ALL_TYPES:
    for _ in range(25):
        fill(t, (), "zero-dim")
for x in [math.nan, math.inf, -math.inf, -0.0, 0.0, 1 / 3, 1e16, 1e-5, 0.1, 123456789.123, 1e8]:
    for t in [np.float32, np.float64, np.complex128]:
        add("zero-dim", t, (), [x])

# small 1-D, every dtype
for t in ALL_TYPES:
    for _ in range(70):
        fill(t, (rnd.randint(1, 15),), "small-1d")

# float threshold probes, pairs and triples of edge values
for t in FLOAT_TYPES + COMPLEX_TYPES:
    for _ in range(80):
        vals = [rnd.choice(EDGE_FLOATS) * rnd.choice([1, 1, -1]) for _ in range(rnd.randint(1, 3))]
        if rnd.random() < 0.3:
            vals.append(rnd.choice([math.nan, math.inf, -math.inf, -0.0]))
        if np.dtype(t).kind == "c":
            vals = [complex(v, rnd.choice(EDGE_FLOATS + [0.0, -0.0, math.nan])) for v in vals]
        add("float-edges", t, (len(vals),), vals)
for lo, hi in [(1.0, 1000.0), (1.0, 1000.0000000000001), (1e-4, 0.1), (1e-4, 0.10000000000000002),
               (99999999.0, 1.0), (1e8, 1.0), (999999.0, 1.0), (1e6, 1.0), (0.0001, 0.0), (9.9999e-5, 0.0)]:
    for t in FLOAT_TYPES + COMPLEX_TYPES:
        add("float-edges", t, (2,), [lo, hi])

# the verified examples of numpy-semantics.md section 4.3, and other hand-picked ones
EXAMPLES = [
    (np.int64, (30,), list(range(30))), (np.int32, (30,), list(range(30))), (np.int64, (2, 20), list(range(40))),
    (np.int64, (2, 3, 4), list(range(24))), (np.int64, (2, 2, 2), list(range(8))), (np.float64, (10, 200), [0.0]),
    (np.int64, (1001,), list(range(1001))), (np.float64, (3,), [0.1, 0.2, 0.3]), (np.float64, (3,), [1.5, 2.25, -3.0]),
    (np.float64, (1,), [0.1 + 0.2]), (np.float64, (2,), [1 / 3, 2 / 3]), (np.float32, (1,), [1 / 3]),
    (np.float64, (1,), [1.123456789]), (np.float64, (2,), [1e-4, 1.0]), (np.float64, (2,), [0.5, 0.001]),
    (np.float64, (2,), [1.0, 1001.0]), (np.float64, (1,), [1e7]), (np.float64, (1,), [1e8]),
    (np.float64, (2,), [99999999.0, 1.0]), (np.float64, (2,), [0.0, 1e-9]), (np.float32, (1,), [1e6]),
    (np.float32, (1,), [999999.0]), (np.float64, (4,), [math.nan, math.inf, -math.inf, 1.0]),
    (np.float64, (2,), [math.nan, 1e-5]), (np.float64, (2,), [-0.0, 0.0]), (np.float64, (2,), [1e100, 1e-5]),
    (np.float64, (3,), [-1.5e-7, 2e10, math.inf]), (np.float64, (7,), list(np.linspace(0, 1, 7))),
    (np.float64, (3,), [1.5, 10.25, 100.125]), (np.complex128, (2,), [1 + 2j, -3.5 - 1j]), (np.complex128, (1,), [1j]),
    (np.float64, (2, 2), [1.5, 2, 3, 4]), (np.float64, (2,), [0.0001, 0.001]), (np.float64, (1,), [0.123456785]),
    (np.float32, (3,), [0.1, 1.2345678e-5, 3e-7]), (np.float32, (2,), [0.1, 1.23e-5]),
    (np.float32, (3,), [0.1, 123.456, 1e-9]), (np.float32, (2,), [1e-4, 0.5]), (np.float32, (1,), [1e-4]), (np.float64, (2,), [0.3, 1.23456789e-5]),
    (np.complex64, (3,), [0.1 + 3e-7j, 1.2345678e-5, math.nan]), (np.float64, (1,), [1e-300]),
    (np.uint64, (3,), [0, 2 ** 64 - 1, 2 ** 63]), (np.int64, (2,), [-2 ** 63, 2 ** 63 - 1]),
]
for t, shape, vals in EXAMPLES:
    add("examples", t, shape, vals)
for t in [np.float64, np.complex128]:
    for _ in range(60):
        vals = [rnd.uniform(1e5, 1e8) * rnd.choice([1, -1]) for _ in range(rnd.randint(1, 4))]
        add("near-1e8", t, (len(vals),), vals)

# empty arrays
for t in ALL_TYPES:
    for shape in [(0,), (0, 3), (3, 0), (1, 0), (2, 0, 3), (0, 0), (1, 1, 0), (0, 5, 1, 2)]:
        add("empty", t, shape, [])

# n-D small
for t in ALL_TYPES:
    for _ in range(40):
        fill(t, random_shape(rnd.randint(2, 4), 5), "small-nd")

# line wrapping: long rows of all widths
for t in ALL_TYPES:
    for _ in range(8):
        n = rnd.randint(16, 100)
        fill(t, (n,), "wrap-1d")
    for _ in range(6):
        fill(t, (rnd.randint(2, 3), rnd.randint(10, 30)), "wrap-2d")
    for _ in range(3):
        fill(t, (2, 2, rnd.randint(12, 24)), "wrap-3d")
for t in [np.int8, np.int32, np.int64, np.uint64, np.float32, np.float64]:
    for n in range(1, 61, 3):
        add("wrap-arange", t, (n,), list(range(n)))

# summarized (size > 1000): values tiled from a short pattern
for t in ALL_TYPES:
    for shape in [(1001,), (1500,), (3000,), (10, 200), (40, 30), (2, 3, 200), (1, 1001), (1001, 1), (3, 334),
                  (2, 2, 2, 126), (7, 7, 7, 3)]:
        fill(t, shape, "summarized", pattern_max=rnd.choice([1, 7, 16, 32]))
    for _ in range(8):
        shape = ()
        while not 1000 < np.prod(shape) <= 30000 or shown_count(shape) > 72:
            shape = tuple(rnd.choice([1, 2, 3, 5, 7, 20, 300, 1200]) for _ in range(rnd.randint(1, 4)))
        fill(t, shape, "summarized", pattern_max=rnd.choice([3, 30, 64]))
add("summarized", np.int64, (100000,), list(range(50)))
add("summarized", np.float64, (1000, 100), [0.0])

# views: transposes, reversed and stepped slices, new axes, broadcasts, diagonals
VIEWS = [
    ("T", lambda a: a.T),
    ("reversed", lambda a: a[::-1]),
    ("step2", lambda a: a[::2]),
    ("inner-slice", lambda a: a[..., 1:]),
    ("inner-reversed", lambda a: a[..., ::-2]),
    ("row", lambda a: a[1] if a.shape[0] > 1 else a[0]),
    ("newaxis", lambda a: a[:, None]),
    ("broadcast", lambda a: np.broadcast_to(a[..., :1], a.shape[:-1] + (4,))),
    ("swap", lambda a: a.swapaxes(0, -1)),
    ("diagonal", lambda a: a.diagonal() if a.ndim >= 2 else a),
    ("empty-slice", lambda a: a[1:1]),
    ("corner", lambda a: a[::-1, ..., ::-1][:2]),
]
for t in ALL_TYPES:
    for name, op in VIEWS:
        for _ in range(3):
            shape = random_shape(rnd.randint(2, 4), 5, max_size=36)
            fill(t, shape, "view-" + name, view=op)
    for name, op in [("T", lambda a: a.T), ("reversed", lambda a: a[::-1]), ("step2", lambda a: a[:, ::2])]:
        fill(t, (30, 70), "view-summarized-" + name, view=op, pattern_max=50)

# ---- scalars --------------------------------------------------------------------------------------------------

scalars = []


def add_scalar(t, v):
    with np.errstate(all="ignore"):
        s = np.array([v], dtype=t)[0]
    enc = encode_values(np.array([s]))[0]
    scalars.append({"dtype": np.dtype(t).name, "value": enc, "repr": repr(s), "str": str(s)})


for t in ALL_TYPES:
    for _ in range(150):
        add_scalar(t, values_for(t, 1)[0])
for t in FLOAT_TYPES + COMPLEX_TYPES:
    for x in EDGE_FLOATS + [math.nan, math.inf, -math.inf, 0.0, -0.0, 1e-4, 1e16, 1e6, 9.999999e-5]:
        for s in [1, -1]:
            add_scalar(t, s * x)
            if np.dtype(t).kind == "c":
                add_scalar(t, complex(0.0, s * x))
                add_scalar(t, complex(-0.0, s * x))
                add_scalar(t, complex(s * x, math.nan))
for t in FLOAT_TYPES:
    for _ in range(600):
        add_scalar(t, float_value(rnd.choice(FLOAT_KINDS)))


# ---- Python float repr on a stream both sides can generate ------------------------------------------------------

MASK64 = (1 << 64) - 1


class FloatStream:
    """SplitMix64 and the doubles drawn from it; FloatStreamTest.java mirrors this exactly."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def double(self, i):
        """i % 3: any bit pattern; a magnitude in [2^-40, 2^67) (about 1e-12..1e20); a short decimal n / 10^k."""
        z = self.next()
        if i % 3 == 0:
            bits = z
        elif i % 3 == 1:
            exp = 1023 - 40 + (self.next() % 107)
            bits = (z & 0x800F_FFFF_FFFF_FFFF) | (exp << 52)
        else:
            n = z % (10 ** (1 + self.next() % 16))
            k = self.next() % 23
            return float(n) / float(10 ** k)
        return np.frombuffer(bits.to_bytes(8, "little"), dtype="<f8")[0].item()

    def float32_bits(self):
        return self.next() & 0xFFFF_FFFF


def chunk_digests(texts, size=1000):
    return [hashlib.sha256("\n".join(texts[i:i + size]).encode()).hexdigest()[:16]
            for i in range(0, len(texts), size)]


def python_float_repr_lines():
    s = FloatStream(SEED)
    doubles = [repr(s.double(i)) for i in range(200_000)]
    s32 = FloatStream(SEED + 1)
    floats = [str(np.frombuffer(s32.float32_bits().to_bytes(4, "little"), dtype="<f4")[0]) for _ in range(50_000)]
    lines = [f"# seed {SEED}: repr(double) x 200000 (stream seed {SEED}), str(np.float32) x 50000 "
             f"(stream seed {SEED + 1}); see make_print_golden.py"]
    for name, texts in [("double", doubles), ("float32", floats)]:
        lines.append(f"{name}-count {len(texts)}")
        lines += [f"{name}-chunk {i} {d}" for i, d in enumerate(chunk_digests(texts))]
        lines += [f"{name}-text {i} {t}" for i, t in enumerate(texts[:1000])]
    return lines


def main():
    os.makedirs(OUT, exist_ok=True)
    # kept gzip-compressed in git (deterministic: no name, mtime 0); GoldenFiles reads arrays.jsonl.gz
    with io.TextIOWrapper(gzip.GzipFile(filename="", mode="wb", fileobj=open(os.path.join(OUT, "arrays.jsonl.gz"), "wb"), mtime=0), encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")
    with open(os.path.join(OUT, "scalars.jsonl"), "w") as f:
        for c in scalars:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")
    with open(os.path.join(OUT, "dtypes.jsonl"), "w") as f:
        for t in ALL_TYPES:
            d = np.dtype(t)
            f.write(json.dumps({"dtype": d.name, "repr": repr(d), "str": str(d)}) + "\n")
    with open(os.path.join(OUT, "python_float_repr.txt"), "w") as f:
        f.write("\n".join(python_float_repr_lines()) + "\n")
    print(f"numpy {np.__version__}: {len(cases)} arrays, {len(scalars)} scalars -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
