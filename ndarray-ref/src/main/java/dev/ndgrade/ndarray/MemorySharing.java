package dev.ndgrade.ndarray;

/** {@code np.shares_memory} (exact) and {@code np.may_share_memory} (bounds) between two arrays. */
public final class MemorySharing {
    private MemorySharing() {
    }

    /** Exact: whether some byte is reachable from both arrays. */
    public static boolean sharesMemory(NdArray a, NdArray b) {
        return sharesMemory(a, b, null);
    }

    /** {@code np.shares_memory(a, b, max_work)}; null max_work is exact. */
    public static boolean sharesMemory(NdArray a, NdArray b, Long maxWork) {
        return Overlap.boundsOverlap(a, b); // replaced by the exact solver when the layout package lands
    }

    public static boolean mayShareMemory(NdArray a, NdArray b, Long maxWork) {
        return Overlap.boundsOverlap(a, b);
    }
}
