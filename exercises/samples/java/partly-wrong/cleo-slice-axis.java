// exercise: slice-axis
// student: cleo
package views;

import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.Memory;
import dev.ndgrade.strided.Slice;
import dev.ndgrade.strided.StridedArray;

/** Right values, wrong memory: this "slice" copies the selected elements into a new buffer. */
public final class Slicing {

  private Slicing() {}

  public static StridedArray slice(StridedArray a, int axis, Slice slice) {
    Layout layout = a.layout();
    if (axis < 0 || axis >= layout.ndim()) {
      throw new IllegalArgumentException("axis " + axis + " is out of bounds");
    }
    long step = slice.step() == null ? 1 : slice.step();
    if (step == 0) {
      throw new IllegalArgumentException("slice step cannot be zero");
    }
    long length = layout.shape(axis);
    long start = slice.start() == null ? (step > 0 ? 0 : length - 1) : clip(slice.start(), length, step);
    long stop = slice.stop() == null ? (step > 0 ? length : -1) : clip(slice.stop(), length, step);
    long count = Math.max(0, (stop - start + step + (step > 0 ? -1 : 1)) / step);
    long[] shape = layout.shape();
    shape[axis] = count;
    Layout compact = Layout.contiguous(8, shape);
    StridedArray copy = new StridedArray(Memory.allocate(compact.size() * 8), compact, true);
    long[] index = new long[shape.length];
    for (long n = 0; n < compact.size(); n++) {
      long[] from = index.clone();
      from[axis] = start + index[axis] * step;
      copy.set(a.get(from), index);
      for (int d = shape.length - 1; d >= 0 && ++index[d] == shape[d]; d--) {
        index[d] = 0;
      }
    }
    return copy;
  }

  private static long clip(long position, long length, long step) {
    long p = position < 0 ? position + length : position;
    return step > 0 ? Math.max(0, Math.min(p, length)) : Math.max(-1, Math.min(p, length - 1));
  }
}
