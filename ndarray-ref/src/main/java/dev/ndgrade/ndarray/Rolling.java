package dev.ndgrade.ndarray;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code np.roll}, as NumPy writes it in Python: a fresh {@code empty_like} result filled by at most two slice
 * assignments per rolled axis. Without an axis it rolls the raveled array and reshapes that, so the result is a
 * view of the rolled copy ({@code np.roll(x, 1).base} is not None).
 */
public final class Rolling {
    private static final Index ALL = Index.slice(null, null, null);

    private Rolling() {
    }

    /**
     * {@code np.roll(a, shift, axis)}; {@code axes} null rolls the flattened array. Shifts and axes broadcast
     * against each other as 1-d sequences (a scalar is a sequence of one); repeated axes add up their shifts.
     */
    public static NdArray roll(NdArray a, long[] shifts, long[] axes) {
        if (axes == null) {
            NdArray rolled = roll(Reshaping.ravel(a, 'C'), shifts, new long[] {0});
            return Reshaping.reshape(rolled, a.shape(), 'C', null,
                    ViewOrigin.view("np.roll", "np.roll without an axis rolls the raveled array and reshapes it, so the result is a view of that copy"));
        }
        int[] ax = new int[axes.length];
        for (int i = 0; i < ax.length; i++) {
            ax[i] = Axes.normalize(axes[i], a.ndim(), null);
        }
        long[] offsets = offsets(a, shifts, ax);
        NdArray result = Copies.allocateLike(a, a.dtype(), 'K', ViewOrigin.copy("np.roll", "np.roll always writes into a new array"));
        fill(result, a, offsets, 0, new ArrayList<>(), new ArrayList<>());
        return result;
    }

    /** Each axis's offset: the sum of its shifts, modulo its length (or 1 when it is empty), as Python's %. */
    private static long[] offsets(NdArray a, long[] shifts, int[] axes) {
        int n = shifts.length == 1 ? axes.length : shifts.length; // the broadcast length
        Broadcasting.objectsShape(List.of(new long[] {shifts.length}, new long[] {axes.length})); // np.broadcast(shift, axis)
        long[] offsets = new long[a.ndim()];
        for (int i = 0; i < n; i++) {
            int ax = axes[axes.length == 1 ? 0 : i];
            long length = a.dim(ax) == 0 ? 1 : a.dim(ax);
            offsets[ax] = Math.floorMod(offsets[ax] + Math.floorMod(shifts[shifts.length == 1 ? 0 : i], length), length);
        }
        return offsets;
    }

    /** {@code result[res_index] = a[arr_index]} for every combination of the axes' source and target slices. */
    private static void fill(NdArray result, NdArray a, long[] offsets, int axis, List<Index> from, List<Index> to) {
        if (axis == a.ndim()) {
            if (a.ndim() == 0) {
                Assign.assign(result, a); // result[()] = a[()]
            } else {
                Indexing.set(result, to, (NdArray) Indexing.get(a, from));
            }
            return;
        }
        long off = offsets[axis];
        if (off == 0) {
            fill(result, a, offsets, axis + 1, with(from, ALL), with(to, ALL));
            return;
        }
        fill(result, a, offsets, axis + 1, with(from, Index.slice(null, -off, null)), with(to, Index.slice(off, null, null)));
        fill(result, a, offsets, axis + 1, with(from, Index.slice(-off, null, null)), with(to, Index.slice(null, off, null)));
    }

    private static List<Index> with(List<Index> prefix, Index last) {
        List<Index> out = new ArrayList<>(prefix);
        out.add(last);
        return out;
    }
}
