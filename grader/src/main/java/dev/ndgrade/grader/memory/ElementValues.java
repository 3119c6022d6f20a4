package dev.ndgrade.grader.memory;

import dev.ndgrade.ndarray.NdArray;
import dev.ndgrade.ndarray.Scalar;
import java.util.ArrayList;
import java.util.List;

/** An array's elements as exact text ({@code 17}, {@code 0.1}, {@code True}, {@code nan}), for comparing and drawing. */
public final class ElementValues {

  private ElementValues() {}

  /** Every element of {@code array}, in C order; {@code ?} where np.empty left the memory unwritten. */
  public static List<String> inCOrder(NdArray array) {
    long[] offsets = array.offsetsInCOrder();
    List<String> values = new ArrayList<>(offsets.length);
    for (long offset : offsets) {
      values.add(array.buffer().isDefined(offset, array.itemsize()) ? text(array.elementAt(offset)) : "?");
    }
    return values;
  }

  /** One element as Python would print the plain number ({@code True}, {@code 3}, {@code 0.5}, {@code (1+2j)}). */
  public static String text(Scalar scalar) {
    if (scalar instanceof Scalar.BoolValue bool) {
      return bool.value() ? "True" : "False";
    }
    if (scalar instanceof Scalar.IntValue integer) {
      return integer.decimal();
    }
    if (scalar instanceof Scalar.ComplexValue complex) {
      return "(" + real(complex.asDouble()) + (complex.imag() < 0 ? "" : "+") + real(complex.imag()) + "j)";
    }
    return real(scalar.asDouble());
  }

  private static String real(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return Double.toString(value);
  }
}
