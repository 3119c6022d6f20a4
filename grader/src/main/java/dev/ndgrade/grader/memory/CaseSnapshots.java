package dev.ndgrade.grader.memory;

import dev.ndgrade.grader.worker.Picture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws a failing implement test's case as a memory snapshot: every pictured array (the input, the reference's
 * result, the student's) reads one buffer whose cell {@code i} holds {@code i}, as the tests lay it out. The
 * first array is drawn as the buffer's owner, the others as its views.
 */
public final class CaseSnapshots {

  private static final int MAX_OFFSETS = 256;
  private static final int SAMPLED_CELLS = 64;

  private CaseSnapshots() {}

  /** The snapshot of {@code pictures}, empty when there are none. */
  public static MemorySnapshot of(List<Picture> pictures) {
    if (pictures.isEmpty()) {
      return MemorySnapshot.EMPTY;
    }
    Picture first = pictures.get(0);
    int cellBytes = (int) first.itemsize();
    long nbytes = pictures.stream().mapToLong(Picture::bufferBytes).max().orElse(0);
    List<Binding> names = new ArrayList<>();
    List<ArrayBox> arrays = new ArrayList<>();
    for (Picture picture : pictures) {
      int id = arrays.size() + 1;
      names.add(new Binding(picture.name(), id, ""));
      arrays.add(box(id, picture, id == 1 ? null : 1));
    }
    List<CellValue> values = new ArrayList<>();
    for (long cell = 0; cell < Math.min(nbytes / cellBytes, SAMPLED_CELLS); cell++) {
      values.add(new CellValue(cell, Long.toString(cell)));
    }
    return new MemorySnapshot(names, arrays, List.of(new BufferStrip(1, nbytes, cellBytes, 1, values)), 0);
  }

  private static ArrayBox box(int id, Picture picture, Integer baseId) {
    long[] shape = picture.shape();
    long size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    return new ArrayBox(id, "int64", (int) picture.itemsize(), boxed(shape), boxed(picture.strides()),
        picture.offset(), 1, baseId, baseId == null, true, maker(picture.name()), baseId == null ? "fresh" : "view",
        "", offsets(picture, size), size);
  }

  /** Who made an array of a test case, by the name the test gave it. */
  private static String maker(String name) {
    return switch (name) {
      case "expected" -> "the reference (NumPy's rule)";
      case "yours" -> "your code";
      default -> "the test's case";
    };
  }

  private static List<Long> offsets(Picture picture, long size) {
    if (size > MAX_OFFSETS) {
      return null;
    }
    long[] shape = picture.shape();
    long[] strides = picture.strides();
    List<Long> offsets = new ArrayList<>();
    long[] index = new long[shape.length];
    for (long n = 0; n < size; n++) {
      long at = picture.offset();
      for (int axis = 0; axis < shape.length; axis++) {
        at += index[axis] * strides[axis];
      }
      offsets.add(at);
      for (int axis = shape.length - 1; axis >= 0 && ++index[axis] == shape[axis]; axis--) {
        index[axis] = 0;
      }
    }
    return offsets;
  }

  private static List<Long> boxed(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
