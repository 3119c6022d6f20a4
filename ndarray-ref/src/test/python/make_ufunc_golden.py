"""Writes the golden files the ufunc tests replay: NumPy 2.4's elementwise arithmetic, comparisons, type promotion,
result layouts, in-place/out= semantics and reductions, as NumPy itself computes them.

Run from the repository root:  python3 ndarray-ref/src/test/python/make_ufunc_golden.py
Output: ndarray-ref/src/test/resources/ufunc/*.txt (deterministic: fixed seeds).

Line format (tab-separated fields; lines starting with '#' are comments):
  operands   V:<dtype>:<offset>:<shape>:<strides>:<base values>   a view (offset/strides in bytes) of a fresh 1-D base
             S:<dtype>:<value>                                     a NumPy scalar
             I:<decimal> | F:<float> | C:<complex> | B:<0|1>       Python int, float, complex, bool
  results    R:<dtype>:<shape>:<strides>:<values>                  a new array (values in C order)
             S:<dtype>:<value>                                     a NumPy scalar
             E:<Python exception type>:<message>                   an error
             P:<type>:<repr>                                       a plain Python object: Python's operator, not NumPy, answered
             $<n>                                                  the operand defined by an earlier line 'let<TAB>$<n><TAB><token>'
  shapes and strides are 'x'-separated ('' for 0-d); values are ','-separated: bools 0/1, integers in decimal,
  floats as Python's repr (shortest round-trip decimal; float32 values widened exactly to double) or inf/-inf/nan,
  complex as <real>j<imag>.
"""
import gzip
import io
import os
import sys
import warnings

import numpy as np

assert np.__version__.startswith("2.4"), np.__version__
warnings.simplefilter("ignore")

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "ufunc")
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float32", "float64", "complex64", "complex128"]
BINARY = {"add": "+", "subtract": "-", "multiply": "*", "divide": "/", "floor_divide": "//", "remainder": "%",
          "power": "**", "equal": "==", "not_equal": "!=", "less": "<", "less_equal": "<=", "greater": ">",
          "greater_equal": ">=", "bitwise_and": "&", "bitwise_or": "|", "bitwise_xor": "^"}
UNARY = {"negative": "-{}", "positive": "+{}", "absolute": "abs({})", "invert": "~{}"}


def fmt_float(x):
    x = float(x)
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    return repr(x)


def fmt_value(v, dt):
    dt = np.dtype(dt)
    if dt.kind == "b":
        return "1" if v else "0"
    if dt.kind in "iu":
        return str(int(v))
    if dt.kind == "f":
        return fmt_float(v)
    return fmt_float(v.real) + "j" + fmt_float(v.imag)


def fmt_dims(xs):
    return "x".join(str(int(x)) for x in xs)


def fmt_array(a):
    vals = ",".join(fmt_value(v, a.dtype) for v in a.ravel(order="C"))
    return f"R:{a.dtype.name}:{fmt_dims(a.shape)}:{fmt_dims(a.strides)}:{vals}"


def fmt_result(r):
    if isinstance(r, np.ndarray):
        return fmt_array(r)
    if isinstance(r, np.generic):
        return f"S:{r.dtype.name}:{fmt_value(r, r.dtype)}"
    # Python's own operator answered (e.g. complex - np.float64): not NumPy's business
    return f"P:{type(r).__name__}:{r!r}"


def fmt_error(e):
    msg = str(e)
    assert "\t" not in msg and "\n" not in msg, msg
    return f"E:{type(e).__name__}:{msg}"


def view_token(v, base):
    offset = v.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    vals = ",".join(fmt_value(x, base.dtype) for x in base)
    return f"V:{base.dtype.name}:{offset}:{fmt_dims(v.shape)}:{fmt_dims(v.strides)}:{vals}"


def array_operand(values, dt):
    base = np.array(values, dtype=dt).ravel()
    return base, view_token(base.reshape(np.shape(values)) if np.ndim(values) else base.reshape(()), base)


