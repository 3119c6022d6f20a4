package dev.ndgrade.ndarray;

import dev.ndgrade.ndarray.layout.MemoryOverlap;

/** {@code np.shares_memory} (exact) and {@code np.may_share_memory} (bounds) between two arrays. */
public final class MemorySharing {
    private MemorySharing() {
    }

    /** Exact: whether some byte is reachable from both arrays. */
    public static boolean sharesMemory(NdArray a, NdArray b) {
        return sharesMemory(a, b, null);
    }

    /** {@code np.shares_memory(a, b, max_work)}; null is NumPy's default (exact). */
    public static boolean sharesMemory(NdArray a, NdArray b, Long maxWork) {
        long work = maxWork == null ? MemoryOverlap.MAY_SHARE_EXACT : maxWork;
        if (a.buffer() != b.buffer()) {
            MemoryOverlap.checkedMaxWork(work);
            return false;
        }
        return MemoryOverlap.sharesMemory(Overlap.extent(a), Overlap.extent(b), work);
    }

    /** {@code np.may_share_memory(a, b, max_work)}; null is NumPy's default (bounds only). */
    public static boolean mayShareMemory(NdArray a, NdArray b, Long maxWork) {
        long work = maxWork == null ? MemoryOverlap.MAY_SHARE_BOUNDS : maxWork;
        if (a.buffer() != b.buffer()) {
            return false;
        }
        return MemoryOverlap.mayShareMemory(Overlap.extent(a), Overlap.extent(b), work);
    }
}
