#!/usr/bin/env python3
"""Golden files for dev.ndgrade.ndarray.layout, produced by running real NumPy.

Regenerate (NumPy 2.4, CPython 3.11), from the repository root:

    python3 ndarray-ref/src/test/python/make_layout_golden.py

The script is deterministic (fixed seeds, no timing) and rewrites every file under
ndarray-ref/src/test/resources/golden/layout/. The JUnit tests in
ndarray-ref/src/test/java/dev/ndgrade/ndarray/layout/ replay every line.

Line formats (fields separated by single spaces; a tuple is written "(2,3)", "(4)" for one entry, "()" when
empty; "E <Type>: <message>" ends a line whose call raised, the message running to the end of the line):

contiguity.txt   itemsize dims strides c_contiguous f_contiguous copyC copyF copyA copyK
                 (copyX: strides of np.copy(a, order=X))
fresh.txt        itemsize order dims strides            (np.empty(dims, order=order))
reshape.txt      itemsize dims strides requested order copy -> V dims strides
                 | -> C dims strides baseStrides        (a copy: the result is a view of a new base)
                 | -> E Type: message
ravel.txt        itemsize offset dims strides order -> V stride | -> C stride elements
                 (elements: base element numbers of the copy in order; base is np.arange)
overlap.txt      P itemsizeA offsetA dimsA stridesA itemsizeB offsetB dimsB stridesB shares may
                 (shares: one letter per max_work of SHARES_MAX_WORK, may: per MAY_MAX_WORK;
                  T True, F False, H TooHardError, O OverflowError, V ValueError,
                  R RuntimeError; for I lines H is NumPy's ValueError 'Exceeded max_work')
                 I itemsize offset dims strides internal (one letter per INTERNAL_MAX_WORK)
diophantine.txt  A U b max_work simplify nontrivial -> S solution | -> N | -> H | -> O | -> E
                 (numpy._core._multiarray_tests.solve_diophantine; S solution tuple, N None,
                  H too much work, O overflow, E invalid arguments)
broadcast.txt    N shapes... -> dims | -> E ...        (np.nditer over operands of these shapes)
                 B shapes... -> dims | -> E ...        (np.broadcast_shapes)
                 O out in1 in2 -> dims | -> E ...      (np.add(in1, in2, out=out))
                 T dims strides target -> strides | -> E ...   (np.broadcast_to, 8-byte items)
                 A dst src -> ok | -> E ...            (np.zeros(dst)[...] = np.zeros(src))
"""
import os
import sys

import numpy as np
from numpy._core import _multiarray_tests as mt
from numpy.lib.stride_tricks import as_strided

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "golden", "layout")
SHARES_MAX_WORK = [None, 0, 1, 2, 3, 5, 10, 100, 1000, -2, -3]
MAY_MAX_WORK = [None, 1, 5, -1]
INTERNAL_MAX_WORK = [-1, 0, 1, 4, 20]
DTYPES = {1: np.uint8, 2: np.int16, 4: np.int32, 8: np.int64}


def tup(values):
    return "(" + ",".join(str(int(v)) for v in values) + ")"


def ptr(a):
    return a.__array_interface__["data"][0]


def error(e):
    return "E " + type(e).__name__ + ": " + str(e)


def letter(call):
    try:
        return "T" if call() else "F"
    except np.exceptions.TooHardError:
        return "H"
    except OverflowError:
        return "O"
    except RuntimeError:
        return "R"
    except ValueError as e:
        return "H" if str(e) == "Exceeded max_work" else "V"


