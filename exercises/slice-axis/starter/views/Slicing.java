// exercise: slice-axis
package views;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.Slice;
import dev.ndgrade.strided.StridedArray;

/** {@code a[:, start:stop:step]}: basic slicing of one axis, which NumPy answers with a view. */
public final class Slicing {

  private Slicing() {}

  /**
   * The view of {@code a} whose axis {@code axis} is cut by {@code slice} with Python's rules (negative
   * positions count from the end, out-of-range positions are clipped, a negative step walks backwards). It
   * shares {@code a}'s buffer and allocates nothing; only its offset, shape and strides differ.
   *
   * @throws IllegalArgumentException if {@code axis} is not an axis of {@code a} or the step is zero
   */
  public static StridedArray slice(StridedArray a, int axis, Slice slice) {
    Layout layout = a.layout();
    // TODO: compute the new offset, shape and strides, and return a view on a.buffer()
    throw new UnsupportedOperationException("not implemented yet");
  }
}
