// exercise: reshape-view
package views;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.StridedArray;
import java.util.Optional;

/** {@code a.reshape(shape)} in C order, when it can be a view. */
public final class Reshaping {

  private Reshaping() {}

  /** The view of {@code a} with the new {@code shape}, or empty when NumPy would have to copy. */
  public static Optional<StridedArray> withoutCopy(StridedArray a, long... shape) {
    Layout layout = a.layout();
    long size = 1;
    for (long n : shape) {
      size *= n;
    }
    if (size != layout.size()) {
      throw new IllegalArgumentException("cannot reshape array of size " + layout.size() + " into " + size);
    }
    long[] strides = strides(layout, shape);
    if (strides == null) {
      return Optional.empty();
    }
    return Optional.of(new StridedArray(a.buffer(), new Layout(layout.offset(), shape, strides, layout.itemsize()),
        a.writeable()));
  }

  /** The strides for {@code shape}, or null: old and new axes are grouped where their lengths multiply alike. */
  private static long[] strides(Layout layout, long[] shape) {
    long[] oldShape = new long[layout.ndim()];
    long[] oldStrides = new long[layout.ndim()];
    int count = 0;
    for (int axis = 0; axis < layout.ndim(); axis++) {
      if (layout.shape(axis) != 1) {
        oldShape[count] = layout.shape(axis);
        oldStrides[count++] = layout.stride(axis);
      }
    }
    long[] strides = new long[shape.length];
    int oi = 0;
    int oj = 1;
    int ni = 0;
    int nj = 1;
    while (ni < shape.length && oi < count) {
      long np = shape[ni];
      long op = oldShape[oi];
      while (np != op) {
        if (np < op) {
          np *= shape[nj++];
        } else {
          op *= oldShape[oj++];
        }
      }
      for (int ok = oi; ok < oj - 1; ok++) {
        if (oldStrides[ok] != oldShape[ok + 1] * oldStrides[ok + 1]) {
          return null;
        }
      }
      strides[nj - 1] = oldStrides[oj - 1];
      for (int nk = nj - 1; nk > ni; nk--) {
        strides[nk - 1] = strides[nk] * shape[nk];
      }
      ni = nj++;
      oi = oj++;
    }
    long last = ni > 0 ? strides[ni - 1] : layout.itemsize();
    for (int nk = ni; nk < shape.length; nk++) {
      strides[nk] = last;
    }
    return strides;
  }
}