def shaped(values, shape, dt):
    base = np.array(values, dtype=dt)
    v = base.reshape(shape)
    return v, view_token(v, base)


def run(fn):
    try:
        return fmt_result(fn())
    except Exception as e:  # NumPy's error is the expected result
        return fmt_error(e)


class Py:
    """A Python scalar operand with its golden token."""

    def __init__(self, value):
        self.value = value
        if isinstance(value, bool):
            self.token = f"B:{int(value)}"
        elif isinstance(value, int):
            self.token = f"I:{value}"
        elif isinstance(value, float):
            self.token = f"F:{fmt_float(value)}"
        else:
            self.token = f"C:{fmt_float(value.real)}j{fmt_float(value.imag)}"


def np_scalar(dt, v):
    s = np.dtype(dt).type(v)
    return s, f"S:{np.dtype(dt).name}:{fmt_value(s, dt)}"


def apply_binary(name, a, b):
    return eval(f"a {BINARY[name]} b", {"a": a, "b": b})


def apply_unary(name, a):
    return eval(UNARY[name].format("a"), {"a": a})


# ---- promotion: every dtype x operand kind x operator -------------------------------------------------------
def promotion_lines():
    py_values = [2, 300, -1, 2**63, 2**64, -(2**63) - 1, 1.5, 1e300, True, 1.5 + 2j]
    lines = []

    def strong(dt, side):
        vals = ([True, False] if side == 0 else [True, True]) if dt == "bool" else ([3, 1] if side == 0 else [2, 1])
        arr, tok = shaped(vals, (2,), dt)
        sc, stok = np_scalar(dt, vals[0])
        return [(arr, tok), (sc, stok)]

    lefts = [o for dt in DTYPES for o in strong(dt, 0)] + [(p.value, p.token) for p in map(Py, py_values)]
    rights = [o for dt in DTYPES for o in strong(dt, 1)] + [(p.value, p.token) for p in map(Py, py_values)]
    for name in BINARY:
        for a, at in lefts:
            for b, bt in rights:
                if at[0] not in "VS" and bt[0] not in "VS":
                    continue  # pure Python arithmetic is not NumPy's
                lines.append(f"{name}\t{at}\t{bt}\t{run(lambda: apply_binary(name, a, b))}")
    for name in UNARY:
        for a, at in lefts:
            if at[0] in "VS":
                lines.append(f"{name}\t{at}\t-\t{run(lambda: apply_unary(name, a))}")
    return lines


def casting_lines():
    lines = []
    for a in DTYPES:
        for b in DTYPES:
            lines.append(f"promote_types\t{a}\t{b}\t{np.promote_types(a, b).name}")
            lines.append(f"can_cast\t{a}\t{b}\t{int(np.can_cast(a, b, 'safe'))}\t{int(np.can_cast(a, b, 'same_kind'))}")
    return lines


# ---- elementwise values: random and edge values -------------------------------------------------------------
def edge_values(dt, rng, n):
    d = np.dtype(dt)
    if d.kind == "b":
        pool = [True, False]
        return [bool(x) for x in rng.choice(pool, n)]
    if d.kind in "iu":
        info = np.iinfo(d)
        pool = [0, 1, 2, 3, 7, info.max, info.max - 1, info.min, info.min + 1]
        if d.kind == "i":
            pool += [-1, -2, -3, -7]
        out = []
        for _ in range(n):
            if rng.random() < 0.6:
                out.append(int(pool[rng.integers(len(pool))]))
            else:
                out.append(int(rng.integers(int(info.min), int(info.max), endpoint=True, dtype=np.int64 if d != np.uint64 else np.uint64)))
        return out
    if d.kind == "f":
        pool = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 2.0, -2.0, 3.0, 7.0, -7.0, 0.5, float("inf"), float("-inf"),
                float("nan"), 1e300, -1e300, 5e-324, 1e-310, 3.4e38, 1e-45]
        out = []
        for _ in range(n):
            r = rng.random()
            if r < 0.5:
                out.append(pool[rng.integers(len(pool))])
            elif r < 0.8:
                out.append(float(rng.standard_normal() * 100))
            else:
                out.append(float(rng.integers(-20, 20)))
        return out
    re = edge_values("float64", rng, n)
    im = edge_values("float64", rng, n)
    return [complex(x, y) if rng.random() < 0.8 else complex(x, 0.0) for x, y in zip(re, im)]


