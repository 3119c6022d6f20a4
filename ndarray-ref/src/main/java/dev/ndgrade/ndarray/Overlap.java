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
}
