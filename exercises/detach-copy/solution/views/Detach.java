// exercise: detach-copy
package views;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.Memory;
import dev.ndgrade.strided.StridedArray;

/** {@code a.copy()}: a small view of a big buffer keeps all of it alive; a compact copy lets it go. */
public final class Detach {

  private Detach() {}

  /** A writeable C-contiguous copy of {@code a} in a buffer of exactly its size. */
  public static StridedArray detach(StridedArray a) {
    long[] shape = a.layout().shape();
    Layout compact = Layout.contiguous(StridedArray.ITEMSIZE, shape);
    StridedArray copy = new StridedArray(Memory.allocate(compact.size() * StridedArray.ITEMSIZE), compact, true);
    long[] index = new long[shape.length];
    for (long n = 0; n < compact.size(); n++) {
      copy.set(a.get(index), index);
      for (int axis = shape.length - 1; axis >= 0 && ++index[axis] == shape[axis]; axis--) {
        index[axis] = 0;
      }
    }
    return copy;
  }
}
