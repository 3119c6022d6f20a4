package dev.ndgrade.grader.memory;

import java.util.ArrayList;
import java.util.List;

/** Visits an array's elements in C order and says where each one sits in its buffer. */
final class ElementWalk {

  private ElementWalk() {}

  /** The byte offset of every element, in C (row-major) order of the array's indices. */
  static List<Long> offsets(long[] shape, long[] strides, long offset) {
    long size = 1;
    for (long extent : shape) {
      size *= extent;
    }
    List<Long> offsets = new ArrayList<>((int) Math.min(size, MemorySnapshots.MAX_ELEMENTS));
    if (size == 0) {
      return offsets;
    }
    long[] index = new long[shape.length];
    for (long n = 0; n < size; n++) {
      long at = offset;
      for (int axis = 0; axis < shape.length; axis++) {
        at += index[axis] * strides[axis];
      }
      offsets.add(at);
      for (int axis = shape.length - 1; axis >= 0; axis--) {
        if (++index[axis] < shape[axis]) {
          break;
        }
        index[axis] = 0;
      }
    }
    return offsets;
  }
}