def small_exponents(dt, rng, n):
    d = np.dtype(dt)
    if d.kind == "b":
        return [bool(x) for x in rng.integers(0, 2, n)]
    if d.kind in "iu":
        return [int(x) for x in rng.integers(0, 6, n)]
    return [float(x) for x in rng.choice([0.0, 1.0, 2.0, 3.0, 0.5, -1.0, -2.0, 1.5, -0.5, 10.0], n)]


def elementwise_lines():
    rng = np.random.default_rng(20240601)
    lines = []
    mixed = [("int8", "uint8"), ("int8", "int64"), ("uint8", "int16"), ("int32", "uint32"), ("int64", "uint64"),
             ("uint64", "int8"), ("int16", "float32"), ("int64", "float32"), ("float32", "float64"), ("bool", "int8"),
             ("bool", "float32"), ("uint16", "float64"), ("float32", "complex64"), ("float64", "complex64"),
             ("int8", "complex64"), ("uint32", "int64"), ("bool", "uint64")]
    pairs = [(d, d) for d in DTYPES] + mixed + [(b, a) for a, b in mixed]
    shapes = [((8,), (8,)), ((2, 3), (3,)), ((3, 1), (1, 4)), ((2, 2), (2, 2)), ((5,), ())]
    for name in BINARY:
        for da, db in pairs:
            for k in range(4):
                sa, sb = shapes[k % len(shapes)] if k < 3 else shapes[3 + (k % 2)]
                na, nb = int(np.prod(sa)), int(np.prod(sb))
                va = edge_values(da, rng, na)
                vb = small_exponents(db, rng, nb) if name == "power" and k < 3 else edge_values(db, rng, nb)
                a, at = shaped(va, sa, da)
                b, bt = shaped(vb, sb, db)
                lines.append(f"{name}\t{at}\t{bt}\t{run(lambda: apply_binary(name, a, b))}")
            # NumPy scalars and Python scalars on the right
            va = edge_values(da, rng, 6)
            a, at = shaped(va, (6,), da)
            s, st = np_scalar(db, (small_exponents if name == "power" else edge_values)(db, rng, 1)[0])
            lines.append(f"{name}\t{at}\t{st}\t{run(lambda: apply_binary(name, a, s))}")
            s1, st1 = np_scalar(da, edge_values(da, rng, 1)[0])
            lines.append(f"{name}\t{st1}\t{st}\t{run(lambda: apply_binary(name, s1, s))}")
        for da in DTYPES:
            a, at = shaped(edge_values(da, rng, 6), (6,), da)
            for pv in [Py(3), Py(-7), Py(0), Py(2.5), Py(-0.0), Py(float("nan")), Py(1 - 2j), Py(False)]:
                lines.append(f"{name}\t{at}\t{pv.token}\t{run(lambda: apply_binary(name, a, pv.value))}")
                lines.append(f"{name}\t{pv.token}\t{at}\t{run(lambda: apply_binary(name, pv.value, a))}")
    for name in UNARY:
        for da in DTYPES:
            for k in range(3):
                a, at = shaped(edge_values(da, rng, 8), (2, 4), da)
                lines.append(f"{name}\t{at}\t-\t{run(lambda: apply_unary(name, a))}")
            s, st = np_scalar(da, edge_values(da, rng, 1)[0])
            lines.append(f"{name}\t{st}\t-\t{run(lambda: apply_unary(name, s))}")
    # the fast paths of ndarray ** {2, -1, 0.5} and 0-d arrays
    for da in ["float32", "float64", "complex64", "complex128", "int64"]:
        for e in [Py(2), Py(-1), Py(0.5), Py(2.0), Py(3)]:
            a, at = shaped(edge_values(da, rng, 8), (8,), da)
            lines.append(f"power\t{at}\t{e.token}\t{run(lambda: apply_binary('power', a, e.value))}")
            z, zt = shaped(edge_values(da, rng, 1), (), da)
            lines.append(f"power\t{zt}\t{e.token}\t{run(lambda: apply_binary('power', z, e.value))}")
    # abs() of complex NumPy scalars (NumPy's scalar code: libm hypot) and of 0-d arrays (the ufunc loop)
    extra = np.random.default_rng(5)
    for da in ["complex64", "complex128"]:
        for _ in range(15):
            v = complex(*(extra.standard_normal(2) * 10.0 ** int(extra.integers(-3, 4))))
            s, st = np_scalar(da, v)
            lines.append(f"absolute\t{st}\t-\t{run(lambda: apply_unary('absolute', s))}")
            z, zt = shaped([v], (), da)
            lines.append(f"absolute\t{zt}\t-\t{run(lambda: apply_unary('absolute', z))}")
    return lines


