package dev.ndgrade.strided.check;

import dev.ndgrade.strided.Buffer;
import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.Memory;
import dev.ndgrade.strided.StridedArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates array layouts (any strides, negative ones included), shrinks them, and lays buffers under them. */
public final class Geometry {

  private static final int ITEMSIZE = StridedArray.ITEMSIZE;

  private Geometry() {}

  /**
   * A random layout of 0 to {@code maxNdim} axes of length 0 to {@code maxLength}, with strides of -3 to 3
   * items ({@code zeroStrides} allows 0) and an offset that keeps every element at or after byte 0.
   */
  public static Layout random(Random random, int maxNdim, int maxLength, boolean zeroStrides) {
    int ndim = random.nextInt(maxNdim + 1);
    long[] shape = new long[ndim];
    long[] strides = new long[ndim];
    for (int axis = 0; axis < ndim; axis++) {
      shape[axis] = random.nextInt(maxLength + 1);
      long items;
      do {
        items = random.nextInt(7) - 3;
      } while (items == 0 && !zeroStrides);
      strides[axis] = items * ITEMSIZE * (random.nextInt(4) == 0 ? 2 : 1);
    }
    Layout unplaced = new Layout(0, shape, strides, ITEMSIZE);
    return moved(unplaced, -lowestReach(unplaced) + ITEMSIZE * random.nextInt(3));
  }

  /** A C-contiguous layout at offset 0. */
  public static Layout contiguous(long... shape) {
    return Layout.contiguous(ITEMSIZE, shape);
  }

  /** The bytes a buffer needs to hold every element of {@code layout}. */
  public static long bufferBytes(Layout layout) {
    long high = layout.offset();
    for (int axis = 0; axis < layout.ndim(); axis++) {
      high += Math.max((layout.shape(axis) - 1) * layout.stride(axis), 0);
    }
    return Math.max(high + layout.itemsize(), layout.offset() + layout.itemsize());
  }

  /** A fresh buffer under {@code layout} whose cell {@code i} holds {@code i}, read through it (writeable). */
  public static StridedArray arrayOn(Layout layout) {
    long nbytes = bufferBytes(layout);
    Buffer buffer = Memory.allocate(nbytes);
    for (long cell = 0; cell + ITEMSIZE <= nbytes; cell += ITEMSIZE) {
      buffer.writeLong(cell, cell / ITEMSIZE);
    }
    return new StridedArray(buffer, layout, true);
  }

  /** Smaller layouts: one axis fewer, one axis shorter, one stride nearer zero, the offset nearer the minimum. */
  public static List<Layout> smaller(Layout layout) {
    List<Layout> smaller = new ArrayList<>();
    long[] shape = layout.shape();
    long[] strides = layout.strides();
    for (int axis = 0; axis < shape.length; axis++) {
      smaller.add(withoutAxis(layout, axis));
    }
    for (int axis = 0; axis < shape.length; axis++) {
      if (shape[axis] > 1) {
        long[] shorter = shape.clone();
        shorter[axis]--;
        smaller.add(placed(new Layout(0, shorter, strides, layout.itemsize())));
      }
    }
    for (int axis = 0; axis < shape.length; axis++) {
      long stride = strides[axis];
      if (Math.abs(stride) > layout.itemsize() || stride < 0) {
        long[] nearer = strides.clone();
        nearer[axis] = stride < 0 ? -stride : stride - layout.itemsize();
        smaller.add(placed(new Layout(0, shape, nearer, layout.itemsize())));
      }
    }
    Layout lowest = placed(layout);
    if (lowest.offset() < layout.offset()) {
      smaller.add(lowest);
    }
    return smaller;
  }

  /** {@code layout} without one of its axes, at the lowest offset that keeps it inside a buffer. */
  public static Layout withoutAxis(Layout layout, int axis) {
    return placed(new Layout(0, without(layout.shape(), axis), without(layout.strides(), axis), layout.itemsize()));
  }

  /** {@code layout} moved to the lowest offset that keeps its elements inside a buffer. */
  public static Layout placed(Layout layout) {
    return moved(layout, -lowestReach(layout));
  }

  private static long lowestReach(Layout layout) {
    long low = 0;
    for (int axis = 0; axis < layout.ndim(); axis++) {
      low += Math.min((layout.shape(axis) - 1) * layout.stride(axis), 0);
    }
    return layout.size() == 0 ? 0 : low;
  }

  private static Layout moved(Layout layout, long offset) {
    return new Layout(offset, layout.shape(), layout.strides(), layout.itemsize());
  }

  private static long[] without(long[] values, int index) {
    long[] fewer = new long[values.length - 1];
    System.arraycopy(values, 0, fewer, 0, index);
    System.arraycopy(values, index + 1, fewer, index, values.length - index - 1);
    return fewer;
  }
}
