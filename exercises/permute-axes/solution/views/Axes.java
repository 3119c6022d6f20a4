// exercise: permute-axes
package views;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.StridedArray;

/** {@code np.transpose(a, axes)}: the same elements seen with the axes in another order. */
public final class Axes {

  private Axes() {}

  /** The view of {@code a} whose axis {@code i} is {@code a}'s axis {@code axes[i]}; reversed when none given. */
  public static StridedArray permute(StridedArray a, int... axes) {
    Layout layout = a.layout();
    int ndim = layout.ndim();
    int[] order = axes.length == 0 ? reversed(ndim) : axes;
    if (order.length != ndim) {
      throw new IllegalArgumentException("axes don't match array");
    }
    boolean[] seen = new boolean[ndim];
    long[] shape = new long[ndim];
    long[] strides = new long[ndim];
    for (int i = 0; i < ndim; i++) {
      int axis = order[i] < 0 ? order[i] + ndim : order[i];
      if (axis < 0 || axis >= ndim || seen[axis]) {
        throw new IllegalArgumentException("axes must be a permutation of 0.." + (ndim - 1));
      }
      seen[axis] = true;
      shape[i] = layout.shape(axis);
      strides[i] = layout.stride(axis);
    }
    return new StridedArray(a.buffer(), new Layout(layout.offset(), shape, strides, layout.itemsize()),
        a.writeable());
  }

  private static int[] reversed(int ndim) {
    int[] order = new int[ndim];
    for (int i = 0; i < ndim; i++) {
      order[i] = ndim - 1 - i;
    }
    return order;
  }
}
