// exercise: detach-copy
package views;

import dev.ndgrade.strided.StridedArray;

/** {@code a.copy()}: a small view of a big buffer keeps all of it alive; a compact copy lets it go. */
public final class Detach {

  private Detach() {}

  /**
   * A writeable C-contiguous copy of {@code a}: the same values in a new buffer of exactly
   * {@code a.layout().size() * 8} bytes (one {@code Memory.allocate}), offset 0. Changing one never changes the
   * other.
   */
  public static StridedArray detach(StridedArray a) {
    // TODO: allocate the compact buffer, then copy element by element in C order
    throw new UnsupportedOperationException("not implemented yet");
  }
}
