package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.error.NumpyException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * flip, fliplr, flipud and rot90: NumPy writes them in Python as basic slicing with step -1 and transposes, so each
 * result is a view with negative strides on the input's memory.
 */
public final class Flipping {
    private static final Index ALL = Index.slice(null, null, null);
    private static final Index REVERSED = Index.slice(null, null, -1L);

    private Flipping() {
    }

    /**
     * {@code np.flip(m, axis)}: {@code m[::-1, …]} on the given axes (all of them for null). Indexing a 0-d array
     * with the empty tuple gives its element, so {@code np.flip} of a 0-d array is a NumPy scalar.
     */
    public static Object flip(NdArray m, long[] axes) {
        List<Index> indexer;
        if (axes == null) {
            indexer = Collections.nCopies(m.ndim(), REVERSED);
        } else {
            indexer = new ArrayList<>(Collections.nCopies(m.ndim(), ALL));
            for (int ax : Axes.normalizeTuple(axes, m.ndim())) {
                indexer.set(ax, REVERSED);
            }
        }
        Object r = Indexing.get(m, indexer);
        return r instanceof NdArray v ? relabel(v, "np.flip") : r;
    }

    /** {@code np.fliplr(m)}: {@code m[:, ::-1]}. */
    public static NdArray fliplr(NdArray m) {
        if (m.ndim() < 2) {
            throw NumpyException.valueError("Input must be >= 2-d.");
        }
        return relabel((NdArray) Indexing.get(m, List.of(ALL, REVERSED)), "np.fliplr");
    }

    /** {@code np.flipud(m)}: {@code m[::-1, ...]}. */
    public static NdArray flipud(NdArray m) {
        if (m.ndim() < 1) {
            throw NumpyException.valueError("Input must be >= 1-d.");
        }
        return relabel((NdArray) Indexing.get(m, List.of(REVERSED, Index.ELLIPSIS)), "np.flipud");
    }

    /**
     * {@code np.rot90(m, k, axes)} once its two axes are checked: {@code k % 4} quarter turns as NumPy composes them
     * from slicing, flip and transpose (the axes as given, unnormalized, index the permutation as Python does).
     */
    public static NdArray rot90(NdArray m, long k, long first, long second) {
        int nd = m.ndim();
        if (first == second || Math.abs(first - second) == nd) {
            throw NumpyException.valueError("Axes must be different.");
        }
        if (first >= nd || first < -nd || second >= nd || second < -nd) {
            throw NumpyException.valueError("Axes=(" + first + ", " + second + ") out of range for array of ndim=" + nd + ".");
        }
        long turns = Math.floorMod(k, 4);
        if (turns == 0) {
            return relabel((NdArray) Indexing.get(m, List.of(ALL)), "np.rot90");
        }
        if (turns == 2) {
            return (NdArray) flip((NdArray) flip(m, new long[] {first}), new long[] {second});
        }
        long[] perm = new long[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = i;
        }
        int x = (int) Math.floorMod(first, (long) nd);
        int y = (int) Math.floorMod(second, (long) nd);
        perm[x] = y;
        perm[y] = x;
        NdArray r = turns == 1 ? Axes.transpose((NdArray) flip(m, new long[] {second}), perm)
                : (NdArray) flip(Axes.transpose(m, perm), new long[] {second});
        return relabel(r, "np.rot90");
    }

    private static NdArray relabel(NdArray v, String operation) {
        return v.view(v.offset(), v.shape(), v.strides(), v.dtype(),
                ViewOrigin.view(operation, "it only slices the input backwards along some axes, so it is a view with negative strides"));
    }
}
