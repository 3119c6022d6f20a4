package dev.ndgrade.strided;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where an array's elements lie in its buffer, all in bytes, as NumPy keeps it: the first element's offset, the
 * length of each axis, and the step in bytes to the next element along each axis (possibly zero or negative).
 *
 * @param offset bytes from the buffer's start to element {@code (0, 0, ...)}
 * @param shape elements per axis, none negative
 * @param strides bytes between neighbours along each axis, one per axis
 * @param itemsize bytes per element, positive
 */
public record Layout(long offset, long[] shape, long[] strides, long itemsize) {

  public Layout {
    Objects.requireNonNull(shape, "shape must not be null");
    Objects.requireNonNull(strides, "strides must not be null");
    shape = shape.clone();
    strides = strides.clone();
    if (shape.length != strides.length) {
      throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " and strides "
          + Arrays.toString(strides) + " differ in length");
    }
    if (Arrays.stream(shape).anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("negative length in shape " + Arrays.toString(shape));
    }
    if (itemsize <= 0) {
      throw new IllegalArgumentException("itemsize must be positive, was " + itemsize);
    }
  }

  /** A C-ordered (row-major) layout of a fresh array at offset 0. */
  public static Layout contiguous(long itemsize, long... shape) {
    long[] strides = new long[shape.length];
    long step = itemsize;
    for (int axis = shape.length - 1; axis >= 0; axis--) {
      strides[axis] = step;
      step *= Math.max(shape[axis], 1);
    }
    return new Layout(0, shape, strides, itemsize);
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  @Override
  public long[] strides() {
    return strides.clone();
  }

  /** The number of axes. */
  public int ndim() {
    return shape.length;
  }

  /** The length of one axis. */
  public long shape(int axis) {
    return shape[axis];
  }

  /** The byte stride of one axis. */
  public long stride(int axis) {
    return strides[axis];
  }

  /** The number of elements. */
  public long size() {
    long size = 1;
    for (long n : shape) {
      size *= n;
    }
    return size;
  }

  /** The byte offset of the element at {@code index}. */
  public long byteOffset(long... index) {
    if (index.length != shape.length) {
      throw new IllegalArgumentException(index.length + " indices for " + shape.length + " axes");
    }
    long at = offset;
    for (int axis = 0; axis < index.length; axis++) {
      if (index[axis] < 0 || index[axis] >= shape[axis]) {
        throw new IndexOutOfBoundsException("index " + index[axis] + " is out of bounds for axis " + axis
            + " with size " + shape[axis]);
      }
      at += index[axis] * strides[axis];
    }
    return at;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Layout that && offset == that.offset && itemsize == that.itemsize
        && Arrays.equals(shape, that.shape) && Arrays.equals(strides, that.strides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(offset, Arrays.hashCode(shape), Arrays.hashCode(strides), itemsize);
  }

  /** {@code offset=8 shape=(2, 3) strides=(24, 8) itemsize=8}, NumPy's way of writing tuples. */
  @Override
  public String toString() {
    return "offset=" + offset + " shape=" + tuple(shape) + " strides=" + tuple(strides) + " itemsize=" + itemsize;
  }

  /** A tuple as Python writes it: {@code (3,)}, {@code (2, 3)}, {@code ()}. */
  public static String tuple(long[] values) {
    if (values.length == 1) {
      return "(" + values[0] + ",)";
    }
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < values.length; i++) {
      text.append(i == 0 ? "" : ", ").append(values[i]);
    }
    return text.append(')').toString();
  }
}
