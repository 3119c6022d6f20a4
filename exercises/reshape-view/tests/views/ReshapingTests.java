package views;

import dev.ndgrade.ndarray.layout.CopyMode;
import dev.ndgrade.ndarray.layout.MemoryOrder;
import dev.ndgrade.ndarray.layout.Reshape;
import dev.ndgrade.ndarray.layout.ReshapeResult;
import dev.ndgrade.strided.Layout;
import dev.ndgrade.strided.StridedArray;
import dev.ndgrade.strided.check.Case;
import dev.ndgrade.strided.check.Expect;
import dev.ndgrade.strided.check.Geometry;
import dev.ndgrade.strided.check.NamedLayout;
import dev.ndgrade.strided.check.Points;
import dev.ndgrade.strided.check.Properties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ReshapingTests {

  /** An array's layout and a new shape with as many elements. */
  record ReshapeCase(Layout layout, long[] shape) implements Case {

    @Override
    public String describe() {
      return "a: " + layout + ", reshape to " + Layout.tuple(shape);
    }

    @Override
    public List<ReshapeCase> smaller() {
      List<ReshapeCase> smaller = new ArrayList<>();
      for (Layout fewer : Geometry.smaller(layout)) {
        if (fewer.size() == layout.size()) {
          smaller.add(new ReshapeCase(fewer, shape));
        }
      }
      return smaller;
    }

    @Override
    public List<NamedLayout> pictured() {
      return List.of(new NamedLayout("a", layout, Geometry.bufferBytes(layout)));
    }

    /** The reference's answer: a view's layout, or empty when NumPy copies. */
    Optional<Layout> expected() {
      ReshapeResult result = Reshape.reshape(layout.shape(), layout.strides(), layout.itemsize(), shape,
          MemoryOrder.C, CopyMode.IF_NEEDED);
      return result instanceof ReshapeResult.View view
          ? Optional.of(new Layout(layout.offset(), view.dims(), view.strides(), layout.itemsize()))
          : Optional.empty();
    }
  }

  private static final List<ReshapeCase> CASES = cases(new Random(13), 400);

  private static List<ReshapeCase> cases(Random random, int count) {
    List<ReshapeCase> cases = new ArrayList<>();
    while (cases.size() < count) {
      Layout layout = Geometry.random(random, 3, 4, false);
      if (layout.size() == 0) {
        continue;
      }
      cases.add(new ReshapeCase(layout, factors(random, layout.size())));
    }
    return cases;
  }

  /** A random shape holding {@code size} elements, with some axes of length 1. */
  private static long[] factors(Random random, long size) {
    List<Long> shape = new ArrayList<>();
    long left = size;
    while (left > 1) {
      List<Long> divisors = new ArrayList<>();
      for (long d = 2; d <= left; d++) {
        if (left % d == 0) {
          divisors.add(d);
        }
      }
      long d = divisors.get(random.nextInt(divisors.size()));
      shape.add(d);
      left /= d;
      if (random.nextInt(5) == 0) {
        shape.add(1L);
      }
    }
    return shape.stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  @Points(4)
  @DisplayName("When NumPy can reshape without copying, the view reaches the same elements in C order.")
  void viewsWhereNumPyViews() {
    Properties.forAll(CASES.stream().filter(c -> c.expected().isPresent()).toList(), c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      Optional<StridedArray> yours = Reshaping.withoutCopy(a, c.shape());
      if (yours.isEmpty()) {
        throw new AssertionError("said a copy is needed, but NumPy reshapes this without copying");
      }
      Expect.sameElements(c.expected().get(), yours.get().layout(), a.buffer().nbytes());
    });
  }

  @Test
  @Points(3)
  @DisplayName("When the data is not laid out for the new shape, a copy is needed (NumPy's rule).")
  void copyNeededWhereNumPyCopies() {
    Properties.forAll(CASES.stream().filter(c -> c.expected().isEmpty()).toList(), c -> {
      Optional<StridedArray> yours = Reshaping.withoutCopy(Geometry.arrayOn(c.layout()), c.shape());
      if (yours.isPresent()) {
        throw new AssertionError("returned a view " + yours.get().layout() + ", but NumPy must copy here");
      }
    });
  }

  @Test
  @Points(2)
  @DisplayName("A reshaped view shares the buffer and allocates nothing.")
  void isAView() {
    Properties.forAll(CASES.stream().filter(c -> c.expected().isPresent()).toList(), c -> {
      StridedArray a = Geometry.arrayOn(c.layout());
      Expect.view(a, () -> Reshaping.withoutCopy(a, c.shape()).orElse(null));
    });
  }

  @Test
  @Tag("hidden")
  @Points(1)
  @DisplayName("A shape with a different number of elements is refused with IllegalArgumentException.")
  void refusesAnotherSize() {
    StridedArray a = StridedArray.arange(2, 3);
    Expect.illegalArgument("reshaping 6 elements to (4,)", () -> Reshaping.withoutCopy(a, 4));
    Expect.illegalArgument("reshaping 6 elements to (2, 2, 2)", () -> Reshaping.withoutCopy(a, 2, 2, 2));
    if (!Arrays.equals(Reshaping.withoutCopy(a, 3, 2).orElseThrow().values(), a.values())) {
      throw new AssertionError("a C-contiguous array reshapes to the same values in C order");
    }
  }
}
