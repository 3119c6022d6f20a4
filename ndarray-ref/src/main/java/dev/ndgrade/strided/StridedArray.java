package dev.ndgrade.strided;

import java.util.Objects;

/**
 * An array of 8-byte integers: a {@link Buffer} read through a {@link Layout}. Making one allocates nothing, so
 * any number of arrays can be views of the same buffer. Every element the layout reaches must lie inside the
 * buffer.
 *
 * @param buffer the bytes, possibly shared with other arrays
 * @param layout where the elements lie in it (itemsize 8)
 * @param writeable whether {@link #set} may change the buffer through this array
 */
public record StridedArray(Buffer buffer, Layout layout, boolean writeable) {

  /** Bytes per element of every strided array. */
  public static final int ITEMSIZE = 8;

  public StridedArray {
    Objects.requireNonNull(buffer, "buffer must not be null");
    Objects.requireNonNull(layout, "layout must not be null");
    if (layout.itemsize() != ITEMSIZE) {
      throw new IllegalArgumentException("a strided array holds 8-byte elements, not " + layout.itemsize());
    }
    checkInside(buffer, layout);
  }

  /** A fresh writeable array of this shape holding 0, 1, 2, ... in C order (one allocation). */
  public static StridedArray arange(long... shape) {
    Layout layout = Layout.contiguous(ITEMSIZE, shape);
    StridedArray array = new StridedArray(Memory.allocate(layout.size() * ITEMSIZE), layout, true);
    long[] index = new long[shape.length];
    for (long i = 0; i < layout.size(); i++) {
      array.set(i, index);
      next(index, shape);
    }
    return array;
  }

  /** The element at {@code index}. */
  public long get(long... index) {
    return buffer.readLong(layout.byteOffset(index));
  }

  /** Stores {@code value} at {@code index}. */
  public void set(long value, long... index) {
    if (!writeable) {
      throw new UnsupportedOperationException("assignment destination is read-only");
    }
    buffer.writeLong(layout.byteOffset(index), value);
  }

  /** The elements in C order. */
  public long[] values() {
    long[] shape = layout.shape();
    long[] values = new long[Math.toIntExact(layout.size())];
    long[] index = new long[shape.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = get(index);
      next(index, shape);
    }
    return values;
  }

  /** Advances a C-order multi-index by one. */
  private static void next(long[] index, long[] shape) {
    for (int axis = index.length - 1; axis >= 0; axis--) {
      if (++index[axis] < shape[axis]) {
        return;
      }
      index[axis] = 0;
    }
  }

  private static void checkInside(Buffer buffer, Layout layout) {
    if (layout.size() == 0) {
      return;
    }
    long low = layout.offset();
    long high = layout.offset();
    for (int axis = 0; axis < layout.ndim(); axis++) {
      long reach = (layout.shape(axis) - 1) * layout.stride(axis);
      low += Math.min(reach, 0);
      high += Math.max(reach, 0);
    }
    if (low < 0 || high + layout.itemsize() > buffer.nbytes()) {
      throw new IndexOutOfBoundsException("layout " + layout + " reaches bytes " + low + ".."
          + (high + layout.itemsize() - 1) + " of a buffer of " + buffer.nbytes() + " bytes");
    }
  }
}
