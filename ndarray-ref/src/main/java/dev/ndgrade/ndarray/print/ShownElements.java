package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements a printout shows: all of them, or for a summarized array only the corners, the first and last
 * {@code edgeItems} along every axis longer than twice that (NumPy's {@code _leading_trailing}). Column widths
 * are fitted to these alone.
 */
final class ShownElements {
    private ShownElements() {
    }

    static List<Scalar> of(NdArray a, boolean summarize, int edgeItems) {
        List<Scalar> out = new ArrayList<>();
        collect(a, 0, a.offset(), summarize, edgeItems, out);
        return out;
    }

    private static void collect(NdArray a, int axis, long offset, boolean summarize, int edgeItems, List<Scalar> out) {
        if (axis == a.ndim()) {
            out.add(a.elementAt(offset));
            return;
        }
        long n = a.dim(axis);
        long stride = a.stride(axis);
        boolean cut = summarize && n > 2L * edgeItems;
        for (long i = 0; i < n; i++) {
            if (cut && i == edgeItems) {
                i = n - edgeItems;
            }
            collect(a, axis + 1, offset + i * stride, summarize, edgeItems, out);
        }
    }
}
