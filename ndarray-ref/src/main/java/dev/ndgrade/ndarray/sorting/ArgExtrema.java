package dev.ndgrade.ndarray.sorting;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.Axes;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.Lanes;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.error.NumpyException;
import dev.ndgrade.ndarray.Reshaping;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.ViewOrigin;

import java.util.Arrays;
import java.util.Comparator;

/**
 * {@code argmax} and {@code argmin}: the index of the first largest (smallest) element of each lane. A nan counts as
 * both the largest and the smallest, so the first nan wins; 0.0 and -0.0 are equal, so the first of them wins.
 */
public final class ArgExtrema {
    private ArgExtrema() {
    }

    /**
     * {@code np.argmax(a, axis, keepdims=keepdims)} ({@code max} false: argmin): an int64 NumPy scalar for a null axis
     * without keepdims, else a new C-ordered int64 array.
     */
    public static Object find(NdArray a, Integer axis, boolean keepdims, boolean max) {
        Meter.current().elements(a.size());
        String name = max ? "argmax" : "argmin";
        if (a.ndim() == 0 && axis != null) {
            throw new Unreproducible(name + " of a 0-d array along an axis");
        }
        NdArray src = axis == null ? Reshaping.ravel(a, 'C') : a;
        int ax = src.ndim() == 0 ? 0 : Axes.normalize(axis == null ? 0 : axis, src.ndim(), null);
        if (src.ndim() == 0) {
            src = Reshaping.reshape(src, new long[] {1});
        }
        if (src.shape()[ax] == 0) {
            throw NumpyException.valueError("attempt to get " + name + " of an empty sequence");
        }
        NdArray out = NdArray.allocate(DType.INT64, resultShape(a, src, axis, ax, keepdims), 'C', ViewOrigin.fresh(name));
        Comparator<Scalar> order = ElementOrder.of(src.dtype());
        long[][] lanes = Lanes.of(src, ax).offsets();
        long[] outs = out.offsetsInCOrder();
        for (int l = 0; l < lanes.length; l++) {
            Elements.writeLong(DType.INT64, out.buffer(), outs[l], first(src, lanes[l], order, max));
        }
        return out.ndim() == 0 ? out.elementAt(out.offset()) : out;
    }

    /** The lanes' shape without the searched axis, or with it as 1 (keepdims); every axis goes when axis is null. */
    private static long[] resultShape(NdArray a, NdArray src, Integer axis, int ax, boolean keepdims) {
        if (axis == null) {
            long[] ones = new long[keepdims ? a.ndim() : 0];
            Arrays.fill(ones, 1);
            return ones;
        }
        long[] shape = src.shape().clone();
        shape[ax] = 1;
        if (keepdims) {
            return shape;
        }
        long[] out = new long[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != ax) {
                out[j++] = shape[i];
            }
        }
        return out;
    }

    private static long first(NdArray a, long[] lane, Comparator<Scalar> order, boolean max) {
        int best = 0;
        Scalar bestValue = a.elementAt(lane[0]);
        for (int i = 0; i < lane.length && !isNan(bestValue); i++) {
            Scalar v = a.elementAt(lane[i]);
            int c = order.compare(v, bestValue);
            if (isNan(v) || (max ? c > 0 : c < 0)) {
                best = i;
                bestValue = v;
            }
        }
        return best;
    }

    private static boolean isNan(Scalar v) {
        return v.dtype() instanceof DType.Float && Double.isNaN(v.asDouble());
    }
}
