package dev.ndgrade.ndarray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * atleast_1d/2d/3d and the stacking functions NumPy builds on them (hstack, vstack, dstack, column_stack,
 * append): each input is first made a view with enough axes, then {@link Joining#concatenate} copies them all.
 */
public final class Stacking {
    private static final Index ALL = Index.slice(null, null, null);

    private Stacking() {
    }

    /**
     * {@code np.atleast_1d}, {@code _2d} or {@code _3d} of one array: the array itself when it has {@code n} axes or
     * more, else a view (a reshape for 0-d, new axes by indexing otherwise, as NumPy's Python does).
     */
    public static NdArray atLeast(NdArray a, int n) {
        if (a.ndim() >= n) {
            return a;
        }
        if (a.ndim() == 0) {
            long[] ones = new long[n];
            Arrays.fill(ones, 1);
            return Reshaping.reshape(a, ones, 'C', null, ViewOrigin.view("np.atleast_" + n + "d",
                    "a 0-d array is reshaped to length-1 axes, which is a view"));
        }
        List<Index> index = a.ndim() == 1 && n == 3 ? List.of(Index.NEW_AXIS, ALL, Index.NEW_AXIS)
                : a.ndim() == 1 ? List.of(Index.NEW_AXIS, ALL) : List.of(ALL, ALL, Index.NEW_AXIS);
        NdArray v = (NdArray) Indexing.get(a, index);
        return v.view(v.offset(), v.shape(), v.strides(), v.dtype(), ViewOrigin.view("np.atleast_" + n + "d",
                "new length-1 axes are added by indexing with np.newaxis, which is a view"));
    }

    private static List<NdArray> atLeast(List<NdArray> arrays, int n) {
        List<NdArray> out = new ArrayList<>();
        for (NdArray a : arrays) {
            out.add(atLeast(a, n));
        }
        return out;
    }

    /** {@code np.hstack}: along the first axis when the first input is (at most) 1-d, else the second. */
    public static NdArray hstack(List<NdArray> arrays, DType t) {
        List<NdArray> parts = atLeast(arrays, 1);
        long axis = !parts.isEmpty() && parts.get(0).ndim() == 1 ? 0 : 1;
        return Joining.concatenate(parts, axis, t);
    }

    /** {@code np.vstack}: the inputs as at least 2-d, along the first axis. */
    public static NdArray vstack(List<NdArray> arrays, DType t) {
        return Joining.concatenate(atLeast(arrays, 2), 0L, t);
    }

    /** {@code np.dstack}: the inputs as at least 3-d, along the third axis. */
    public static NdArray dstack(List<NdArray> arrays, DType t) {
        return Joining.concatenate(atLeast(arrays, 3), 2L, t);
    }

    /** {@code np.column_stack}: 0-d and 1-d inputs become columns ({@code array(a, ndmin=2).T}), then axis 1. */
    public static NdArray columnStack(List<NdArray> arrays, DType t) {
        List<NdArray> parts = new ArrayList<>();
        for (NdArray a : arrays) {
            parts.add(a.ndim() < 2 ? Axes.transpose(atLeast(a, 2), null) : a);
        }
        return Joining.concatenate(parts, 1L, t);
    }

    /** {@code np.append(arr, values, axis)}: without an axis both are raveled first; always a copy. */
    public static NdArray append(NdArray arr, NdArray values, Long axis, DType t) {
        if (axis != null) {
            return Joining.concatenate(List.of(arr, values), axis, t);
        }
        NdArray flat = arr.ndim() == 1 ? arr : Reshaping.ravel(arr, 'C');
        return Joining.concatenate(List.of(flat, Reshaping.ravel(values, 'C')), (long) flat.ndim() - 1, t);
    }
}
