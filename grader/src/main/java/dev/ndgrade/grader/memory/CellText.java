package dev.ndgrade.grader.memory;

import dev.ndgrade.ndarray.Scalar;

/** Writes one element for a buffer cell, short enough to fit: {@code 100}, {@code 1.}, {@code 0.5}, {@code True}. */
final class CellText {

  private static final int MAX = 7;

  private CellText() {}

  static String of(Scalar element) {
    String text = ElementValues.text(element);
    if (element instanceof Scalar.FloatValue && text.endsWith(".0")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
  }
}
