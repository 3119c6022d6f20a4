package dev.ndgrade.ndarray.layout;

/** What {@code ravel} makes: a 1-D view of the same data, or a 1-D copy. */
public sealed interface RavelResult {

    /** Number of elements of the 1-D result. */
    long size();

    /** Stride of the 1-D result. */
    long stride();

    /** A 1-D view at the same byte offset. */
    record View(long size, long stride) implements RavelResult {
    }

    /**
     * A new 1-D buffer holding the elements in the order of {@code traversal} (axes outermost first, see
     * {@link StrideOrder#traversal}); {@code order} is the order the copy was made in (C, F or K).
     */
    record Copy(long size, long stride, MemoryOrder order, int[] traversal) implements RavelResult {
    }
}