# ---- np.<ufunc>(...) function calls, which skip the operators' shortcuts and scalar rules ---------------------------
def function_lines():
    rng = np.random.default_rng(17)
    lines = []
    dts = ["bool", "int8", "uint8", "int64", "float32", "float64", "complex64", "complex128"]
    pys = [Py(2), Py(-1), Py(0.5), Py(3), Py(2.0)]
    for name in ["power", "floor_divide", "remainder", "add", "true_divide", "less"]:
        for da in dts:
            a, at = shaped(edge_values(da, rng, 6), (6,), da)
            s, st = np_scalar(da, edge_values(da, rng, 1)[0])
            z, zt = shaped(edge_values(da, rng, 1), (), da)
            for x, xt in [(a, at), (s, st), (z, zt)]:
                for p in pys:
                    fn = getattr(np, name)
                    lines.append(f"{fn.__name__}\t{xt}\t{p.token}\t{run(lambda: fn(x, p.value))}")
                for db in ["int64", "float64", "complex128"]:
                    y, yt = np_scalar(db, 2)
                    fn = getattr(np, name)
                    lines.append(f"{fn.__name__}\t{xt}\t{yt}\t{run(lambda: fn(x, y))}")
    for da in ["complex64", "complex128", "float64", "int8"]:
        for _ in range(10):
            s, st = np_scalar(da, complex(*(rng.standard_normal(2) * 10)) if da.startswith("complex") else edge_values(da, rng, 1)[0])
            lines.append(f"absolute\t{st}\t-\t{run(lambda: np.absolute(s))}")
            lines.append(f"negative\t{st}\t-\t{run(lambda: np.negative(s))}")
    return lines


# ---- result layout (order 'K') ------------------------------------------------------------------------------
def view_cases(rng):
    """Views of fresh bases: (array, token) pairs with assorted memory layouts."""
    out = []
    for dt in ["float64", "int8", "int64", "float32"]:
        base = np.arange(60).astype(dt)
        shapes = [(60,), (4, 15), (3, 4, 5), (2, 3, 2, 5), (5, 1, 12)]
        for shp in shapes:
            v = base.reshape(shp)
            out.append((v, view_token(v, base)))
            out.append((v.T, view_token(v.T, base)))
            if v.ndim >= 2:
                perm = list(rng.permutation(v.ndim))
                t = v.transpose(perm)
                out.append((t, view_token(t, base)))
                sl = tuple(slice(None, None, int(rng.choice([1, 2, -1]))) for _ in range(v.ndim))
                out.append((t[sl], view_token(t[sl], base)))
                out.append((v[..., :1], view_token(v[..., :1], base)))
                out.append((v[:1], view_token(v[:1], base)))
            out.append((v[::-1], view_token(v[::-1], base)))
    return out


