package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.ndarray.Copies;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.NumpyException;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Shapes;
import dev.ndgrade.ndarray.ViewOrigin;

import java.util.Arrays;

/**
 * {@code a.sum()}, {@code a.mean(axis=…)}, {@code a.min()}, … with NumPy's dtypes, errors and summation order. A full
 * reduction (or one that leaves a 0-d result) returns a NumPy scalar. Along an axis, NumPy sums pairwise when the
 * reduced axis is the innermost one in memory and otherwise adds whole rows into the result one after another; the
 * result array is laid out like the input (its axes sorted by the input's strides).
 */
final class Reductions {
    private Reductions() {
    }

    static Object reduce(Reduction r, NdArray a, Integer axis) {
        Integer ax = normalizeAxis(r, a.ndim(), axis);
        Folds.Fold fold = Folds.of(r, a.dtype());
        if (ax == null || a.ndim() <= 1) {
            requireElements(r, a.size());
            return full(fold, a);
        }
        long n = a.dim(ax);
        requireElements(r, n);
        DType resultType = Folds.resultType(r, a.dtype());
        NdArray out = allocateResult(a, ax, resultType, ViewOrigin.fresh("np." + r.ufuncName() + ".reduce"));
        boolean pairwise = innermostAxis(a) == ax;
        long stride = a.stride(ax);
        long[] restStrides = without(a.strides(), ax);
        Rows.forEach(out.shape(), new long[] {out.offset(), a.offset()}, new long[][] {out.strides(), restStrides},
                (off, st, count) -> {
                    for (long i = 0; i < count; i++) {
                        Scalar v = fold.run(a.buffer(), off[1] + i * st[1], stride, n, pairwise);
                        Elements.write(resultType, out.buffer(), off[0] + i * st[0], v);
                    }
                });
        return out;
    }

    /** The whole array as one run in iteration order (gathered into a copy when its memory is not one run). */
    private static Scalar full(Folds.Fold fold, NdArray a) {
        if (a.ndim() <= 1) {
            return fold.run(a.buffer(), a.offset(), a.ndim() == 0 ? 0 : a.stride(0), a.size(), true);
        }
        NdArray run = a.cContiguous() || a.fContiguous() ? a
                : Copies.copy(a, 'K', ViewOrigin.copy("reduction buffer", "elements gathered in iteration order"));
        return fold.run(run.buffer(), run.offset(), a.itemsize(), a.size(), true);
    }

    /** NumPy's axis check; ufunc reductions of 0-d arrays accept axis 0 and -1, np.mean does not. */
    private static Integer normalizeAxis(Reduction r, int ndim, Integer axis) {
        if (axis == null) {
            return null;
        }
        int limit = ndim == 0 && r != Reduction.MEAN ? 1 : ndim;
        if (axis < -limit || axis >= limit) {
            throw new NumpyException("AxisError", "axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return ndim == 0 ? null : axis < 0 ? axis + ndim : axis;
    }

    private static void requireElements(Reduction r, long count) {
        if (count == 0 && (r == Reduction.MIN || r == Reduction.MAX)) {
            throw NumpyException.valueError("zero-size array to reduction operation " + r.ufuncName() + " which has no identity");
        }
    }

    /** The result without the reduced axis, its axes ordered by the input's strides (NumPy's sorted stride perm). */
    private static NdArray allocateResult(NdArray a, int axis, DType type, ViewOrigin origin) {
        long[] shape = without(a.shape(), axis);
        if (Shapes.size(shape) == 0) {
            return NdArray.allocate(type, shape, 'C', origin);
        }
        long[] inStrides = without(a.strides(), axis);
        Integer[] order = new Integer[shape.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(Math.abs(inStrides[y]), Math.abs(inStrides[x])));
        long[] strides = new long[shape.length];
        long sd = type.itemsize();
        for (int k = order.length - 1; k >= 0; k--) {
            strides[order[k]] = sd;
            sd *= shape[order[k]];
        }
        return NdArray.allocateStrided(type, shape, strides, 0, sd, origin);
    }

    /** The axis NumPy's iterator walks innermost: the smallest |stride| among axes longer than 1 (last on ties). */
    private static int innermostAxis(NdArray a) {
        int best = -1;
        for (int i = 0; i < a.ndim(); i++) {
            if (a.dim(i) > 1 && (best < 0 || Math.abs(a.stride(i)) <= Math.abs(a.stride(best)))) {
                best = i;
            }
        }
        return best;
    }

    private static long[] without(long[] xs, int axis) {
        long[] out = new long[xs.length - 1];
        for (int i = 0, k = 0; i < xs.length; i++) {
            if (i != axis) {
                out[k++] = xs[i];
            }
        }
        return out;
    }
}
