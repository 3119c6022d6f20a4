// exercise: reshape-view
package views;

import dev.ndgrade.strided.StridedArray;
import java.util.Optional;

/** {@code a.reshape(shape)} in C order, when it can be a view. */
public final class Reshaping {

  private Reshaping() {}

  /**
   * The view of {@code a} with the new {@code shape} (the elements read in C order, as NumPy reshapes), or
   * empty when no strides can give that shape without copying (NumPy would copy). A view shares {@code a}'s
   * buffer and allocates nothing.
   *
   * @throws IllegalArgumentException if {@code shape} does not hold as many elements as {@code a}
   */
  public static Optional<StridedArray> withoutCopy(StridedArray a, long... shape) {
    // TODO: group old and new axes that cover the same elements; each group must be contiguous in memory
    throw new UnsupportedOperationException("not implemented yet");
  }
}