class Views:
    """Random strided views of an np.arange base: slices with any step, transposes, new axes, integer
    indexes, reshapes that stay views, broadcasting and as_strided, always inside the base buffer."""

    def __init__(self, rng):
        self.rng = rng

    def dims(self, ndim, high=5, zero=0.05):
        return [0 if self.rng.random() < zero else int(self.rng.integers(1, high + 1)) for _ in range(ndim)]

    def make(self, max_elements=4096):
        rng = self.rng
        itemsize = int(rng.choice([1, 2, 4, 8]))
        while True:
            dims = self.dims(int(rng.integers(0, 5)), high=6, zero=0.03)
            n = int(np.prod(dims, dtype=np.int64))
            if n <= max_elements and (itemsize > 1 or n <= 256):
                break
        base = np.arange(n, dtype=DTYPES[itemsize])
        view = base.reshape(dims)
        for _ in range(int(rng.integers(0, 5))):
            view = self.step(base, view)
        return base, view

    def step(self, base, v):
        rng = self.rng
        kind = rng.choice(["slice", "slice", "slice", "transpose", "newaxis", "index", "reshape",
                           "broadcast", "as_strided"])
        if kind == "slice" and v.ndim > 0:
            key = []
            for d in v.shape:
                if rng.random() < 0.4:
                    key.append(slice(None))
                    continue
                step = int(rng.choice([1, 1, 2, 3, -1, -2]))
                start = int(rng.integers(-d - 1, d + 2)) if rng.random() < 0.7 else None
                stop = int(rng.integers(-d - 1, d + 2)) if rng.random() < 0.7 else None
                key.append(slice(start, stop, step))
            return v[tuple(key)]
        if kind == "transpose" and v.ndim > 1:
            return v.transpose(rng.permutation(v.ndim))
        if kind == "newaxis" and v.ndim < 5:
            at = int(rng.integers(0, v.ndim + 1))
            return np.expand_dims(v, at)
        if kind == "index" and v.ndim > 0 and v.shape[0] > 0:
            return v[int(rng.integers(0, v.shape[0])), ...]
        if kind == "reshape" and v.size > 0:
            target = factor(rng, v.size, int(rng.integers(1, 5)))
            try:
                r = v.reshape(target, copy=False)
                return r
            except ValueError:
                return v
        if kind == "broadcast" and v.ndim < 5:
            target = [int(rng.integers(2, 4)) if d == 1 and rng.random() < 0.6 else d for d in v.shape]
            if rng.random() < 0.5:
                target = [int(rng.integers(1, 4))] + target
            return np.broadcast_to(v, target)
        if kind == "as_strided" and base.size > 0:
            itemsize = base.itemsize
            ndim = int(rng.integers(1, 4))
            for _ in range(20):
                dims = self.dims(ndim, high=4, zero=0.03)
                strides = [int(rng.integers(-4, 5)) * itemsize * int(rng.choice([1, 1, 2, 5])) for _ in dims]
                start = int(rng.integers(0, base.size))
                lo = sum(s * (d - 1) for s, d in zip(strides, dims) if s < 0 and d > 0)
                hi = sum(s * (d - 1) for s, d in zip(strides, dims) if s > 0 and d > 0)
                if start * itemsize + lo >= 0 and start * itemsize + hi + itemsize <= base.nbytes:
                    return as_strided(base[start:], shape=dims, strides=strides)
        return v


def factor(rng, size, ndim):
    dims = [1] * ndim
    rest = size
    for p in (2, 3, 5, 7):
        while rest % p == 0:
            rest //= p
            dims[int(rng.integers(0, ndim))] *= p
    dims[int(rng.integers(0, ndim))] *= rest
    return dims


