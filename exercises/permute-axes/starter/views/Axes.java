// exercise: permute-axes
package views;

import dev.ndgrade.strided.StridedArray;

/** {@code np.transpose(a, axes)}: the same elements seen with the axes in another order. */
public final class Axes {

  private Axes() {}

  /**
   * The view of {@code a} whose axis {@code i} is {@code a}'s axis {@code axes[i]}; with no axes given, the
   * axes reversed ({@code a.T}). Negative axes count from the end. It shares {@code a}'s buffer and allocates
   * nothing.
   *
   * @throws IllegalArgumentException if {@code axes} is not a permutation of {@code a}'s axes
   */
  public static StridedArray permute(StridedArray a, int... axes) {
    // TODO: reorder the shape and the strides together; the offset does not change
    throw new UnsupportedOperationException("not implemented yet");
  }
}