def layout_lines():
    rng = np.random.default_rng(7)
    views = view_cases(rng)
    lines = []
    for v, t in views:
        for other in [Py(1), Py(1.5), None]:
            if other is None:
                lines.append(f"add\t{t}\t{t}\t{run(lambda: v + v)}")
            else:
                lines.append(f"add\t{t}\t{other.token}\t{run(lambda: v + other.value)}")
        s, st = np_scalar("float64", 2.0)
        lines.append(f"multiply\t{t}\t{st}\t{run(lambda: v * s)}")
        lines.append(f"negative\t{t}\t-\t{run(lambda: -v)}")
    for _ in range(300):
        (a, at), (b, bt) = views[rng.integers(len(views))], views[rng.integers(len(views))]
        lines.append(f"add\t{at}\t{bt}\t{run(lambda: a + b)}")
    # broadcasting with length-1 and new axes, empty arrays
    base = np.arange(24.0)
    extra = [base.reshape(4, 6)[:, None, :], base.reshape(4, 6).T[None], base.reshape(4, 1, 6), base.reshape(1, 24),
             base.reshape(24, 1), base.reshape(2, 12).T[:, :1], base[:0], base.reshape(4, 6)[:0], base.reshape(4, 6).T[:, :0]]
    toks = [(e, view_token(e, base)) for e in extra]
    for a, at in toks:
        for b, bt in toks + [(1.0, "F:" + fmt_float(1.0))]:
            lines.append(f"add\t{at}\t{bt}\t{run(lambda: a + b)}")
    return lines


# ---- in place and out= ---------------------------------------------------------------------------------------
def inplace_lines():
    """op, base, out view, inputs (views of the same base or scalars), expected base contents afterwards."""
    rng = np.random.default_rng(11)
    lines = []

    def case(name, dt, n, out_of, ins_of, values=None):
        base = np.array(values if values is not None else np.arange(n), dtype=dt)
        out = out_of(base)
        ins = [f(base) for f in ins_of]
        toks = [view_token(x, base) if isinstance(x, np.ndarray) else Py(x).token for x in ins]
        otok = view_token(out, base)
        try:
            if name == "ipow":
                r = out
                r **= ins[1]
                assert r is out
            else:
                r = getattr(np, name)(*ins, out=out)
                assert r is out
            res = fmt_array(base)
        except Exception as e:
            res = fmt_error(e)
        lines.append(f"{name}\t{otok}\t{';'.join(toks)}\t{res}")

    case("add", "int64", 6, lambda b: b[1:], [lambda b: b[1:], lambda b: b[:-1]])
    case("add", "int64", 6, lambda b: b[:-1], [lambda b: b[:-1], lambda b: b[1:]])
    case("add", "int64", 9, lambda b: b.reshape(3, 3), [lambda b: b.reshape(3, 3), lambda b: b.reshape(3, 3).T])
    case("multiply", "int64", 6, lambda b: b[::2], [lambda b: b[::2], lambda b: 10])
    case("add", "int64", 5, lambda b: b, [lambda b: b, lambda b: 1.5])
    case("add", "int8", 5, lambda b: b, [lambda b: b, lambda b: 300])
    case("add", "float64", 6, lambda b: b[::-1], [lambda b: b, lambda b: b])
    case("subtract", "float64", 8, lambda b: b[2:], [lambda b: b[:-2], lambda b: b[1:-1]])
    case("divide", "int64", 4, lambda b: b, [lambda b: b, lambda b: 2])
    case("divide", "float64", 4, lambda b: b, [lambda b: b, lambda b: 2])
    case("floor_divide", "int64", 6, lambda b: b[1:], [lambda b: b[:-1], lambda b: 2])
    case("negative", "int64", 6, lambda b: b[::-1], [lambda b: b])
    case("less", "int64", 6, lambda b: b[1:], [lambda b: b[:-1], lambda b: 3])
    case("add", "int64", 6, lambda b: b[:3], [lambda b: b[3:], lambda b: b[:3]])
    case("add", "float64", 12, lambda b: b.reshape(3, 4)[:, 1:], [lambda b: b.reshape(3, 4)[:, :-1], lambda b: 1.0])
    case("add", "int64", 6, lambda b: b[:3], [lambda b: b[:3], lambda b: b[3:].reshape(3)])
    case("add", "int64", 6, lambda b: b.reshape(2, 3), [lambda b: b[:3], lambda b: b.reshape(2, 3)])
    case("add", "int64", 6, lambda b: b[:3], [lambda b: b.reshape(2, 3), lambda b: 1])
    case("ipow", "float64", 6, lambda b: b, [lambda b: b, lambda b: 2])
    case("ipow", "float64", 6, lambda b: b, [lambda b: b, lambda b: 0.5])
    case("ipow", "int64", 6, lambda b: b, [lambda b: b, lambda b: 2])
    case("ipow", "int64", 6, lambda b: b, [lambda b: b, lambda b: -1])
    case("add", "uint8", 6, lambda b: b, [lambda b: b, lambda b: -1])
    case("bitwise_xor", "int16", 6, lambda b: b[1:], [lambda b: b[:-1], lambda b: b[1:]])
    # random overlapping 1-D windows
    for _ in range(150):
        n = 16
        name = str(rng.choice(["add", "subtract", "multiply", "maximum_free", "floor_divide"]))
        if name == "maximum_free":
            name = "bitwise_or"
        lo = [int(x) for x in rng.integers(0, 6, 3)]
        steps = [int(rng.choice([1, 2, -1])) for _ in range(3)]
        length = int(rng.integers(1, 5))

        def window(i):
            start, step = lo[i], steps[i]
            if step < 0:
                start = start + (length - 1)
            return lambda b: b[start::step][:length]
        vals = [int(x) for x in rng.integers(-9, 10, n)]
        case(name, "int64", n, window(0), [window(1), window(2)], vals)
    # out= of a different dtype and broadcasting into out
    for dt_out in ["float64", "int8", "uint8", "int64", "float32", "bool"]:
        for name in ["add", "divide", "less", "negative"]:
            base = np.zeros(6, dtype=dt_out)
            src = np.arange(6, dtype="int16") - 2
            try:
                r = getattr(np, name)(*([src, 3] if name != "negative" else [src]), out=base)
                res = fmt_array(base)
            except Exception as e:
                res = fmt_error(e)
            stok = view_token(src, src)
            lines.append(f"{name}\t{view_token(base, base)}\t{stok}{';I:3' if name != 'negative' else ''}\t{res}")
    return lines


