package dev.ndgrade.ndarray.layout;

/**
 * What a reshape makes. The arrays are fresh and owned by the caller; records compare them by identity.
 */
public sealed interface ReshapeResult {

    /** The resolved new shape (unknown dimension filled in). */
    long[] dims();

    /** Strides of the result. */
    long[] strides();

    /** A view of the same data, at the same byte offset, with these dims and strides. */
    record View(long[] dims, long[] strides) implements ReshapeResult {
    }

    /**
     * NumPy first copies the array, keeping its old shape, into a new buffer in {@code copyOrder} (C or F; the copy's
     * strides are {@code FreshStrides.forNewBuffer(oldDims, itemsize, copyOrder)}); the result is a view of that copy
     * with these dims and strides, so its {@code base} is the copy.
     */
    record CopyNeeded(long[] dims, long[] strides, MemoryOrder copyOrder) implements ReshapeResult {
    }
}
