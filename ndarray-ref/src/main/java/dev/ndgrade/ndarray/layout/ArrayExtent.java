package dev.ndgrade.ndarray.layout;

/**
 * The bytes an array can touch: its first element's byte offset inside its buffer, its dims, byte strides and
 * itemsize. Two extents are only compared when they lie in the same buffer. The arrays are not copied.
 */
public record ArrayExtent(long offset, long[] dims, long[] strides, long itemsize) {
    public ArrayExtent {
        if (dims.length != strides.length) {
            throw new IllegalArgumentException(
                    "dims and strides differ in length: " + dims.length + " and " + strides.length);
        }
    }
}
