"""Writes math.txt.gz, the golden table of NumPy 2.4's exactly specified elementwise ufuncs (sqrt, floor, ceil, trunc,
rint, fabs, sign, square, reciprocal, conjugate, isnan, isinf, isfinite, signbit, maximum, minimum, fmax, fmin) on
every dtype ndgrade has, with edge values chosen to catch last-bit and sign-of-zero differences: +-0, +-inf, nan,
subnormals, huge and tiny values, halfway ties, values next to integers.

Run from the repository root:  python3 ndarray-ref/src/test/python/make_math_golden.py
The line format is make_ufunc_golden.py's; cases are called as NumPy functions (np.sqrt(a)).
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from make_ufunc_golden import DTYPES, Py, edge_values, np_scalar, run, shaped, write  # noqa: E402

UNARY = ["sqrt", "floor", "ceil", "trunc", "rint", "fabs", "sign", "square", "reciprocal", "conjugate", "isnan",
         "isinf", "isfinite", "signbit"]
BINARY = ["maximum", "minimum", "fmax", "fmin"]

# halfway ties and their neighbours, values next to integers, the edges of the exactly representable integers
ROUNDING = [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, 0.49999999999999994, -0.49999999999999994, 0.5000000000000001,
            4503599627370495.5, -4503599627370495.5, 4503599627370496.0, 9007199254740993.0, 2.0 ** 52 + 1,
            1.0000000000000002, 0.9999999999999999, -0.9999999999999999, 1e-300, 2.2250738585072014e-308,
            2.225073858507201e-308, 4.9e-324, -4.9e-324, 1.7976931348623157e308, -1.7976931348623157e308,
            1e16, 123456.789, -123456.789, 2.0, 4.0, 9.0, 10.0, 0.01, 1e-5, 3.4028234663852886e38, 1.401298464324817e-45,
            8388607.5, -8388607.5, 16777217.0, 0.0, -0.0, float("inf"), float("-inf"), float("nan")]


def values(dt, rng, n):
    """Edge values of make_ufunc_golden, half of the float ones replaced by rounding edges."""
    vs = edge_values(dt, rng, n)
    kind = np.dtype(dt).kind
    if kind == "f":
        return [ROUNDING[rng.integers(len(ROUNDING))] if rng.random() < 0.5 else v for v in vs]
    if kind == "c":
        return [complex(ROUNDING[rng.integers(len(ROUNDING))], v.imag) if rng.random() < 0.5 else v for v in vs]
    return vs


def unary_lines(rng):
    lines = []
    for name in UNARY:
        fn = getattr(np, name)
        for dt in DTYPES:
            for shape in [(64,), (4, 8), (3,)]:
                a, at = shaped(values(dt, rng, int(np.prod(shape))), shape, dt)
                lines.append(f"{name}\t{at}\t-\t{run(lambda: fn(a))}")
            s, st = np_scalar(dt, values(dt, rng, 1)[0])
            lines.append(f"{name}\t{st}\t-\t{run(lambda: fn(s))}")
            z, zt = shaped(values(dt, rng, 1), (), dt)
            lines.append(f"{name}\t{zt}\t-\t{run(lambda: fn(z))}")
        for p in [Py(4), Py(-3), Py(2.5), Py(-0.0), Py(float("nan")), Py(True), Py(3 - 4j), Py(2 ** 70)]:
            lines.append(f"{name}\t{p.token}\t-\t{run(lambda: fn(p.value))}")
        # every float rounding edge, in both float dtypes
        for dt in ["float32", "float64"]:
            a, at = shaped(ROUNDING, (len(ROUNDING),), dt)
            lines.append(f"{name}\t{at}\t-\t{run(lambda: fn(a))}")
    return lines


def binary_lines(rng):
    lines = []
    mixed = [("int8", "uint8"), ("int64", "uint64"), ("int32", "float32"), ("float32", "float64"), ("bool", "int8"),
             ("uint64", "float64"), ("int16", "complex64")]
    pairs = [(d, d) for d in DTYPES] + mixed + [(b, a) for a, b in mixed]
    for name in BINARY:
        fn = getattr(np, name)
        for da, db in pairs:
            for sa, sb in [((64,), (64,)), ((2, 3), (3,)), ((5,), ())]:
                a, at = shaped(values(da, rng, int(np.prod(sa))), sa, da)
                b, bt = shaped(values(db, rng, int(np.prod(sb))), sb, db)
                lines.append(f"{name}\t{at}\t{bt}\t{run(lambda: fn(a, b))}")
            s, st = np_scalar(db, values(db, rng, 1)[0])
            a, at = shaped(values(da, rng, 6), (6,), da)
            lines.append(f"{name}\t{at}\t{st}\t{run(lambda: fn(a, s))}")
        for dt in DTYPES:
            a, at = shaped(values(dt, rng, 6), (6,), dt)
            for p in [Py(3), Py(-7), Py(2.5), Py(float("nan")), Py(-0.0), Py(300)]:
                lines.append(f"{name}\t{at}\t{p.token}\t{run(lambda: fn(a, p.value))}")
                lines.append(f"{name}\t{p.token}\t{at}\t{run(lambda: fn(p.value, a))}")
    return lines


if __name__ == "__main__":
    rng = np.random.default_rng(20261204)
    write("math.txt", unary_lines(rng) + binary_lines(rng))
