package dev.ndgrade.grader.pycheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One input of a property check: an array described by how to make it, so it can be shown as the Python that
 * makes it and made simpler step by step. Elements are {@code 0, 1, 2…} in C order of the array's shape.
 *
 * @param shape at least one axis, each at least 1 long
 * @param dtype a NumPy dtype name ({@code int64}, {@code int32}, {@code int8}, {@code float64}, {@code float32})
 * @param fortran whether the data is laid out in Fortran order (columns first)
 * @param layout how the array views its data
 * @param readOnly whether the array is read-only
 */
public record ArraySpec(List<Integer> shape, String dtype, boolean fortran, Layout layout, boolean readOnly) {

  /** How a drawn array views its data. */
  public enum Layout {
    /** It owns its data. */
    OWNED,
    /** Every other row of an array twice as long: not contiguous. */
    STEPPED,
    /** Its first axis runs backwards: a negative stride. */
    REVERSED,
    /** The transpose of an array of the reversed shape. */
    TRANSPOSED,
    /** A row broadcast to the shape: zero strides, read-only. */
    BROADCAST
  }

  private static final List<String> DTYPES = List.of("int64", "float64", "int32", "float32", "int8");

  public ArraySpec {
    shape = List.copyOf(shape);
  }

  /** An array drawn from {@code random}: 1 to 3 axes of 1 to 4, any dtype, order, layout and writeability. */
  public static ArraySpec draw(SplittableRandom random) {
    List<Integer> shape = new ArrayList<>();
    int ndim = 1 + random.nextInt(3);
    for (int axis = 0; axis < ndim; axis++) {
      shape.add(1 + random.nextInt(4));
    }
    Layout layout = Layout.values()[random.nextInt(Layout.values().length)];
    return new ArraySpec(shape, DTYPES.get(random.nextInt(DTYPES.size())), random.nextInt(4) == 0, layout,
        random.nextInt(5) == 0);
  }

  /** The statements that bind {@code name} to this array. */
  public String binding(String name) {
    return name + " = " + expression() + (readOnly ? "\n" + name + ".setflags(write=False)" : "") + "\n";
  }

  /** The expression that makes this array (without its read-only flag). */
  public String expression() {
    return switch (layout) {
      case OWNED -> owned(shape);
      case STEPPED -> owned(withFirst(shape.get(0) * 2)) + "[::2]";
      case REVERSED -> owned(shape) + "[::-1]";
      case TRANSPOSED -> owned(reversed(shape)) + ".T";
      case BROADCAST -> "np.broadcast_to(np.arange(" + shape.get(shape.size() - 1) + ", dtype=np." + dtype + "), "
          + tuple(shape) + ")";
    };
  }

  /** Simpler arrays to try in its place, simplest change first: the steps shrinking takes. */
  public List<ArraySpec> simpler() {
    List<ArraySpec> simpler = new ArrayList<>();
    if (layout != Layout.OWNED) {
      simpler.add(new ArraySpec(shape, dtype, fortran, Layout.OWNED, readOnly));
    }
    if (readOnly) {
      simpler.add(new ArraySpec(shape, dtype, fortran, layout, false));
    }
    if (fortran) {
      simpler.add(new ArraySpec(shape, dtype, false, layout, readOnly));
    }
    if (!dtype.equals("int64")) {
      simpler.add(new ArraySpec(shape, "int64", fortran, layout, readOnly));
    }
    if (shape.size() > 1) {
      simpler.add(new ArraySpec(shape.subList(1, shape.size()), dtype, fortran, layout, readOnly));
    }
    for (int axis = 0; axis < shape.size(); axis++) {
      if (shape.get(axis) > 1) {
        List<Integer> shorter = new ArrayList<>(shape);
        shorter.set(axis, shape.get(axis) - 1);
        simpler.add(new ArraySpec(shorter, dtype, fortran, layout, readOnly));
      }
    }
    return simpler;
  }

  private String owned(List<Integer> dims) {
    int size = dims.stream().reduce(1, (a, b) -> a * b);
    String arange = "np.arange(" + size + ", dtype=np." + dtype + ")";
    if (dims.size() == 1) {
      return arange;
    }
    return arange + ".reshape(" + tuple(dims) + (fortran ? ", order='F'" : "") + ")";
  }

  private List<Integer> withFirst(int first) {
    List<Integer> dims = new ArrayList<>(shape);
    dims.set(0, first);
    return dims;
  }

  private static List<Integer> reversed(List<Integer> dims) {
    List<Integer> reversed = new ArrayList<>(dims);
    Collections.reverse(reversed);
    return reversed;
  }

  private static String tuple(List<Integer> dims) {
    String items = dims.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "(" + items + (dims.size() == 1 ? ",)" : ")");
  }
}
