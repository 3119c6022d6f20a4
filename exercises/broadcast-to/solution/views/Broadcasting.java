// exercise: broadcast-to
package views;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.StridedArray;

/** {@code np.broadcast_to(a, shape)}: a read-only view that repeats elements without copying them. */
public final class Broadcasting {

  private Broadcasting() {}

  /** The read-only view of {@code a} with {@code shape}, stretched axes with stride 0. */
  public static StridedArray to(StridedArray a, long... shape) {
    Layout layout = a.layout();
    int lead = shape.length - layout.ndim();
    if (lead < 0) {
      throw new IllegalArgumentException("cannot broadcast to fewer dimensions");
    }
    long[] strides = new long[shape.length];
    for (int axis = 0; axis < layout.ndim(); axis++) {
      long length = layout.shape(axis);
      long target = shape[lead + axis];
      if (target < 0 || length != 1 && length != target) {
        throw new IllegalArgumentException("cannot broadcast length " + length + " to " + target);
      }
      strides[lead + axis] = length == 1 ? 0 : layout.stride(axis);
    }
    for (long target : shape) {
      if (target < 0) {
        throw new IllegalArgumentException("negative length " + target);
      }
    }
    return new StridedArray(a.buffer(), new Layout(layout.offset(), shape, strides, layout.itemsize()), false);
  }
}
