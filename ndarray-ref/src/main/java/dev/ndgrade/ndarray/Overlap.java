package dev.ndgrade.ndarray;

/** Whether two arrays' memory may overlap, by the bytes each can reach (NumPy's bounds test). */
public final class Overlap {
    private Overlap() {
    }

    /** Half-open byte extent [lo, hi) an array can touch; empty for size-0 arrays. */
    public static long[] extent(NdArray a) {
        long lo = a.offset();
        long hi = a.offset();
        if (a.size() == 0) {
            return new long[] {lo, lo};
        }
        for (int i = 0; i < a.ndim(); i++) {
            long span = a.stride(i) * (a.dim(i) - 1);
            if (span < 0) {
                lo += span;
            } else {
                hi += span;
            }
        }
        return new long[] {lo, hi + a.itemsize()};
    }

    public static boolean boundsOverlap(NdArray a, NdArray b) {
        if (a.buffer() != b.buffer()) {
            return false;
        }
        long[] x = extent(a);
        long[] y = extent(b);
        return x[0] < y[1] && y[0] < x[1] && x[0] < x[1] && y[0] < y[1];
    }
}
