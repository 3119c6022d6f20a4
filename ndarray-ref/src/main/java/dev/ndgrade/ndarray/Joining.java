package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.List;

/** Functions that join or split arrays: concatenate and stack copy; split and array_split return views. */
public final class Joining {
    private Joining() {
    }

    /** {@code np.concatenate(arrays, axis)}; axis null flattens first. The dtype is the caller's promoted dtype. */
    public static NdArray concatenate(List<NdArray> arrays, Long axis, DType t) {
        if (arrays.isEmpty()) {
            throw NumpyException.valueError("need at least one array to concatenate");
        }
        List<NdArray> parts = arrays;
        int ax;
        if (axis == null) {
            parts = new ArrayList<>();
            for (NdArray a : arrays) {
                parts.add(Reshaping.ravel(a, 'C'));
            }
            ax = 0;
        } else {
            NdArray first = arrays.get(0);
            if (first.ndim() == 0) {
                throw NumpyException.valueError("zero-dimensional arrays cannot be concatenated");
            }
            ax = Axes.normalize(axis, first.ndim(), null);
        }
        NdArray first = parts.get(0);
        long[] shape = first.shape();
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            NdArray p = parts.get(i);
            if (p.ndim() != first.ndim()) {
                throw NumpyException.valueError("all the input arrays must have same number of dimensions, but the array at index 0 has "
                        + first.ndim() + " dimension(s) and the array at index " + i + " has " + p.ndim() + " dimension(s)");
            }
            for (int d = 0; d < shape.length; d++) {
                if (d != ax && p.dim(d) != shape[d]) {
                    throw NumpyException.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension "
                            + d + ", the array at index 0 has size " + shape[d] + " and the array at index " + i + " has size " + p.dim(d));
                }
            }
            total += p.dim(ax);
        }
        shape[ax] = total;
        NdArray out = allocateInInputsOrder(t, shape, parts);
        long start = 0;
        for (NdArray p : parts) {
            long[] sub = out.shape();
            sub[ax] = p.dim(ax);
            NdArray window = out.view(out.offset() + start * out.stride(ax), sub, out.strides(), t, out.origin());
            Assign.copyValues(p, window);
            start += p.dim(ax);
        }
        return out;
    }

    /**
     * The result laid out as NumPy's concatenate lays it out: axes ordered by the inputs' strides, largest first
     * ({@code PyArray_CreateMultiSortedStridePerm}: a stable insertion sort in which an input has an opinion on two
     * axes unless either has length 1 in it, and on conflicts the C order wins), strides assigned innermost first.
     */
    private static NdArray allocateInInputsOrder(DType t, long[] shape, List<NdArray> inputs) {
        if (Shapes.size(shape) == 0) {
            return NdArray.allocate(t, shape, 'C', ViewOrigin.fresh("np.concatenate")); // empty: all strides 0
        }
        int nd = shape.length;
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = i;
        }
        for (int i0 = 1; i0 < nd; i0++) {
            int ipos = i0;
            int ax0 = perm[i0];
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                int ax1 = perm[i1];
                boolean ambiguous = true;
                boolean shouldSwap = false;
                for (NdArray a : inputs) {
                    if (a.dim(ax0) != 1 && a.dim(ax1) != 1) {
                        if (Math.abs(a.stride(ax0)) <= Math.abs(a.stride(ax1))) {
                            shouldSwap = false;
                        } else if (ambiguous) {
                            shouldSwap = true;
                        }
                        ambiguous = false;
                    }
                }
                if (!ambiguous) {
                    if (shouldSwap) {
                        ipos = i1;
                    } else {
                        break;
                    }
                }
            }
            if (ipos != i0) {
                System.arraycopy(perm, ipos, perm, ipos + 1, i0 - ipos);
                perm[ipos] = ax0;
            }
        }
        long[] strides = new long[nd];
        long s = t.itemsize();
        for (int k = nd - 1; k >= 0; k--) {
            strides[perm[k]] = s;
            s *= shape[perm[k]];
        }
        return NdArray.allocateStrided(t, shape, strides, 0, s, ViewOrigin.fresh("np.concatenate"));
    }

    /** {@code np.stack(arrays, axis)}: every array must have the same shape. */
    public static NdArray stack(List<NdArray> arrays, long axis, DType t) {
        if (arrays.isEmpty()) {
            throw NumpyException.valueError("need at least one array to stack");
        }
        long[] shape = arrays.get(0).shape();
        for (NdArray a : arrays) {
            if (!java.util.Arrays.equals(a.shape(), shape)) {
                throw NumpyException.valueError("all input arrays must have the same shape");
            }
        }
        int ax = Axes.normalize(axis, shape.length + 1, null);
        List<NdArray> expanded = new ArrayList<>();
        for (NdArray a : arrays) {
            expanded.add(Axes.expandDims(a, new long[] {ax}));
        }
        NdArray out = concatenate(expanded, (long) ax, t);
        return out;
    }

    /** The fixed-axis splits, {@code np.hsplit}, {@code vsplit} and {@code dsplit}: each needs some axes. */
    public enum Direction {
        HORIZONTAL("hsplit", 1), VERTICAL("vsplit", 2), DEPTH("dsplit", 3);

        private final String function;
        private final int minNdim;

        Direction(String function, int minNdim) {
            this.function = function;
            this.minNdim = minNdim;
        }

        public String function() {
            return function;
        }

        /** The axis this split cuts {@code a} along (hsplit cuts a 1-d array along its only axis). */
        public int axisFor(NdArray a) {
            if (a.ndim() < minNdim) {
                throw NumpyException.valueError(function + " only works on arrays of " + minNdim + " or more dimensions");
            }
            return switch (this) {
                case HORIZONTAL -> a.ndim() > 1 ? 1 : 0;
                case VERTICAL -> 0;
                case DEPTH -> 2;
            };
        }
    }

    /** {@code np.split(a, sections, axis)} with a number of equal sections. */
    public static List<NdArray> split(NdArray a, long sections, long axis) {
        int ax = Axes.normalize(axis, a.ndim(), null);
        if (sections == 0) {
            throw new NumpyException("ZeroDivisionError", "integer modulo by zero");
        }
        if (a.dim(ax) % sections != 0) {
            throw NumpyException.valueError("array split does not result in an equal division");
        }
        return arraySplit(a, sections, axis);
    }

    /** {@code np.array_split(a, sections, axis)}: the first {@code n % sections} parts get one extra element. */
    public static List<NdArray> arraySplit(NdArray a, long sections, long axis) {
        int ax = Axes.normalize(axis, a.ndim(), null);
        if (sections <= 0) {
            throw NumpyException.valueError("number sections must be larger than 0.");
        }
        long n = a.dim(ax);
        long each = n / sections;
        long extras = n % sections;
        long[] bounds = new long[(int) sections + 1];
        for (int i = 0; i < sections; i++) {
            bounds[i + 1] = bounds[i] + each + (i < extras ? 1 : 0);
        }
        return pieces(a, bounds, ax);
    }

    /** {@code np.split(a, [i, j, …], axis)}: views between the given positions. */
    public static List<NdArray> splitAt(NdArray a, long[] indices, long axis) {
        int ax = Axes.normalize(axis, a.ndim(), null);
        long[] bounds = new long[indices.length + 2];
        System.arraycopy(indices, 0, bounds, 1, indices.length);
        bounds[bounds.length - 1] = a.dim(ax);
        return pieces(a, bounds, ax);
    }

    private static List<NdArray> pieces(NdArray a, long[] bounds, int ax) {
        List<NdArray> out = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            List<Index> idx = new ArrayList<>();
            for (int d = 0; d < ax; d++) {
                idx.add(Index.slice(null, null, null));
            }
            idx.add(Index.slice(bounds[i], bounds[i + 1], null));
            NdArray v = (NdArray) Indexing.get(a, idx);
            out.add(v.view(v.offset(), v.shape(), v.strides(), v.dtype(),
                    ViewOrigin.view("np.split", "split returns slices of the input, so every piece is a view")));
        }
        return out;
    }
}
