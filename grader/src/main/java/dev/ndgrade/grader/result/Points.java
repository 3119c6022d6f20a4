package dev.ndgrade.grader.result;

/** Points are kept to two decimals, so sums and JSON never show floating-point dust. */
public final class Points {

  private Points() {}

  /** {@code value} rounded half-up to two decimals. */
  public static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** {@code 2}, {@code 1.5}: points as people write them. */
  public static String text(double value) {
    double rounded = round(value);
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
  }
}