def write(name, lines):
    with open(os.path.join(OUT, name), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{name}: {len(lines)} lines", file=sys.stderr)


def contiguity_cases(views, count):
    lines = []
    for _ in range(count):
        base, v = views.make()
        copies = [tup(np.copy(v, order=o).strides) for o in "CFAK"]
        lines.append(" ".join([str(v.itemsize), tup(v.shape), tup(v.strides),
                               str(int(v.flags.c_contiguous)), str(int(v.flags.f_contiguous))] + copies))
    return lines


def fresh_cases(rng, count):
    lines = []
    for _ in range(count):
        itemsize = int(rng.choice([1, 2, 4, 8]))
        ndim = int(rng.integers(0, 6))
        dims = [0 if rng.random() < 0.1 else int(rng.integers(1, 6)) for _ in range(ndim)]
        order = str(rng.choice(["C", "F"]))
        a = np.empty(dims, dtype=DTYPES[itemsize], order=order)
        lines.append(" ".join([str(itemsize), order, tup(dims), tup(a.strides)]))
    return lines


def requested_shape(rng, v):
    size = v.size
    roll = rng.random()
    if roll < 0.1:
        return list(v.shape)
    if roll < 0.2:
        return [int(rng.integers(0, 7)) for _ in range(int(rng.integers(0, 4)))]
    dims = factor(rng, size, int(rng.integers(1, 6))) if size > 0 else \
        [int(rng.integers(0, 4)) for _ in range(int(rng.integers(1, 4)))]
    if rng.random() < 0.6:
        dims[int(rng.integers(0, len(dims)))] = int(rng.choice([-1, -1, -1, -2, -7]))
        if rng.random() < 0.1:
            dims[int(rng.integers(0, len(dims)))] = -1
    return dims


def reshape_cases(views, rng, count):
    lines = []
    for _ in range(count):
        base, v = views.make()
        shape = requested_shape(rng, v)
        order = str(rng.choice(["C", "C", "F", "A", "K"]))
        copy = [None, None, True, False][int(rng.integers(0, 4))]
        head = " ".join([str(v.itemsize), tup(v.shape), tup(v.strides), tup(shape), order, str(copy), "->"])
        try:
            r = v.reshape(shape, order=order, copy=copy)
        except Exception as e:  # noqa: BLE001 - NumPy's exception is the golden answer
            lines.append(head + " " + error(e))
            continue
        if ptr(r) == ptr(v) and copy is not True:
            lines.append(head + " V " + tup(r.shape) + " " + tup(r.strides))
        else:
            lines.append(head + " C " + tup(r.shape) + " " + tup(r.strides) + " " + tup(r.base.strides))
    return lines


def ravel_cases(views, rng, count):
    lines = []
    for _ in range(count):
        base, v = views.make(max_elements=256)
        if v.size > 64:
            continue
        order = str(rng.choice(["C", "F", "A", "K", "K"]))
        r = v.ravel(order=order)
        head = " ".join([str(v.itemsize), str(ptr(v) - ptr(base)), tup(v.shape), tup(v.strides), order, "->"])
        if ptr(r) == ptr(v) and r.base is not None:
            lines.append(head + " V " + str(r.strides[0]))
        else:
            lines.append(head + " C " + str(r.strides[0]) + " " + tup(r.tolist()))
    return lines


class Pairs:
    """Pairs of arrays on one byte buffer, from easy slices to as_strided problems that need real search."""

    def __init__(self, rng):
        self.rng = rng
        self.buffer = np.zeros(1 << 16, dtype=np.uint8)

    def sliced(self):
        rng = self.rng
        itemsize = int(rng.choice([1, 2, 4, 8]))
        dims = [int(rng.integers(1, 7)) for _ in range(int(rng.integers(1, 5)))]
        n = int(np.prod(dims))
        start = int(rng.integers(0, 64))
        a = self.buffer[start:start + n * itemsize].view(DTYPES[itemsize]).reshape(dims)
        for _ in range(int(rng.integers(0, 4))):
            a = slice_or_transpose(rng, a)
        return a

    def strided(self, max_dims=4, max_dim=12, max_stride=600):
        rng = self.rng
        itemsize = int(rng.choice([1, 1, 2, 4, 8]))
        ndim = int(rng.integers(1, max_dims + 1))
        dims = [int(rng.integers(1, max_dim + 1)) for _ in range(ndim)]
        strides = [int(rng.integers(-max_stride, max_stride + 1)) for _ in range(ndim)]
        start = int(rng.integers(20000, 20000 + 8 * max_stride))
        first = self.buffer[start:start + itemsize].view(DTYPES[itemsize])
        return as_strided(first, shape=dims, strides=strides)

    def stepped_columns(self):
        """x[:, s1::k1] and x[:, s2::k2] of one int8 matrix: NumPy's own example of a search-heavy pair."""
        rng = self.rng
        rows, cols = int(rng.integers(2, 40)), int(rng.integers(10, 60))
        x = self.buffer[:rows * cols].reshape(rows, cols)
        a = x[:, int(rng.integers(0, 5))::int(rng.integers(1, 12))]
        b = x[:, int(rng.integers(0, 5))::int(rng.integers(1, 12))]
        return a, b

    def offset(self, a):
        return ptr(a) - ptr(self.buffer)


def slice_or_transpose(rng, a):
    if a.ndim > 1 and rng.random() < 0.3:
        return a.transpose(rng.permutation(a.ndim))
    key = []
    for d in a.shape:
        step = int(rng.choice([1, 1, 2, 3, -1, -2, 5]))
        start = int(rng.integers(0, d)) if rng.random() < 0.5 else None
        key.append(slice(start, None, step))
    return a[tuple(key)]


def describe(pairs, a):
    return " ".join([str(a.itemsize), str(pairs.offset(a)), tup(a.shape), tup(a.strides)])


def overlap_cases(rng, count):
    pairs = Pairs(rng)
    lines = []
    for i in range(count):
        kind = i % 4
        if kind == 0:
            a, b = pairs.sliced(), pairs.sliced()
        elif kind == 1:
            a, b = pairs.strided(), pairs.strided()
        elif kind == 2:
            a, b = pairs.strided(max_dims=3, max_dim=30, max_stride=100), pairs.strided(max_dims=2, max_stride=50)
        else:
            a, b = pairs.stepped_columns()
        shares = "".join(letter(lambda: np.shares_memory(a, b, max_work=w)) for w in SHARES_MAX_WORK)
        may = "".join(letter(lambda: np.may_share_memory(a, b, max_work=w)) for w in MAY_MAX_WORK)
        lines.append(" ".join(["P", describe(pairs, a), describe(pairs, b), shares, may]))
        if i % 2 == 0:
            internal = "".join(letter(lambda: mt.internal_overlap(a, max_work=w)) for w in INTERNAL_MAX_WORK)
            lines.append(" ".join(["I", describe(pairs, a), internal]))
    return lines


def overflow_cases():
    """Hand-picked arrays with strides near 2**62, where NumPy's 64-bit bookkeeping overflows or wraps."""
    buf = np.zeros(64, dtype=np.uint8)
    big = [
        as_strided(buf, shape=(2, 2), strides=(2**62, 2**62 - 1)),
        as_strided(buf, shape=(2, 2), strides=(2**62 - 3, 2**61 + 5)),
        as_strided(buf, shape=(3,), strides=(2**62,)),
        as_strided(buf, shape=(3, 3), strides=(2**62, -2**62)),
        as_strided(buf, shape=(2,), strides=(-2**63,)),
        as_strided(buf[1:], shape=(3, 5), strides=(2**61 + 7, 3)),
        as_strided(buf, shape=(4, 4), strides=(2**60 + 1, 2**60 - 1)),
        as_strided(buf, shape=(2, 3), strides=(-2**63, -2**62)),
        as_strided(buf, shape=(2, 3), strides=(-2**63, 8)),
        as_strided(buf, shape=(3, 2), strides=(0, -2**63)),
        buf[:10],
        buf[::3],
    ]
    lines = []
    for a in big:
        for b in big:
            shares = "".join(letter(lambda: np.shares_memory(a, b, max_work=w)) for w in SHARES_MAX_WORK)
            may = "".join(letter(lambda: np.may_share_memory(a, b, max_work=w)) for w in MAY_MAX_WORK)
            da = " ".join([str(a.itemsize), str(ptr(a) - ptr(buf)), tup(a.shape), tup(a.strides)])
            db = " ".join([str(b.itemsize), str(ptr(b) - ptr(buf)), tup(b.shape), tup(b.strides)])
            lines.append(" ".join(["P", da, db, shares, may]))
        internal = "".join(letter(lambda: mt.internal_overlap(a, max_work=w)) for w in INTERNAL_MAX_WORK)
        lines.append(" ".join(["I", str(a.itemsize), str(ptr(a) - ptr(buf)), tup(a.shape), tup(a.strides),
                               internal]))
    return lines


def diophantine_cases(rng, count):
    lines = []
    for i in range(count):
        n = int(rng.integers(0, 7))
        scale = [10, 100, 1000, 2**40, 2**62][i % 5]
        coefficients = [int(rng.integers(1, scale)) for _ in range(n)]
        bounds = [int(rng.integers(0, 20 if scale < 2**40 else scale)) for _ in range(n)]
        if i % 3 == 1 and n > 1 and scale < 2**40:
            # a common factor in all but the smallest coefficient leaves candidates that fail the gcd test,
            # which NumPy counts as work
            factor_ = int(rng.integers(2, 7))
            coefficients = [c * factor_ for c in coefficients[:-1]] + [int(rng.integers(1, factor_ * 3))]
        if i % 23 == 0 and n > 0:
            coefficients[int(rng.integers(0, n))] = int(rng.choice([0, -3]))
        if i % 17 == 0 and n > 0:
            bounds[int(rng.integers(0, n))] = -1
        nontrivial = int(i % 4 == 3)
        if nontrivial:
            bounds = [2 * (u // 2) if u > 0 else u for u in bounds]
            if i % 8 == 7 and n > 0:
                bounds[0] = bounds[0] | 1 if bounds[0] >= 0 else bounds[0]
        total = sum(c * u for c, u in zip(coefficients, bounds))
        b = int(rng.integers(-5, max(total, 1) + 5)) if total < 2**62 else int(rng.integers(0, 2**62))
        # an exact search over bounds near 2**62 could run for ages: bound the work there
        max_work = int(rng.choice([-1, -1, 1, 3, 10, 100] if scale < 2**40 else [1, 3, 10, 100, 1000]))
        # NumPy's simplify divides by each coefficient before validating them (SIGFPE on 0)
        simplify = int(rng.integers(0, 2)) if all(c > 0 for c in coefficients) else 0
        head = " ".join([tup(coefficients), tup(bounds), str(b), str(max_work), str(simplify), str(nontrivial),
                         "->"])
        try:
            x = mt.solve_diophantine(tuple(coefficients), tuple(bounds), b, max_work=max_work,
                                     simplify=simplify, require_ub_nontrivial=nontrivial)
        except OverflowError:
            lines.append(head + " O")
            continue
        except RuntimeError:
            lines.append(head + " H")
            continue
        except ValueError:
            lines.append(head + " E")
            continue
        lines.append(head + (" N" if x is None else " S " + tup(x)))
    return lines


def random_shapes(rng):
    ndim = int(rng.integers(0, 5))
    full = [int(rng.integers(0, 5)) if rng.random() < 0.1 else int(rng.integers(1, 5)) for _ in range(ndim)]
    shapes = []
    for _ in range(int(rng.integers(1, 5))):
        own = full[len(full) - int(rng.integers(0, ndim + 1)):]
        own = [1 if rng.random() < 0.3 else d for d in own]
        if own and rng.random() < 0.15:
            own[int(rng.integers(0, len(own)))] = int(rng.integers(0, 6))
        shapes.append(own)
    return shapes


def broadcast_cases(views, rng, count):
    lines = []
    for _ in range(count):
        shapes = random_shapes(rng)
        operands = [np.empty(s, dtype=np.int8) for s in shapes]
        head = " ".join(tup(s) for s in shapes)
        try:
            np.nditer(operands, flags=["zerosize_ok", "refs_ok"])
            # the iterator coalesces axes, so its own shape is not the broadcast shape
            lines.append("N " + head + " -> " + tup(np.broadcast(*operands).shape))
        except ValueError as e:
            lines.append("N " + head + " -> " + error(e))
        try:
            lines.append("B " + head + " -> " + tup(np.broadcast_shapes(*shapes)))
        except ValueError as e:
            lines.append("B " + head + " -> " + error(e))
        out, in1, in2 = (shapes + random_shapes(rng) + random_shapes(rng))[:3]
        head = " ".join(tup(s) for s in (out, in1, in2))
        try:
            r = np.add(np.zeros(in1), np.zeros(in2), out=np.zeros(out))
            lines.append("O " + head + " -> " + tup(r.shape))
        except ValueError as e:
            lines.append("O " + head + " -> " + error(e))
        dst, src = (random_shapes(rng) + random_shapes(rng))[:2]
        if rng.random() < 0.3:
            src = [1] * int(rng.integers(1, 3)) + src
        head = " ".join(tup(s) for s in (dst, src))
        try:
            np.zeros(dst)[...] = np.zeros(src)
            lines.append("A " + head + " -> ok")
        except ValueError as e:
            lines.append("A " + head + " -> " + error(e))
        base, v = views.make(max_elements=64)
        v = v.view(np.int64) if v.ndim > 0 and v.itemsize == 8 else v.astype(np.int64)
        target = random_target(rng, v.shape)
        head = " ".join([tup(v.shape), tup(v.strides), tup(target)])
        try:
            lines.append("T " + head + " -> " + tup(np.broadcast_to(v, target).strides))
        except ValueError as e:
            lines.append("T " + head + " -> " + error(e))
    return lines


def random_target(rng, shape):
    roll = rng.random()
    if roll < 0.05:
        return []
    target = [int(rng.integers(2, 4)) if d == 1 and rng.random() < 0.5 else d for d in shape]
    target = [int(rng.integers(1, 4)) for _ in range(int(rng.integers(0, 3)))] + target
    if roll > 0.8 and target:
        target[int(rng.integers(0, len(target)))] = int(rng.integers(-1, 4))
    if roll > 0.95 and target:
        target = target[1:]
    return target


def main():
    if not np.__version__.startswith("2.4"):
        sys.exit(f"NumPy 2.4 is required, found {np.__version__}")
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20260521)
    views = Views(rng)
    write("contiguity.txt", contiguity_cases(views, 2500))
    write("fresh.txt", fresh_cases(rng, 300))
    write("reshape.txt", reshape_cases(views, rng, 4000))
    write("ravel.txt", ravel_cases(views, rng, 3000))
    write("overlap.txt", overlap_cases(rng, 3000) + overflow_cases())
    write("diophantine.txt", diophantine_cases(rng, 2500))
    write("broadcast.txt", broadcast_cases(views, rng, 1500))


if __name__ == "__main__":
    main()
