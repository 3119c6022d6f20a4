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

    /**
     * Whether writing {@code dst} while reading {@code src} needs {@code src} copied first: their bytes may overlap
     * and {@code src} is not exactly {@code dst}'s own view (same offset, shape, strides and dtype).
     */
    public static boolean needsCopyFirst(NdArray dst, NdArray src) {
        return boundsOverlap(dst, src) && !(dst.offset() == src.offset() && dst.dtype().equals(src.dtype())
                && java.util.Arrays.equals(dst.shape(), src.shape()) && java.util.Arrays.equals(dst.strides(), src.strides()));
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