# ---- reductions ----------------------------------------------------------------------------------------------
def reduction_case(kind, v, base, axis=None, dtype=None, keepdims=False):
    """kind, axis ('None', an int, or a tuple like '(0,2)' or '()'), dtype ('-' for default), keepdims (0/1), view, result."""
    kwargs = {"axis": axis}
    if dtype is not None:
        kwargs["dtype"] = dtype
    if keepdims:
        kwargs["keepdims"] = True
    res = run(lambda: getattr(v, kind)(**kwargs))
    axes = repr(axis).replace(" ", "")
    return f"{kind}\t{axes}\t{dtype or '-'}\t{int(keepdims)}\t{view_token(v, base)}\t{res}"


def reduction_lines():
    rng = np.random.default_rng(3)
    lines = []
    kinds = ["sum", "prod", "mean", "min", "max", "any", "all"]
    for dt in DTYPES:
        for shp in [(7,), (3, 4), (2, 3, 4), (), (0,), (2, 0), (40,)]:
            n = int(np.prod(shp))
            vals = edge_values(dt, rng, n) if rng.random() < 0.5 else \
                ([bool(x) for x in rng.integers(0, 2, n)] if dt == "bool" else
                 [int(x) for x in rng.integers(-5, 100, n)] if np.dtype(dt).kind == "i" else
                 [int(x) for x in rng.integers(0, 100, n)] if np.dtype(dt).kind == "u" else
                 [float(x) for x in rng.standard_normal(n) * 10] if np.dtype(dt).kind == "f" else
                 [complex(x, y) for x, y in rng.standard_normal((n, 2)) * 10])
            base = np.array(vals, dtype=dt).ravel()
            views = [base.reshape(shp)]
            if len(shp) >= 2:
                views.append(base.reshape(shp).T)
                views.append(base.reshape(shp)[::-1])
            for v in views:
                for kind in kinds:
                    if kind == "mean" and np.dtype(dt).kind == "c":
                        continue
                    for axis in [None] + list(range(-1, v.ndim)) + ([v.ndim] if v.ndim else [0]):
                        lines.append(reduction_case(kind, v, base, axis))
    # float sums long enough for pairwise summation, in several layouts
    for dt in ["float32", "float64"]:
        for shp in [(1000,), (33, 40), (3, 130), (200, 9)]:
            base = (rng.standard_normal(int(np.prod(shp))) * 1000).astype(dt)
            v0 = base.reshape(shp)
            for v in [v0, v0.T, v0[::2] if v0.ndim == 1 else v0[:, ::2], v0[::-1]]:
                for axis in [None] + list(range(v.ndim)):
                    lines.append(reduction_case("sum", v, base, axis))
                    lines.append(reduction_case("mean", v, base, axis))
    # several axes, keepdims, dtype=
    for dt in ["int8", "uint16", "float32", "float64", "bool", "complex128"]:
        base = np.array(edge_values(dt, rng, 60), dtype=dt) if dt not in ("float32", "float64") else \
            (rng.standard_normal(60) * 100).astype(dt)
        v0 = base.reshape(3, 4, 5)
        for v in [v0, v0.transpose(2, 0, 1), v0[:, ::2, ::-1]]:
            for kind in kinds:
                if kind == "mean" and dt == "complex128":
                    continue
                for axis in [(0, 2), (1, 2), (0, 1), (-1, 0), (), (0, 1, 2), (0, 0), (0, 3)]:
                    lines.append(reduction_case(kind, v, base, axis))
                for axis in [None, 0, 1, (0, 2), ()]:
                    lines.append(reduction_case(kind, v, base, axis, keepdims=True))
                for dtype in ["float32", "int8", "int64", "uint8", "bool", "complex64"]:
                    lines.append(reduction_case(kind, v, base, 1, dtype=dtype))
    z = np.array(2.5)
    for kind in kinds:
        for axis in [(), (0,), None]:
            lines.append(reduction_case(kind, z, z.reshape(1), axis))
            lines.append(reduction_case(kind, z, z.reshape(1), axis, keepdims=True))
    return lines


