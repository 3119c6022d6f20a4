package dev.ndgrade.grader.memory;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a tuple of numbers as Python does: {@code ()}, {@code (3,)}, {@code (2, 2)}. */
final class PythonTuple {

  private PythonTuple() {}

  static String of(List<Long> values) {
    if (values.size() == 1) {
      return "(" + values.get(0) + ",)";
    }
    return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
  }
}
