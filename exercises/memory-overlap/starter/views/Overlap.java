// exercise: memory-overlap
package views;

import dev.ndgrade.strided.Layout;

/** {@code np.may_share_memory} and {@code np.shares_memory} for two arrays in the same buffer. */
public final class Overlap {

  private Overlap() {}

  /**
   * Whether the byte ranges of {@code a} and {@code b} intersect: from the lowest byte any element touches to
   * the highest (each element is {@code itemsize} bytes). Empty arrays touch nothing.
   */
  public static boolean mayShareMemory(Layout a, Layout b) {
    // TODO: the lowest and highest byte of each array, then compare the two ranges
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Whether some byte is touched by an element of {@code a} and by an element of {@code b} (small arrays). */
  public static boolean sharesMemory(Layout a, Layout b) {
    // TODO: the exact answer; the arrays in the tests hold at most a few hundred elements
    throw new UnsupportedOperationException("not implemented yet");
  }
}
