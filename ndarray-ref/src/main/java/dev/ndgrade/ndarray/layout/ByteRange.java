package dev.ndgrade.ndarray.layout;

/** A half-open byte range {@code [start, end)} of a buffer; empty when {@code start == end}. */
public record ByteRange(long start, long end) {
}
