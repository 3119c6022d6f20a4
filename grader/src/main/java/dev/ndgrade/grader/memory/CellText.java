package dev.ndgrade.grader.memory;

/** Writes one element for a buffer cell, the way NumPy's print would, cut to fit a cell. */
final class CellText {

  private static final int MAX = 9;

  private CellText() {}

  static String of(Object element) {
    String text;
    if (element instanceof Boolean flag) {
      text = flag ? "True" : "False";
    } else if (element instanceof Double number && (number.isNaN() || number.isInfinite())) {
      text = number.isNaN() ? "nan" : number > 0 ? "inf" : "-inf";
    } else if (element instanceof Double number) {
      text = number == Math.rint(number) && Math.abs(number) < 1e15
          ? (long) number.doubleValue() + "." : number.toString();
    } else {
      text = String.valueOf(element);
    }
    return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
  }
}
