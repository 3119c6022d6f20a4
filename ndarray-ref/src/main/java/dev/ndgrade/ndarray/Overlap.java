package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.layout.ArrayExtent;
import dev.ndgrade.ndarray.layout.MemoryOverlap;

/** Whether two arrays' memory may overlap: different buffers never do; on one buffer, the layout solver decides. */
public final class Overlap {
    private Overlap() {
    }

    public static ArrayExtent extent(NdArray a) {
        return new ArrayExtent(a.offset(), a.shape(), a.strides(), a.itemsize());
    }

    /** NumPy's bounds test (what plain assignment uses to decide whether to copy the value first). */
    public static boolean boundsOverlap(NdArray a, NdArray b) {
        return a.buffer() == b.buffer() && MemoryOverlap.mayShareMemory(extent(a), extent(b));
    }

    /**
     * The ufunc iterator's test for a written operand ({@code solve_may_have_internal_overlap} with max_work 1):
     * whether two of its elements may share bytes, in which case the loop writes into a copy that is copied back.
     */
    public static boolean mayHaveInternalOverlap(NdArray a) {
        return MemoryOverlap.internalOverlap(extent(a), 1) != dev.ndgrade.ndarray.layout.OverlapResult.NO;
    }
}
