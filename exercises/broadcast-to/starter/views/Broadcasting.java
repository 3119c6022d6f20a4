// exercise: broadcast-to
package views;

import dev.ndgrade.strided.StridedArray;

/** {@code np.broadcast_to(a, shape)}: a read-only view that repeats elements without copying them. */
public final class Broadcasting {

  private Broadcasting() {}

  /**
   * The read-only view of {@code a} with {@code shape}. Axes are matched from the right; an axis of {@code a}
   * of length 1 is stretched to the target length with stride 0, and missing leading axes get stride 0. It
   * shares {@code a}'s buffer and allocates nothing.
   *
   * @throws IllegalArgumentException if {@code a} cannot be broadcast to {@code shape} (NumPy's rule)
   */
  public static StridedArray to(StridedArray a, long... shape) {
    // TODO: walk the axes from the right; a stretched axis repeats the same element, so its stride is 0
    throw new UnsupportedOperationException("not implemented yet");
  }
}
