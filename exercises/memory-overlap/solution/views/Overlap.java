// exercise: memory-overlap
package views;

import dev.ndgrade.strided.Layout;
import java.util.HashSet;
import java.util.Set;

/** {@code np.may_share_memory} and {@code np.shares_memory} for two arrays in the same buffer. */
public final class Overlap {

  private Overlap() {}

  /** Whether the byte ranges of {@code a} and {@code b} intersect. */
  public static boolean mayShareMemory(Layout a, Layout b) {
    if (a.size() == 0 || b.size() == 0) {
      return false;
    }
    return low(a) < high(b) && low(b) < high(a);
  }

  /** Whether some byte is touched by both arrays: every byte of a, then a look-up for every byte of b. */
  public static boolean sharesMemory(Layout a, Layout b) {
    Set<Long> bytes = new HashSet<>();
    forEachByte(a, bytes, false);
    return forEachByte(b, bytes, true);
  }

  private static boolean forEachByte(Layout layout, Set<Long> bytes, boolean lookUp) {
    long[] index = new long[layout.ndim()];
    for (long n = 0; n < layout.size(); n++) {
      long start = layout.byteOffset(index);
      for (long at = start; at < start + layout.itemsize(); at++) {
        if (lookUp && bytes.contains(at)) {
          return true;
        } else if (!lookUp) {
          bytes.add(at);
        }
      }
      for (int axis = index.length - 1; axis >= 0 && ++index[axis] == layout.shape(axis); axis--) {
        index[axis] = 0;
      }
    }
    return false;
  }

  /** The first byte any element touches. */
  private static long low(Layout layout) {
    long low = layout.offset();
    for (int axis = 0; axis < layout.ndim(); axis++) {
      low += Math.min(0, (layout.shape(axis) - 1) * layout.stride(axis));
    }
    return low;
  }

  /** One past the last byte any element touches. */
  private static long high(Layout layout) {
    long high = layout.offset() + layout.itemsize();
    for (int axis = 0; axis < layout.ndim(); axis++) {
      high += Math.max(0, (layout.shape(axis) - 1) * layout.stride(axis));
    }
    return high;
  }
}
