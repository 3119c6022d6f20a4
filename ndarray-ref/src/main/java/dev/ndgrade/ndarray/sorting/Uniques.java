package dev.ndgrade.ndarray.sorting;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.DType;
import dev.ndgrade.ndarray.Elements;
import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import dev.ndgrade.ndarray.Unreproducible;
import dev.ndgrade.ndarray.ViewOrigin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code np.unique(a, return_index, return_inverse, return_counts)} over the flattened array (axis None, nans equal):
 * the sorted distinct values, the first index of each (NumPy sorts stably when asked for it), the index of each
 * element's value (in {@code a}'s shape), and how often each occurs. Without return_index NumPy sorts unstably, so a
 * group holding both 0.0 and -0.0 would show whichever its sort put first: refused.
 */
public final class Uniques {
    private Uniques() {
    }

    /** What np.unique returns: the values, then each array asked for, in NumPy's order. */
    public record Result(NdArray values, NdArray index, NdArray inverse, NdArray counts) {
    }

    public static Result of(NdArray a, boolean index, boolean inverse, boolean counts) {
        Meter.current().elements(a.size());
        long[] offs = a.offsetsInCOrder();
        List<Scalar> values = new ArrayList<>(offs.length);
        for (long off : offs) {
            values.add(a.elementAt(off));
        }
        Comparator<Scalar> order = ElementOrder.of(a.dtype());
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            perm.add(i);
        }
        perm.sort((i, j) -> order.compare(values.get(i), values.get(j)));
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < perm.size(); k++) {
            if (k == 0 || order.compare(values.get(perm.get(k - 1)), values.get(perm.get(k))) != 0) {
                starts.add(k);
            } else if (!index && ElementOrder.tieShows(values.get(perm.get(k - 1)), values.get(perm.get(k)))) {
                throw new Unreproducible("np.unique of 0.0 with -0.0 (which one it keeps is NumPy's unstable sort's)");
            }
        }
        int n = starts.size();
        NdArray uniq = NdArray.allocate(a.dtype(), new long[] {n}, 'C', ViewOrigin.fresh("np.unique"));
        long[] first = new long[n];
        long[] count = new long[n];
        long[] inv = new long[values.size()];
        for (int g = 0; g < n; g++) {
            int end = g + 1 < n ? starts.get(g + 1) : perm.size();
            first[g] = perm.get(starts.get(g));
            count[g] = end - starts.get(g);
            Elements.write(a.dtype(), uniq.buffer(), uniq.offset() + (long) g * a.dtype().itemsize(), values.get((int) first[g]));
            for (int k = starts.get(g); k < end; k++) {
                inv[perm.get(k)] = g;
            }
        }
        return new Result(uniq, index ? ints(first, new long[] {n}) : null, inverse ? ints(inv, a.shape()) : null,
                counts ? ints(count, new long[] {n}) : null);
    }

    private static NdArray ints(long[] values, long[] shape) {
        NdArray out = NdArray.allocate(DType.INT64, shape, 'C', ViewOrigin.fresh("np.unique"));
        for (int i = 0; i < values.length; i++) {
            Elements.writeLong(DType.INT64, out.buffer(), out.offset() + 8L * i, values[i]);
        }
        return out;
    }
}
