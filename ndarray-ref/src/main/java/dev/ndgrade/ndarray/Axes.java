package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Views that reorder, drop or add axes: transpose, swapaxes, moveaxis, squeeze, expand_dims. */
public final class Axes {
    private Axes() {
    }

    /** NumPy's AxisError message for {@code axis} on an array of {@code ndim} dimensions, with an optional prefix. */
    public static int normalize(long axis, int ndim, String prefix) {
        if (axis < -ndim || axis >= ndim) {
            throw new NumpyException("AxisError", (prefix == null ? "" : prefix + ": ") + "axis " + axis
                    + " is out of bounds for array of dimension " + ndim);
        }
        return (int) (axis < 0 ? axis + ndim : axis);
    }

    /** NumPy's {@code normalize_axis_tuple(axes, ndim)}: each axis normalized, none repeated. */
    public static int[] normalizeTuple(long[] axes, int ndim) {
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            out[i] = normalize(axes[i], ndim, null);
        }
        if (Arrays.stream(out).distinct().count() != out.length) {
            throw NumpyException.valueError("repeated axis");
        }
        return out;
    }

    /** {@code a.transpose(axes)}; null axes reverses them. A view, never {@code a} itself. */
    public static NdArray transpose(NdArray a, long[] axes) {
        int nd = a.ndim();
        int[] perm = new int[nd];
        if (axes == null) {
            for (int i = 0; i < nd; i++) {
                perm[i] = nd - 1 - i;
            }
        } else {
            if (axes.length != nd) {
                throw NumpyException.valueError("axes don't match array");
            }
            boolean[] seen = new boolean[nd];
            for (int i = 0; i < nd; i++) {
                int ax = normalize(axes[i], nd, null);
                if (seen[ax]) {
                    throw NumpyException.valueError("repeated axis in transpose");
                }
                seen[ax] = true;
                perm[i] = ax;
            }
        }
        return permuted(a, perm, ViewOrigin.view("transpose", "transposing only permutes shape and strides, so it is a view"));
    }

    static NdArray permuted(NdArray a, int[] perm, ViewOrigin origin) {
        long[] shape = new long[perm.length];
        long[] strides = new long[perm.length];
        for (int i = 0; i < perm.length; i++) {
            shape[i] = a.dim(perm[i]);
            strides[i] = a.stride(perm[i]);
        }
        return a.view(a.offset(), shape, strides, a.dtype(), origin);
    }

    /** {@code a.mT}: the last two axes swapped, a view. */
    public static NdArray matrixTranspose(NdArray a) {
        if (a.ndim() < 2) {
            throw NumpyException.valueError("matrix transpose with ndim < 2 is undefined");
        }
        int[] perm = identity(a.ndim());
        perm[a.ndim() - 2] = a.ndim() - 1;
        perm[a.ndim() - 1] = a.ndim() - 2;
        return permuted(a, perm, ViewOrigin.view("mT", "swapping the last two axes only permutes shape and strides, so it is a view"));
    }

    public static NdArray swapaxes(NdArray a, long axis1, long axis2) {
        int nd = a.ndim();
        int x = normalize(axis1, nd, "axis1");
        int y = normalize(axis2, nd, "axis2");
        int[] perm = identity(nd);
        perm[x] = y;
        perm[y] = x;
        return permuted(a, perm, ViewOrigin.view("swapaxes", "swapping axes only permutes shape and strides, so it is a view"));
    }

    public static NdArray moveaxis(NdArray a, long[] source, long[] destination) {
        int nd = a.ndim();
        if (source.length != destination.length) {
            throw NumpyException.valueError("`source` and `destination` arguments must have the same number of elements");
        }
        int[] src = new int[source.length];
        int[] dst = new int[destination.length];
        for (int i = 0; i < src.length; i++) {
            src[i] = normalize(source[i], nd, "source");
        }
        for (int i = 0; i < dst.length; i++) {
            dst[i] = normalize(destination[i], nd, "destination");
        }
        checkRepeated(src, "source");
        checkRepeated(dst, "destination");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < nd; i++) {
            final int ax = i;
            if (java.util.Arrays.stream(src).noneMatch(s -> s == ax)) {
                order.add(i);
            }
        }
        Integer[][] pairs = new Integer[src.length][];
        for (int i = 0; i < src.length; i++) {
            pairs[i] = new Integer[] {dst[i], src[i]};
        }
        java.util.Arrays.sort(pairs, (p, q) -> Integer.compare(p[0], q[0]));
        for (Integer[] p : pairs) {
            order.add(p[0], p[1]);
        }
        return permuted(a, order.stream().mapToInt(Integer::intValue).toArray(),
                ViewOrigin.view("moveaxis", "moving axes only permutes shape and strides, so it is a view"));
    }

    /** {@code np.rollaxis(a, axis, start)}: {@code a[...]} when nothing moves, else a transpose; always a view. */
    public static NdArray rollaxis(NdArray a, long axis, long start) {
        int n = a.ndim();
        int ax = normalize(axis, n, null);
        long st = start < 0 ? start + n : start;
        if (st < 0 || st >= n + 1) {
            throw new NumpyException("AxisError", "'start' arg requires " + -n + " <= start < " + (n + 1) + ", but " + st + " was passed in");
        }
        if (ax < st) {
            st--;
        }
        if (ax == st) {
            return a.view(a.offset(), a.shape(), a.strides(), a.dtype(), ViewOrigin.view("np.rollaxis", "a[...] is a view"));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i != ax) {
                order.add(i);
            }
        }
        order.add((int) st, ax);
        return permuted(a, order.stream().mapToInt(Integer::intValue).toArray(),
                ViewOrigin.view("np.rollaxis", "rolling an axis only permutes shape and strides, so it is a view"));
    }

    private static void checkRepeated(int[] axes, String name) {
        for (int i = 0; i < axes.length; i++) {
            for (int j = i + 1; j < axes.length; j++) {
                if (axes[i] == axes[j]) {
                    throw NumpyException.valueError("repeated axis in `" + name + "` argument");
                }
            }
        }
    }

    static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /** {@code a.squeeze(axis)}: returns {@code a} itself when there is nothing to remove (NumPy does too). */
    public static NdArray squeeze(NdArray a, long[] axes) {
        int nd = a.ndim();
        boolean[] drop = new boolean[nd];
        if (axes == null) {
            boolean any = false;
            for (int i = 0; i < nd; i++) {
                drop[i] = a.dim(i) == 1;
                any |= drop[i];
            }
            if (!any) {
                return a;
            }
        } else {
            for (long ax : axes) {
                int k = normalize(ax, nd, null);
                if (a.dim(k) != 1) {
                    throw NumpyException.valueError("cannot select an axis to squeeze out which has size not equal to one");
                }
                drop[k] = true;
            }
            boolean any = false;
            for (boolean d : drop) {
                any |= d;
            }
            if (!any) {
                return a; // NumPy hands back the array itself when nothing is squeezed out
            }
        }
        List<Long> shape = new ArrayList<>();
        List<Long> strides = new ArrayList<>();
        for (int i = 0; i < nd; i++) {
            if (!drop[i]) {
                shape.add(a.dim(i));
                strides.add(a.stride(i));
            }
        }
        return a.view(a.offset(), toArray(shape), toArray(strides), a.dtype(),
                ViewOrigin.view("squeeze", "removing length-1 axes only changes shape and strides, so it is a view"));
    }

    /** {@code np.expand_dims(a, axis)}: a view with new length-1 axes (via reshape, so strides are canonical). */
    public static NdArray expandDims(NdArray a, long[] axes) {
        int outNd = a.ndim() + axes.length;
        boolean[] added = new boolean[outNd];
        for (long ax : axes) {
            int k = normalize(ax, outNd, null);
            if (added[k]) {
                throw NumpyException.valueError("repeated axis");
            }
            added[k] = true;
        }
        long[] shape = new long[outNd];
        int src = 0;
        for (int i = 0; i < outNd; i++) {
            shape[i] = added[i] ? 1 : a.dim(src++);
        }
        return Reshaping.reshape(a, shape, 'C', null, ViewOrigin.view("expand_dims", "adding length-1 axes is a reshape that needs no copy"));
    }

    static long[] toArray(List<Long> xs) {
        return xs.stream().mapToLong(Long::longValue).toArray();
    }
}
