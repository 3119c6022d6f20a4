package dev.ndgrade.ndarray;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.error.NumpyException;

/** Functions that make new arrays from nothing but numbers: arange, zeros, ones, full, eye, linspace. */
public final class Creation {
    private Creation() {
    }

    public static NdArray zeros(long[] shape, DType t, char order) {
        return NdArray.allocate(t, shape, order, ViewOrigin.fresh("np.zeros"));
    }

    public static NdArray full(long[] shape, Scalar value, DType t, char order, String operation) {
        NdArray a = NdArray.allocate(t, shape, order, ViewOrigin.fresh(operation));
        fill(a, value);
        return a;
    }

    /** {@code a.fill(value)}: every element set to value cast to a's dtype. */
    public static void fill(NdArray a, Scalar value) {
        a.requireWriteable();
        Meter.current().elements(a.size());
        if (a.cContiguous() || a.fContiguous()) {
            // one element, then doubling bulk copies: fast even before the JIT compiles anything
            long n = a.nbytes();
            if (n == 0) {
                return;
            }
            long first = a.offset(); // a contiguous array's bytes run from its offset
            Elements.write(a.dtype(), a.buffer(), first, value);
            for (long done = a.itemsize(); done < n; done *= 2) {
                Buffer.copyBytes(a.buffer(), first, a.buffer(), first + done, Math.min(done, n - done));
            }
            return;
        }
        NdArray one = NdArray.allocate(a.dtype(), new long[0], 'C', ViewOrigin.fresh("fill value"));
        Elements.write(a.dtype(), one.buffer(), 0, value);
        Assign.copyValues(Broadcasting.to(one, a.shape(), true), a);
    }


    /** {@code np.arange} with integer arguments (dtype int64 unless given). */
    public static NdArray arange(long start, long stop, long step, DType t) {
        if (step == 0) {
            throw new NumpyException("ZeroDivisionError", "division by zero");
        }
        long n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                : (start > stop ? (start - stop - step - 1) / (-step) : 0);
        requireArangeLength(n, t);
        NdArray a = NdArray.allocate(t, new long[] {n}, 'C', ViewOrigin.fresh("np.arange"));
        int size = t.itemsize();
        if (t.equals(DType.INT64)) {
            fillInt64(a.buffer(), n, start, step);
        } else if (t instanceof DType.Int it) {
            for (long i = 0; i < n; i++) {
                Elements.writeLong(it, a.buffer(), i * size, start + i * step);
            }
        } else {
            for (long i = 0; i < n; i++) {
                Elements.write(t, a.buffer(), i * size, Scalar.ofInt(DType.INT64, start + i * step));
            }
        }
        return a;
    }

    /** start, start + step, … into an int64 buffer, a chunk at a time (bulk writes stay fast before the JIT warms up). */
    private static void fillInt64(Buffer b, long n, long start, long step) {
        long[] chunk = new long[(int) Math.min(n, 1 << 14)];
        for (long done = 0; done < n; done += chunk.length) {
            int m = (int) Math.min(chunk.length, n - done);
            long v = start + done * step;
            for (int k = 0; k < m; k++, v += step) {
                chunk[k] = v;
            }
            b.putLongs(done * 8, chunk, 0, m);
        }
    }

    /** {@code np.arange} with float arguments: length ceil((stop - start) / step), values start + i*step. */
    public static NdArray arange(double start, double stop, double step, DType t) {
        if (step == 0) {
            throw new NumpyException("ZeroDivisionError", "division by zero");
        }
        double len = Math.ceil((stop - start) / step);
        if (Double.isNaN(len)) {
            throw NumpyException.valueError("arange: cannot compute length");
        }
        long n = (long) Math.max(0, len);
        requireArangeLength(n, t);
        NdArray a = NdArray.allocate(t, new long[] {n}, 'C', ViewOrigin.fresh("np.arange"));
        // NumPy fills the first two values and extends by their difference (PyArray_Arange's fill), in the
        // result's dtype: np.arange(0, 2.5, 0.5, dtype=int) is all zeros
        if (t instanceof DType.Int it) {
            long first = (long) start;
            long delta = (long) (start + step) - first;
            for (long i = 0; i < n; i++) {
                Elements.writeLong(it, a.buffer(), i * t.itemsize(), first + i * delta);
            }
            return a;
        }
        double delta = n > 1 ? (start + step) - start : step;
        for (long i = 0; i < n; i++) {
            double v = i == 0 ? start : start + i * delta;
            Elements.write(t, a.buffer(), i * t.itemsize(), Scalar.ofFloat(DType.FLOAT64, v));
        }
        return a;
    }

    private static void requireArangeLength(long n, DType t) {
        if (t instanceof DType.Bool && n > 2) {
            throw NumpyException.typeError("arange() is only supported for booleans when the result has at most length 2.");
        }
    }

    /** {@code np.eye(n, m, k, dtype)}. */
    public static NdArray eye(long n, long m, long k, DType t) {
        NdArray a = NdArray.allocate(t, new long[] {n, m}, 'C', ViewOrigin.fresh("np.eye"));
        Scalar one = Scalar.ofInt(DType.INT64, 1);
        for (long i = 0; i < n; i++) {
            long j = i + k;
            if (j >= 0 && j < m) {
                Elements.write(t, a.buffer(), a.offsetOf(new long[] {i, j}), one);
            }
        }
        return a;
    }

    /**
     * {@code np.linspace(start, stop, num, endpoint)} in float64: NumPy builds it as a reshaped arange multiplied in
     * place, so for num > 1 the result is a view (of that arange) whose base is not None.
     */
    public static NdArray linspace(double start, double stop, long num, boolean endpoint) {
        if (num < 0) {
            throw NumpyException.valueError("Number of samples, " + num + ", must be non-negative.");
        }
        long div = endpoint ? num - 1 : num;
        NdArray base = arange(0L, num, 1L, DType.FLOAT64);
        double delta = stop - start;
        ViewOrigin origin = ViewOrigin.fresh("np.linspace");
        NdArray y;
        if (div > 0) {
            y = base.view(base.offset(), base.shape(), base.strides(), DType.FLOAT64, origin);
            double step = delta / div;
            for (long i = 0; i < num; i++) {
                double v = y.buffer().getDouble(8 * i);
                v = step == 0 ? (v / div) * delta : v * step;
                y.buffer().putDouble(8 * i, v + start);
            }
        } else {
            y = NdArray.allocate(DType.FLOAT64, new long[] {num}, 'C', origin);
            for (long i = 0; i < num; i++) {
                y.buffer().putDouble(8 * i, base.buffer().getDouble(8 * i) * delta + start);
            }
        }
        if (endpoint && num > 1) {
            y.buffer().putDouble(8 * (num - 1), stop);
        }
        return y;
    }
}
