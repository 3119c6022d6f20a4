package dev.ndgrade.ndarray.ufunc;

import dev.ndgrade.limits.Meter;
import dev.ndgrade.ndarray.Shapes;
import java.util.Arrays;

/**
 * Walks several same-shaped operands together, one innermost run ("row") at a time, as NumPy's iterator hands
 * strided runs to an inner loop: axes are ordered by the first operand's memory layout (so a transposed output is
 * filled in memory order) and axes that are contiguous for every operand are merged, so that contiguous arrays are a
 * single long row.
 */
final class Rows {
    private Rows() {
    }

    /** The work on one row: element {@code i} of operand {@code k} is at {@code offsets[k] + i * strides[k]}. */
    interface Visitor {
        void row(long[] offsets, long[] strides, long n);
    }

    /**
     * @param shape   the common shape
     * @param offsets byte offset of element [0, …] of each operand
     * @param strides byte strides of each operand, one per axis of {@code shape}
     */
    static void forEach(long[] shape, long[] offsets, long[][] strides, Visitor visitor) {
        Meter.current().elements(Shapes.size(shape));
        int nop = offsets.length;
        Integer[] axes = new Integer[shape.length];
        int m = 0;
        for (int ax = 0; ax < shape.length; ax++) {
            if (shape[ax] == 0) {
                return;
            }
            if (shape[ax] != 1) {
                axes[m++] = ax;
            }
        }
        Integer[] order = Arrays.copyOf(axes, m);
        // Outermost first: largest stride of the leading operand (a stable sort keeps C order on ties).
        Arrays.sort(order, (x, y) -> Long.compare(Math.abs(strides[0][y]), Math.abs(strides[0][x])));

        long[] dims = new long[Math.max(m, 1)];
        long[][] st = new long[nop][dims.length];
        int nd = 0;
        for (int i = 0; i < m; i++) {
            int ax = order[i];
            if (nd > 0 && mergeable(strides, st, nd - 1, ax, shape[ax])) {
                dims[nd - 1] *= shape[ax];
                for (int k = 0; k < nop; k++) {
                    st[k][nd - 1] = strides[k][ax];
                }
            } else {
                dims[nd] = shape[ax];
                for (int k = 0; k < nop; k++) {
                    st[k][nd] = strides[k][ax];
                }
                nd++;
            }
        }
        long[] off = offsets.clone();
        long[] inner = new long[nop];
        if (nd == 0) {
            visitor.row(off, inner, 1);
            return;
        }
        for (int k = 0; k < nop; k++) {
            inner[k] = st[k][nd - 1];
        }
        long n = dims[nd - 1];
        int outer = nd - 1;
        long[] idx = new long[outer];
        long[] rowOffsets = new long[nop];
        while (true) {
            System.arraycopy(off, 0, rowOffsets, 0, nop);
            visitor.row(rowOffsets, inner, n);
            int ax = outer - 1;
            for (; ax >= 0; ax--) {
                if (++idx[ax] < dims[ax]) {
                    for (int k = 0; k < nop; k++) {
                        off[k] += st[k][ax];
                    }
                    break;
                }
                idx[ax] = 0;
                for (int k = 0; k < nop; k++) {
                    off[k] -= st[k][ax] * (dims[ax] - 1);
                }
            }
            if (ax < 0) {
                return;
            }
        }
    }

    /** Whether axis {@code ax} (length {@code dim}) continues the last merged axis for every operand. */
    private static boolean mergeable(long[][] strides, long[][] merged, int last, int ax, long dim) {
        for (int k = 0; k < strides.length; k++) {
            if (merged[k][last] != strides[k][ax] * dim) {
                return false;
            }
        }
        return true;
    }
}