def intern_operands(lines):
    """Replaces long operand tokens by $n names defined once, so repeated arrays are written once."""
    names = {}
    out = []
    for line in lines:
        fields = line.split("\t")
        for i in range(1, len(fields) - 1):
            parts = fields[i].split(";")
            for j, tok in enumerate(parts):
                if len(tok) > 40 and tok[0] == "V":
                    if tok not in names:
                        names[tok] = f"${len(names)}"
                        out.append(f"let\t{names[tok]}\t{tok}")
                    parts[j] = names[tok]
            fields[i] = ";".join(parts)
        out.append("\t".join(fields))
    return out


# tables kept gzip-compressed in git (deterministic: no name, mtime 0); the tests read NAME or NAME.gz
COMPRESSED = {"promotion.txt", "elementwise.txt", "reductions.txt", "math.txt"}


def open_golden(path):
    if os.path.basename(path) in COMPRESSED:
        raw = open(path + ".gz", "wb")
        return io.TextIOWrapper(gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0), encoding="utf-8")
    return open(path, "w", encoding="utf-8")


def write(name, lines):
    path = os.path.join(OUT, name)
    with open_golden(path) as f:
        f.write(f"# generated by make_ufunc_golden.py with NumPy {np.__version__}; do not edit\n")
        for line in intern_operands(lines):
            f.write(line + "\n")
    print(f"{path}: {len(lines)} cases", file=sys.stderr)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write("casting.txt", casting_lines())
    write("promotion.txt", promotion_lines())
    write("elementwise.txt", elementwise_lines())
    write("functions.txt", function_lines())
    write("layout.txt", layout_lines())
    write("inplace.txt", inplace_lines())
    write("reductions.txt", reduction_lines())
