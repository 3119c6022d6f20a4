package dev.ndgrade.strided.check;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.Memory;
import dev.ndgrade.strided.StridedArray;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Assertions about views, with messages a student can act on. */
public final class Expect {

  private Expect() {}

  /**
   * Calls {@code call} and checks it made a view of {@code source}: nothing allocated, same buffer. Returns the
   * view.
   */
  public static StridedArray view(StridedArray source, Supplier<StridedArray> call) {
    long before = Memory.allocations();
    StridedArray result = call.get();
    long allocated = Memory.allocations() - before;
    if (result == null) {
      throw new AssertionError("returned null instead of a view");
    }
    if (allocated != 0) {
      throw new AssertionError("allocated " + allocated + " buffer" + (allocated == 1 ? "" : "s")
          + ": a view must not copy");
    }
    if (result.buffer() != source.buffer()) {
      throw new AssertionError("the result does not share the input's buffer");
    }
    return result;
  }

  /** Checks {@code yours} equals the reference's {@code expected}, drawing both over the input's buffer. */
  public static void sameLayout(Layout expected, Layout yours, long bufferBytes) {
    if (!expected.equals(yours)) {
      throw new LayoutMismatch("expected " + expected + ", yours " + yours, List.of(
          new NamedLayout("expected", expected, bufferBytes), new NamedLayout("yours", yours, bufferBytes)));
    }
  }

  /**
   * Checks {@code yours} reaches the same bytes as {@code expected}, element by element in C order: the same
   * shape and offsets, whatever the strides of axes of length 0 or 1 (which never move to another element).
   */
  public static void sameElements(Layout expected, Layout yours, long bufferBytes) {
    if (!Arrays.equals(expected.shape(), yours.shape()) || !Arrays.equals(offsets(expected), offsets(yours))) {
      throw new LayoutMismatch("expected " + expected + ", yours " + yours + " (different elements)", List.of(
          new NamedLayout("expected", expected, bufferBytes), new NamedLayout("yours", yours, bufferBytes)));
    }
  }

  private static long[] offsets(Layout layout) {
    long[] shape = layout.shape();
    long[] offsets = new long[Math.toIntExact(layout.size())];
    long[] index = new long[shape.length];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = layout.byteOffset(index);
      for (int axis = shape.length - 1; axis >= 0 && ++index[axis] == shape[axis]; axis--) {
        index[axis] = 0;
      }
    }
    return offsets;
  }

  /** Checks the elements, in C order. */
  public static void sameValues(long[] expected, long[] yours) {
    if (!Arrays.equals(expected, yours)) {
      throw new AssertionError("expected values " + Arrays.toString(expected) + ", yours " + Arrays.toString(yours));
    }
  }

  /** Checks {@code call} throws an {@link IllegalArgumentException}. */
  public static void illegalArgument(String what, Runnable call) {
    try {
      call.run();
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw new AssertionError(what + " must throw IllegalArgumentException");
  }
}
